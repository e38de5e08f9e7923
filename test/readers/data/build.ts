/**
 * Builders for data-format fixtures, by code: Parquet (hyparquet-writer), dBase (bytes
 * assembled here), SQLite (sql.js, SQLite itself compiled to WebAssembly), Arrow (apache-arrow's
 * writer) and R's serialization (bytes assembled here, XDR as R writes it). Plus the synthetic
 * roster and a public statistics table every format carries.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import { makePeople, plantedValues, rosterRows } from '../../fixtures/people.js';
import { resolveScanOptions } from '../../../src/config/scan-options.js';
import { scanFile } from '../../../src/scan/scan-file.js';
import type { FileResult } from '../../../src/core/model.js';

export const PEOPLE = makePeople(12, 9090);
export const PLANTED = plantedValues(PEOPLE);
export const ROSTER: string[][] = rosterRows(PEOPLE);

/** Aggregates, as statistics publishers release them: no person in any row. */
export const STATISTICS: Array<Array<string | number>> = [
  ['Fiscal Year', 'Citizenship Country', 'Credible Fear Referrals', 'Positive Fear Determinations', 'Average Length of Stay (days)'],
  ['FY2021', 'Guatemala', 48213, 30214, 41.2],
  ['FY2022', 'Honduras', 61870, 38155, 39.7],
  ['FY2023', 'Mexico', 73020, 44102, 35.1],
  ['FY2023', 'Venezuela', 12044, 9101, 28.4],
];

/** Columns of a header-first grid, as name → values. */
export function columnsOf(rows: ReadonlyArray<ReadonlyArray<string | number>>): Array<{ name: string; data: Array<string | number> }> {
  const [header, ...body] = rows;
  return header!.map((name, c) => ({ name: String(name), data: body.map((r) => r[c]!) }));
}

export function parquet(rows: ReadonlyArray<ReadonlyArray<string | number>> = ROSTER, rowGroupSize?: number): Buffer {
  return Buffer.from(parquetWriteBuffer({ columnData: columnsOf(rows), ...(rowGroupSize ? { rowGroupSize } : {}) }));
}

export interface DbfField {
  name: string;
  type: 'C' | 'N' | 'D' | 'L' | 'F';
  length: number;
  decimals?: number;
}

/** A dBase III table. `deleted` marks records (0-based) deleted; `ldid` is the code-page byte. */
export function dbf(
  fields: readonly DbfField[],
  records: ReadonlyArray<ReadonlyArray<string>>,
  options: { deleted?: number[]; ldid?: number; encode?: (s: string) => Buffer; declaredRecords?: number } = {},
): Buffer {
  const encode = options.encode ?? ((s: string) => Buffer.from(s, 'latin1'));
  const headerLength = 32 + fields.length * 32 + 1;
  const recordLength = 1 + fields.reduce((s, f) => s + f.length, 0);
  const header = Buffer.alloc(headerLength);
  header[0] = 0x03;
  header[1] = 124;
  header[2] = 11;
  header[3] = 28;
  header.writeUInt32LE(options.declaredRecords ?? records.length, 4);
  header.writeUInt16LE(headerLength, 8);
  header.writeUInt16LE(recordLength, 10);
  header[29] = options.ldid ?? 0;
  fields.forEach((f, i) => {
    const at = 32 + i * 32;
    header.write(f.name.slice(0, 10), at, 'latin1');
    header[at + 11] = f.type.charCodeAt(0);
    header[at + 16] = f.length;
    header[at + 17] = f.decimals ?? 0;
  });
  header[headerLength - 1] = 0x0d;
  const body = records.map((r, i) => {
    const rec = Buffer.alloc(recordLength, 0x20);
    rec[0] = options.deleted?.includes(i) ? 0x2a : 0x20;
    let at = 1;
    fields.forEach((f, c) => {
      const bytes = encode(r[c] ?? '').subarray(0, f.length);
      if (f.type === 'N' || f.type === 'F') bytes.copy(rec, at + f.length - bytes.length);
      else bytes.copy(rec, at);
      at += f.length;
    });
    return rec;
  });
  return Buffer.concat([header, ...body, Buffer.from([0x1a])]);
}

/** A grid as a dBase table: character fields, wide enough for every value; numbers as N. */
export function dbfOf(rows: ReadonlyArray<ReadonlyArray<string | number>>, options: Parameters<typeof dbf>[2] = {}): Buffer {
  const [header, ...body] = rows;
  const fields: DbfField[] = header!.map((h, c) => {
    const numeric = body.every((r) => typeof r[c] === 'number');
    const width = Math.max(1, ...body.map((r) => Buffer.byteLength(String(r[c]), 'utf8')));
    return {
      name: String(h).replace(/\W+/g, '_').slice(0, 10).toUpperCase(),
      type: numeric ? 'N' : 'C',
      length: Math.min(254, width + 2),
      decimals: numeric && body.some((r) => !Number.isInteger(r[c])) ? 1 : 0,
    };
  });
  return dbf(
    fields,
    body.map((r) => r.map(String)),
    options,
  );
}

