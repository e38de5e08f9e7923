/**
 * The data formats by their content: Parquet, Arrow IPC / Feather, SQLite, R's serialization
 * (plain or gzip-compressed: R compresses by default), and dBase tables. The extension only
 * decides where the content alone cannot: an Arrow stream (no magic) and an R file compressed
 * with bzip2 or xz (the gate does not decompress those to look).
 */
import { constants, gunzipSync } from 'node:zlib';

export type DataFormat = 'parquet' | 'arrow' | 'sqlite' | 'rdata' | 'dbf';

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const SQLITE = ascii('SQLite format 3\u0000');
const ARROW_FILE = ascii('ARROW1');
const FEATHER_V1 = ascii('FEA1');
const PARQUET = ascii('PAR1');

function startsWith(head: Uint8Array, bytes: readonly number[], at = 0): boolean {
  return head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);
}

export const R_EXTENSIONS = new Set(['rds', 'rda', 'rdata']);

export function sniffDataFormat(ext: string, head: Uint8Array): DataFormat | undefined {
  if (startsWith(head, SQLITE)) return 'sqlite';
  if (startsWith(head, PARQUET)) return 'parquet';
  if (startsWith(head, ARROW_FILE) || startsWith(head, FEATHER_V1)) return 'arrow';
  // An Arrow IPC stream opens with a continuation marker and a message length: too weak alone.
  if (['arrow', 'arrows', 'feather', 'ipc'].includes(ext) && startsWith(head, [0xff, 0xff, 0xff, 0xff]) && head.length >= 8) return 'arrow';
  if (isRSerialization(head)) return 'rdata';
  if (head[0] === 0x1f && head[1] === 0x8b && isRSerialization(gunzipHead(head))) return 'rdata';
  // bzip2 ("BZh") or xz: only the name can say it is R data without decompressing.
  if (R_EXTENSIONS.has(ext) && (startsWith(head, ascii('BZh')) || startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) return 'rdata';
  if (looksDbf(head)) return 'dbf';
  return undefined;
}

/** R's serialize() / save() headers: `RDX2`/`RDX3`/`RDA3`/`RDB3` (save), then `X`, `A` or `B` (serialize). */
export function isRSerialization(head: Uint8Array): boolean {
  let at = 0;
  if (
    head.length >= 5 &&
    head[0] === 0x52 &&
    head[1] === 0x44 &&
    [0x41, 0x42, 0x58].includes(head[2]!) &&
    (head[3] === 0x32 || head[3] === 0x33) &&
    head[4] === 0x0a
  )
    at = 5;
  const form = head[at];
  if (head[at + 1] !== 0x0a) return false;
  if (form === 0x58)
    return (
      head.length >= at + 6 && head[at + 2] === 0 && head[at + 3] === 0 && head[at + 4] === 0 && (head[at + 5] === 2 || head[at + 5] === 3)
    );
  if (form === 0x42)
    return (
      head.length >= at + 6 && (head[at + 2] === 2 || head[at + 2] === 3) && head[at + 3] === 0 && head[at + 4] === 0 && head[at + 5] === 0
    );
  if (form === 0x41) return /^[23]\n\d+\n\d+\n/.test(Buffer.from(head.subarray(at + 2, at + 40)).toString('latin1'));
  return false;
}

/** The first bytes of a gzip stream, from the first 4 KiB of it (at most 4 MiB out). */
export function gunzipHead(head: Uint8Array): Uint8Array {
  try {
    return gunzipSync(head.subarray(0, 4096), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 4 * 1024 * 1024 });
  } catch {
    return new Uint8Array(0);
  }
}

const DBF_VERSIONS = new Set([0x02, 0x03, 0x04, 0x05, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8b, 0x8e, 0xcb, 0xe5, 0xf5, 0xfb]);
const DBF_TYPES = new Set(Array.from('CNFLDMBGPIYTO@+0VW', (c) => c.charCodeAt(0)));

/**
 * A dBase table: a known version byte, a plausible date, and field descriptors (known types,
 * non-zero lengths) that end with 0x0D and add up to the record length. Together these make a
 * text file or another binary very unlikely to pass.
 */
export function looksDbf(head: Uint8Array): boolean {
  if (head.length < 65 || !DBF_VERSIONS.has(head[0]!)) return false;
  const month = head[2]!;
  const day = head[3]!;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const headerLength = head[8]! | (head[9]! << 8);
  const recordLength = head[10]! | (head[11]! << 8);
  if (headerLength < 65 || recordLength < 2) return false;
  return dbfFieldsFit(head, headerLength, recordLength) > 0;
}

/** The number of field descriptors when they end with 0x0D and fill `recordLength`; else 0. */
export function dbfFieldsFit(head: Uint8Array, headerLength: number, recordLength: number): number {
  let total = 1; // the deletion flag
  let count = 0;
  const end = Math.min(head.length, headerLength);
  for (let at = 32; at < end; at += 32) {
    if (head[at] === 0x0d) return count > 0 && total === recordLength ? count : 0;
    if (at + 32 > end) return 0;
    if (!DBF_TYPES.has(head[at + 11]!)) return 0;
    const length = head[at + 16]!;
    const type = head[at + 11]!;
    // A character field's length may use the decimal-count byte as its high byte (Clipper, FoxPro).
    total += type === 0x43 ? length | (head[at + 17]! << 8) : length;
    if (length === 0 && type !== 0x43) return 0;
    count++;
  }
  return 0;
}
