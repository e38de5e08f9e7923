/**
 * dBase tables (`.dbf`, the attribute table of a shapefile): the field names as the header,
 * every record as a row numbered from 1 (as GIS tools number them). Records marked deleted are
 * still in the file, so they are read too, as hidden rows.
 *
 * Text is decoded with the code page the language-driver byte names when the platform can
 * decode it; otherwise (no byte, or a DOS code page) as UTF-8 when the records are valid UTF-8
 * (what current GIS tools write), else Windows-1252. The `.cpg` sibling is not available to
 * a reader of one file.
 */
import { TextDecoder } from 'node:util';
import { ReadError, type CellValue, type Reader } from '../types.js';
import { dbfFieldsFit } from './sniff.js';
import { withTable, yieldEvery } from './shared.js';

/** Language-driver id → a TextDecoder label (only those the platform decodes). */
const CODE_PAGES: Record<number, string> = {
  0x03: 'windows-1252',
  0x57: 'windows-1252',
  0x58: 'windows-1252',
  0x59: 'windows-1252',
  0x4d: 'gbk',
  0x4e: 'euc-kr',
  0x4f: 'big5',
  0x50: 'windows-874',
  0x13: 'shift_jis',
  0x7b: 'shift_jis',
  0x26: 'ibm866',
  0x65: 'ibm866',
  0x64: 'ibm852',
  0x7d: 'windows-1255',
  0x7e: 'windows-1256',
  0x87: 'windows-1250',
  0xc8: 'windows-1250',
  0xc9: 'windows-1251',
  0xca: 'windows-1254',
  0xcb: 'windows-1253',
  0xcc: 'windows-1257',
  0x96: 'x-mac-cyrillic',
  0x97: 'x-mac-ce',
  0x98: 'x-mac-greek',
  0x04: 'macintosh',
};

interface Field {
  name: string;
  type: string;
  offset: number;
  length: number;
}

export const readDbf: Reader = async (input, sink) => {
  const buf = await input.buffer();
  if (buf.length < 33) throw new ReadError('truncated', 'the dBase header is cut short');
  const declaredRecords = buf.readUInt32LE(4);
  const headerLength = buf.readUInt16LE(8);
  const recordLength = buf.readUInt16LE(10);
  if (headerLength > buf.length) throw new ReadError('truncated', 'the dBase header is cut short');
  const count = dbfFieldsFit(buf, headerLength, recordLength);
  if (count === 0) throw new ReadError('corrupt', 'the dBase field descriptors do not match the record length');
  const decoder = textDecoder(buf, buf[29]!, headerLength);
  const fields: Field[] = [];
  let offset = 1;
  for (let i = 0; i < count; i++) {
    const at = 32 + i * 32;
    const type = String.fromCharCode(buf[at + 11]!);
    const length = type === 'C' ? buf[at + 16]! | (buf[at + 17]! << 8) : buf[at + 16]!;
    const raw = buf.subarray(at, at + 11);
    const end = raw.indexOf(0);
    const name = decoder.decode(end >= 0 ? raw.subarray(0, end) : raw).trim() || `field ${i + 1}`;
    fields.push({ name, type, offset, length });
    offset += length;
  }
  const available = Math.floor((buf.length - headerLength) / recordLength);
  const records = Math.min(declaredRecords, available);
  const pause = yieldEvery(5000);
  await withTable(sink, { header: fields.map((f) => f.name), entry: input.entry }, async (row) => {
    const cells: CellValue[] = new Array(fields.length);
    for (let r = 0; r < records; r++) {
      const at = headerLength + r * recordLength;
      const flag = buf[at];
      if (flag === 0x1a) break; // end-of-file marker
      for (const [i, field] of fields.entries())
        cells[i] = fieldValue(buf.subarray(at + field.offset, at + field.offset + field.length), field.type, decoder);
      row(r + 1, cells, flag === 0x2a);
      await pause();
    }
  });
  if (declaredRecords > available && buf[headerLength + available * recordLength] !== 0x1a) {
    throw new ReadError('truncated', `the dBase header declares ${declaredRecords} records; ${available} are in the file`);
  }
};

function textDecoder(buf: Buffer, ldid: number, headerLength: number): TextDecoder {
  const label = CODE_PAGES[ldid];
  if (label) {
    try {
      return new TextDecoder(label);
    } catch {
      // The platform lacks it: sniff below.
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(headerLength, headerLength + 4 * 1024 * 1024));
    return new TextDecoder('utf-8');
  } catch {
    return new TextDecoder('windows-1252');
  }
}

function fieldValue(bytes: Buffer, type: string, decoder: TextDecoder): CellValue {
  switch (type) {
    case 'N':
    case 'F': {
      const text = bytes.toString('latin1').trim();
      if (!text) return null;
      const n = Number(text);
      return Number.isFinite(n) && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? n : text;
    }
    case 'D': {
      const text = bytes.toString('latin1').trim();
      return /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : text || null;
    }
    case 'L': {
      const c = bytes.toString('latin1').trim().toUpperCase();
      return c === 'T' || c === 'Y' ? true : c === 'F' || c === 'N' ? false : null;
    }
    case 'I':
      return bytes.length === 4 ? bytes.readInt32LE(0) : null;
    case 'O':
    case 'B':
      return bytes.length === 8 ? finite(bytes.readDoubleLE(0)) : decoder.decode(bytes).trim() || null;
    case 'Y':
      return bytes.length === 8 ? Number(bytes.readBigInt64LE(0)) / 10_000 : null;
    case 'M':
    case 'G':
    case 'P':
    case 'T':
    case '@':
    case '+':
    case '0':
      // Memo pointers (their text is in the .dbt/.fpt beside the table), timestamps, flags.
      return null;
    default:
      return (
        decoder
          .decode(bytes)
          .replace(/\u0000+$/, '')
          .trim() || null
      );
  }
}

const finite = (n: number) => (Number.isFinite(n) ? n : null);