export const scanOptions = resolveScanOptions({ limits: { maxDecompressedSize: 64 * 1024 * 1024, timeoutMs: 30_000 } });

export async function scanBytes(name: string, bytes: Uint8Array): Promise<FileResult> {
  return scanFile({ displayPath: name, data: bytes }, scanOptions);
}

export const blocking = (r: FileResult) => r.findings.filter((f) => f.severity === 'high' || f.severity === 'critical');

/** A SQLite database written by SQLite itself (sql.js: SQLite compiled to WebAssembly). */
export async function sqlite(statements: string | ((db: import('sql.js').Database) => void)): Promise<Buffer> {
  const initSqlJs = (await import('sql.js')).default;
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  try {
    if (typeof statements === 'string') db.run(statements);
    else statements(db);
    return Buffer.from(db.export());
  } finally {
    db.close();
  }
}

/** A grid as a SQLite table `name` (quoted column names; numbers stay numbers). */
export function insertGrid(
  db: import('sql.js').Database,
  name: string,
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  extra = '',
): void {
  const [header, ...body] = rows;
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  db.run(`CREATE TABLE ${q(name)} (${header!.map((h) => q(String(h))).join(', ')}${extra})`);
  const stmt = db.prepare(`INSERT INTO ${q(name)} VALUES (${header!.map(() => '?').join(', ')})`);
  for (const r of body) stmt.run(r as Array<string | number>);
  stmt.free();
}

/** A greedy LZ4 block compressor (4-byte hash matches), enough to write compressed fixtures. */
function lz4Block(src: Uint8Array): Buffer {
  const out: number[] = [];
  const seen = new Map<number, number>();
  const length = (n: number) => {
    for (; n >= 255; n -= 255) out.push(255);
    out.push(n);
  };
  const sequence = (from: number, to: number, offset?: number, match?: number) => {
    const literals = to - from;
    out.push((Math.min(literals, 15) << 4) | (match === undefined ? 0 : Math.min(match - 4, 15)));
    if (literals >= 15) length(literals - 15);
    for (let k = from; k < to; k++) out.push(src[k]!);
    if (match === undefined || offset === undefined) return;
    out.push(offset & 0xff, offset >> 8);
    if (match - 4 >= 15) length(match - 4 - 15);
  };
  let i = 0;
  let anchor = 0;
  while (i + 12 < src.length) {
    const key = (src[i]! | (src[i + 1]! << 8) | (src[i + 2]! << 16)) * 256 + src[i + 3]!;
    const candidate = seen.get(key);
    seen.set(key, i);
    if (candidate !== undefined && i - candidate < 65536) {
      let m = 4;
      while (i + m < src.length - 5 && src[candidate + m] === src[i + m]) m++;
      sequence(anchor, i, i - candidate, m);
      i += m;
      anchor = i;
    } else i++;
  }
  sequence(anchor, src.length);
  return Buffer.from(out);
}

/** An LZ4 frame of `data`: one compressed block, or with `stored` one uncompressed block. */
export function lz4FrameOf(data: Uint8Array, stored = false): Uint8Array {
  const block = stored ? Buffer.from(data) : lz4Block(data);
  const word = Buffer.alloc(4);
  word.writeUInt32LE((block.length | (stored ? 0x80000000 : 0)) >>> 0);
  return Buffer.concat([Buffer.from([0x04, 0x22, 0x4d, 0x18, 0x60, 0x70, 0x73]), word, block, Buffer.alloc(4)]);
}

/** An Arrow IPC file (or stream) of a grid, optionally with LZ4-compressed bodies. */
export async function arrowIpc(
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  options: { stream?: boolean; lz4?: boolean; batchRows?: number } = {},
): Promise<Buffer> {
  const arrow = await import('apache-arrow');
  const [header, ...body] = rows;
  const table = arrow.tableFromArrays(Object.fromEntries(header!.map((h, c) => [String(h), body.map((r) => r[c]!)])) as never);
  const size = options.batchRows ?? body.length;
  const previous = arrow.compressionRegistry.get(arrow.CompressionType.LZ4_FRAME);
  // A codec with an encoder is needed only to write; the reader registers its own decoder.
  if (options.lz4)
    arrow.compressionRegistry.set(arrow.CompressionType.LZ4_FRAME, { encode: (d: Uint8Array) => lz4FrameOf(d), decode: previous?.decode });
  try {
    const Writer = options.stream ? arrow.RecordBatchStreamWriter : arrow.RecordBatchFileWriter;
    const writer = new Writer(options.lz4 ? ({ compressionType: arrow.CompressionType.LZ4_FRAME } as never) : undefined);
    for (let at = 0; at < body.length; at += size) for (const batch of table.slice(at, at + size).batches) writer.write(batch);
    writer.finish();
    return Buffer.from(writer.toUint8Array(true));
  } finally {
    if (previous) arrow.compressionRegistry.set(arrow.CompressionType.LZ4_FRAME, previous);
  }
}

