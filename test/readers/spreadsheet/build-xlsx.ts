/**
 * Test helpers: a tiny zip writer (deflateRawSync + a central directory) and tools to add or
 * replace parts inside a workbook that SheetJS wrote, for the parts SheetJS cannot write
 * (pivot caches, external links, threaded comments, docProps with a creator...).
 */
import { deflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';
import { listZipEntries, readZipEntry } from '../../../src/readers/containers/zip.js';

export interface ZipPart {
  name: string;
  data: Buffer | string;
  /** Store instead of deflate. */
  stored?: boolean;
  /** Write this as the declared uncompressed size instead of the real one (to lie). */
  declaredSize?: number;
  /** Set the encrypted flag bit. */
  encrypted?: boolean;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function buildZip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : part.data;
    const body = part.stored ? raw : deflateRawSync(raw);
    const name = Buffer.from(part.name, 'utf8');
    const method = part.stored ? 0 : 8;
    const flags = 0x800 | (part.encrypted ? 1 : 0);
    const size = part.declaredSize ?? raw.length;
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of a zip, by name, in order. */
export function unzipParts(zip: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of listZipEntries(zip)) out.set(e.name, readZipEntry(zip, e, 1 << 30));
  return out;
}

/** Rebuild a zip with parts replaced or added (a Buffer/string), or removed (null). */
export function editZip(zip: Buffer, changes: Record<string, Buffer | string | null>): Buffer {
  const parts = unzipParts(zip);
  for (const [name, data] of Object.entries(changes)) {
    if (data === null) parts.delete(name);
    else parts.set(name, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  }
  return buildZip([...parts].map(([name, data]) => ({ name, data })));
}

export interface SheetSpec {
  name: string;
  rows: unknown[][];
  hidden?: 0 | 1 | 2;
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** Comments by address: [author, text]. */
  comments?: Record<string, string>;
}

/** A workbook built with SheetJS's writer. */
export function buildWorkbook(
  sheets: readonly SheetSpec[],
  names: Array<{ Name: string; Ref: string; Sheet?: number }> = [],
  bookType: XLSX.BookType = 'xlsx',
): Buffer {
  const wb = XLSX.utils.book_new();
  for (const spec of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(spec.rows);
    if (spec.hiddenRows?.length) {
      const rows: XLSX.RowInfo[] = [];
      for (const r of spec.hiddenRows) rows[r] = { hidden: true };
      ws['!rows'] = rows;
    }
    if (spec.hiddenCols?.length) {
      const cols: XLSX.ColInfo[] = [];
      const max = Math.max(...spec.hiddenCols);
      for (let c = 0; c <= max; c++) cols[c] = spec.hiddenCols.includes(c) ? { hidden: true } : {};
      ws['!cols'] = cols;
    }
    for (const [address, text] of Object.entries(spec.comments ?? {})) {
      const cell = (ws[address] ??= { t: 'z' }) as XLSX.CellObject;
      cell.c = [{ a: 'Reviewer', t: text }] as XLSX.Comments;
      const range = XLSX.utils.decode_range(ws['!ref'] ?? address);
      const at = XLSX.utils.decode_cell(address);
      range.e.r = Math.max(range.e.r, at.r);
      range.e.c = Math.max(range.e.c, at.c);
      ws['!ref'] = XLSX.utils.encode_range(range);
    }
    XLSX.utils.book_append_sheet(wb, ws, spec.name);
  }
  wb.Workbook ??= {};
  wb.Workbook.Sheets = sheets.map((s) => ({ name: s.name, Hidden: s.hidden ?? 0 }));
  if (names.length) wb.Workbook.Names = names;
  return XLSX.write(wb, { type: 'buffer', bookType, compression: true }) as Buffer;
}