/** An R object for the serializer below: atomic vectors, lists, NULL, a compact integer sequence. */
export type RValue =
  | { kind: 'null' }
  | { kind: 'str'; values: ReadonlyArray<string | null>; attrs?: RAttrs }
  | { kind: 'int' | 'lgl'; values: ReadonlyArray<number | null>; attrs?: RAttrs }
  | { kind: 'real'; values: ReadonlyArray<number | null>; attrs?: RAttrs }
  | { kind: 'list'; items: readonly RValue[]; attrs?: RAttrs }
  | { kind: 'intseq'; n: number; start: number; attrs?: RAttrs }
  /** Another ALTREP class, its state written as given. */
  | { kind: 'altrep'; cls: string; state: RValue; attrs?: RAttrs }
  | { kind: 'pairlist'; items: readonly RValue[] }
  /** A raw item: flags and payload written as given (for hostile declarations). */
  | { kind: 'raw'; ints: readonly number[] };
export type RAttrs = ReadonlyArray<readonly [string, RValue]>;

export const rStr = (values: ReadonlyArray<string | null>, attrs?: RAttrs): RValue => ({ kind: 'str', values, attrs });
export const rReal = (values: ReadonlyArray<number | null>, attrs?: RAttrs): RValue => ({ kind: 'real', values, attrs });
export const rInt = (values: ReadonlyArray<number | null>, attrs?: RAttrs): RValue => ({ kind: 'int', values, attrs });

/** A data frame as R builds one: names, class, and compact row names c(NA, -n) (or an ALTREP 1:n). */
export function rDataFrame(
  columns: ReadonlyArray<readonly [string, RValue]>,
  rows: number,
  options: { altrepRowNames?: boolean; classes?: string[] } = {},
): RValue {
  return {
    kind: 'list',
    items: columns.map(([, v]) => v),
    attrs: [
      ['names', rStr(columns.map(([n]) => n))],
      ['class', rStr(options.classes ?? ['data.frame'])],
      ['row.names', options.altrepRowNames ? { kind: 'intseq', n: rows, start: 1 } : rInt([null, -rows])],
    ],
  };
}

/** A factor: 1-based codes into sorted levels. */
export function rFactor(values: readonly string[]): RValue {
  const levels = [...new Set(values)].sort();
  return rInt(
    values.map((v) => levels.indexOf(v) + 1),
    [
      ['levels', rStr(levels)],
      ['class', rStr(['factor'])],
    ],
  );
}

/** A column of ISO dates as an R Date (days since 1970-01-01). */
export const rDate = (iso: readonly string[]): RValue =>
  rReal(
    iso.map((d) => Date.parse(`${d}T00:00:00Z`) / 86_400_000),
    [['class', rStr(['Date'])]],
  );

/**
 * R's serialize() version 3, as R writes it (src/main/serialize.c): XDR (big-endian), native
 * binary ('B', little-endian) or ASCII; symbols repeated as references, as R does.
 */
export function rSerialize(value: RValue, form: 'xdr' | 'binary' | 'ascii' = 'xdr', saved?: RAttrs): Buffer {
  const parts: Buffer[] = [];
  const symbols = new Map<string, number>();
  let refs = 0;
  const int = (n: number | null) => {
    if (form === 'ascii') parts.push(Buffer.from(`${n === null ? 'NA' : n}\n`));
    else {
      const b = Buffer.alloc(4);
      const v = n === null ? -2147483648 : n;
      if (form === 'xdr') b.writeInt32BE(v);
      else b.writeInt32LE(v);
      parts.push(b);
    }
  };
  const double = (n: number | null) => {
    if (form === 'ascii') parts.push(Buffer.from(`${n === null ? 'NA' : n}\n`));
    else {
      const b = Buffer.alloc(8);
      if (form === 'xdr') b.writeDoubleBE(n ?? NaN);
      else b.writeDoubleLE(n ?? NaN);
      parts.push(b);
    }
  };
  const bytes = (b: Buffer) => {
    if (form !== 'ascii') return void parts.push(b);
    let s = '';
    for (const c of b) s += c === 0x5c ? '\\\\' : c > 0x20 && c < 0x7f ? String.fromCharCode(c) : `\\${c.toString(8).padStart(3, '0')}`;
    parts.push(Buffer.from(`${s}\n`));
  };
  const charsxp = (s: string | null) => {
    if (s === null) {
      int(9);
      int(-1);
      return;
    }
    const b = Buffer.from(s, 'utf8');
    int(9 | (8 << 12)); // UTF-8 flag in the levels
    int(b.length);
    bytes(b);
  };
  const symbol = (name: string) => {
    const ref = symbols.get(name);
    if (ref !== undefined) return int((ref << 8) | 255);
    symbols.set(name, ++refs);
    int(1);
    charsxp(name);
  };
  const pairlist = (entries: RAttrs) => {
    for (const [tag, v] of entries) {
      int(2 | 0x400);
      symbol(tag);
      item(v);
    }
    int(254);
  };
  /** An ALTREP item's opening: its class as a pairlist (class symbol, package symbol, type). */
  const altrepInfo = (cls: string, type: number) => {
    int(238);
    int(2);
    symbol(cls);
    int(2);
    symbol('base');
    int(2);
    int(13);
    int(1);
    int(type);
    int(254);
  };
  const attrFlag = (attrs?: RAttrs) => (attrs?.length ? 0x200 : 0);
  const item = (v: RValue): void => {
    switch (v.kind) {
      case 'null':
        return int(254);
      case 'raw':
        return v.ints.forEach((n) => int(n));
      case 'intseq':
        altrepInfo('compact_intseq', 13);
        int(14); // state: c(n, start, step)
        int(3);
        [v.n, v.start, 1].forEach(double);
        if (v.attrs?.length) pairlist(v.attrs);
        else int(254);
        return;
      case 'altrep':
        altrepInfo(v.cls, 16);
        item(v.state);
        if (v.attrs?.length) pairlist(v.attrs);
        else int(254);
        return;
      case 'pairlist':
        for (const x of v.items) {
          int(2);
          item(x);
        }
        return int(254);
      case 'str':
        int(16 | attrFlag(v.attrs));
        int(v.values.length);
        v.values.forEach(charsxp);
        break;
      case 'int':
      case 'lgl':
        int((v.kind === 'int' ? 13 : 10) | attrFlag(v.attrs));
        int(v.values.length);
        v.values.forEach(int);
        break;
      case 'real':
        int(14 | attrFlag(v.attrs));
        int(v.values.length);
        v.values.forEach(double);
        break;
      case 'list':
        int(19 | attrFlag(v.attrs) | (v.attrs?.some(([t]) => t === 'class') ? 0x100 : 0));
        int(v.items.length);
        v.items.forEach(item);
        break;
    }
    if (v.attrs?.length) pairlist(v.attrs);
  };
  parts.push(Buffer.from(form === 'xdr' ? 'X\n' : form === 'binary' ? 'B\n' : 'A\n'));
  int(3);
  int(0x040302);
  int(0x030500);
  int(5);
  bytes(Buffer.from('UTF-8'));
  if (saved) pairlist(saved);
  else item(value);
  return Buffer.concat(saved ? [Buffer.from(form === 'xdr' ? 'RDX3\n' : form === 'binary' ? 'RDB3\n' : 'RDA3\n'), ...parts] : parts);
}

/** The synthetic roster as an R data frame: text, factor and Date columns, as R users keep one. */
export function rRoster(options: { altrepRowNames?: boolean } = {}): RValue {
  return rDataFrame(
    [
      ['name', rStr(PEOPLE.map((p) => p.lastFirst))],
      ['a_number', rStr(PEOPLE.map((p) => p.aNumber))],
      ['birth_date', rDate(PEOPLE.map((p) => p.birthDate))],
      ['nationality', rFactor(PEOPLE.map((p) => p.nationality))],
      ['fear_decision', rStr(PEOPLE.map((p) => p.fearDecision))],
    ],
    PEOPLE.length,
    options,
  );
}

/** The statistics table as an R data frame (a tibble). */
export function rStatistics(): RValue {
  const [header, ...body] = STATISTICS;
  return rDataFrame(
    header!.map(
      (h, c) =>
        [
          String(h),
          typeof body[0]![c] === 'number' ? rReal(body.map((r) => r[c] as number)) : rStr(body.map((r) => String(r[c]))),
        ] as const,
    ),
    body.length,
    { classes: ['tbl_df', 'tbl', 'data.frame'] },
  );
}

/** A header-first grid as an R data frame of character (and double) columns. */
export function rDataFrameOf(rows: ReadonlyArray<ReadonlyArray<string | number>>): RValue {
  const [header, ...body] = rows;
  return rDataFrame(
    header!.map(
      (h, c) =>
        [
          String(h),
          body.every((r) => typeof r[c] === 'number') ? rReal(body.map((r) => r[c] as number)) : rStr(body.map((r) => String(r[c]))),
        ] as const,
    ),
    body.length,
  );
}
