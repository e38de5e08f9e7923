/**
 * SQLite databases: every table as a 'records' table named by the table (the location's sheet),
 * with the column names of its CREATE TABLE statement and its rows numbered from 1 in rowid
 * order. Views are not read: they have no rows of their own, only rows of tables that are.
 *
 * A hand-written, read-only walk of the file's b-trees (the documented file format), chosen over
 * sql.js and native bindings: nothing in the file is ever executed (no SQL, no view, no
 * trigger), nothing is bundled but this file, and every step is bounded: each page is visited at
 * most once (a cycle is corruption), b-trees nest at most 64 deep, a record's declared sizes are
 * checked against the file before anything is read, and overflow chains stop at the page count.
 * A page that breaks the format makes the file not-inspected (`corrupt`), after the tables read
 * before it were judged.
 */
import { TextDecoder } from 'node:util';
import { ReadError, type CellValue, type Reader } from '../types.js';
import { withTable, yieldEvery } from './shared.js';

const MAX_DEPTH = 64;

interface Db {
  buf: Buffer;
  pageSize: number;
  usable: number;
  pages: number;
  decoder: TextDecoder;
  /** Pages already walked: a page reached twice means a cycle or a shared page (corrupt). */
  seen: Set<number>;
}

class Corrupt extends ReadError {
  constructor(detail: string) {
    super('corrupt', detail);
  }
}

export const readSqlite: Reader = async (input, sink) => {
  const buf = await input.buffer();
  if (buf.length < 100) throw new ReadError('truncated', 'the SQLite header is cut short');
  const raw = buf.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0)
    throw new Corrupt('the SQLite header names an impossible page size');
  const usable = pageSize - buf[20]!;
  if (usable < 480) throw new Corrupt('the SQLite header reserves too much of each page');
  const encoding = buf.readUInt32BE(56);
  const decoder = new TextDecoder(encoding === 2 ? 'utf-16le' : encoding === 3 ? 'utf-16be' : 'utf-8');
  const declared = buf.readUInt32BE(28);
  const pages = Math.floor(buf.length / pageSize);
  if (buf.readUInt32BE(24) === buf.readUInt32BE(92) && declared > pages)
    throw new ReadError('truncated', `the SQLite header declares ${declared} pages; ${pages} are in the file`);
  const db: Db = { buf, pageSize, usable, pages, decoder, seen: new Set() };

  const schema: Array<{ type: string; name: string; root: number; sql: string }> = [];
  for await (const record of walkTable(db, 1)) {
    const [type, name, , root, sql] = record.values;
    if (typeof type === 'string' && typeof name === 'string' && typeof root === 'number')
      schema.push({ type, name, root, sql: typeof sql === 'string' ? sql : '' });
  }
  const pause = yieldEvery(2000);
  for (const entry of schema) {
    if (entry.type !== 'table' || entry.root < 1) continue; // indexes repeat table data; views and virtual tables have no pages
    const columns = tableColumns(entry.sql);
    const tail = entry.sql.slice(entry.sql.lastIndexOf(')') + 1);
    const withoutRowid = /\bwithout\s+rowid\b/i.test(tail);
    const order = withoutRowid ? storageOrder(columns) : columns.names.map((_, i) => i);
    const records = (withoutRowid ? walkIndex(db, entry.root) : walkTable(db, entry.root))[Symbol.asyncIterator]();
    const first = await records.next();
    // A table made by CREATE TABLE ... AS SELECT has no column list: its columns are numbered.
    const width = Math.max(columns.names.length, first.done ? 0 : first.value.values.length);
    const header = Array.from({ length: width }, (_, i) => columns.names[i] ?? `column ${i + 1}`);
    await withTable(sink, { header, sheet: entry.name, entry: input.entry }, async (row) => {
      let ordinal = 0;
      for (let next = first; !next.done; next = await records.next()) {
        const record = next.value;
        const cells: CellValue[] = new Array(Math.max(width, record.values.length)).fill(null);
        record.values.forEach((v, i) => (cells[i < order.length ? order[i]! : i] = v));
        if (columns.rowidAlias >= 0 && cells[columns.rowidAlias] === null && record.rowid !== undefined)
          cells[columns.rowidAlias] = record.rowid;
        row(++ordinal, cells);
        await pause();
      }
    });
  }
};

interface Record {
  rowid?: number;
  values: CellValue[];
}

/** Page `n` (1-based) as a slice of the file, once. */
function page(db: Db, n: number): Buffer {
  if (!Number.isInteger(n) || n < 1) throw new Corrupt('a SQLite page pointer is not a page');
  if (n > db.pages) throw new ReadError('truncated', 'a SQLite page pointer points past the end of the file');
  if (db.seen.has(n)) throw new Corrupt('a SQLite page is reached twice');
  db.seen.add(n);
  return db.buf.subarray((n - 1) * db.pageSize, n * db.pageSize);
}

/** The rows of a table b-tree (rowid tables and sqlite_schema), in rowid order. */
async function* walkTable(db: Db, root: number, depth = 0): AsyncGenerator<Record> {
  if (depth > MAX_DEPTH) throw new ReadError('too-deep', 'a SQLite b-tree nests deeper than 64 levels');
  const p = page(db, root);
  const start = root === 1 ? 100 : 0;
  const type = p[start];
  const cells = cellPointers(db, p, start, type);
  if (type === 0x0d) {
    for (const at of cells) {
      const [length, a] = varint(p, at);
      const [rowid, b] = varint(p, a);
      yield { rowid, values: decodeRecord(db, payload(db, p, b, length, 'table')) };
    }
  } else if (type === 0x05) {
    for (const at of cells) {
      if (at + 4 > p.length) throw new Corrupt('a SQLite cell runs past its page');
      yield* walkTable(db, p.readUInt32BE(at), depth + 1);
    }
    yield* walkTable(db, p.readUInt32BE(start + 8), depth + 1);
  } else throw new Corrupt('a SQLite table page has an unknown type');
}

/** The rows of an index b-tree (a WITHOUT ROWID table), in key order. */
async function* walkIndex(db: Db, root: number, depth = 0): AsyncGenerator<Record> {
  if (depth > MAX_DEPTH) throw new ReadError('too-deep', 'a SQLite b-tree nests deeper than 64 levels');
  const p = page(db, root);
  const type = p[0];
  const cells = cellPointers(db, p, 0, type);
  if (type !== 0x0a && type !== 0x02) throw new Corrupt('a SQLite index page has an unknown type');
  for (const at of cells) {
    let from = at;
    if (type === 0x02) {
      if (at + 4 > p.length) throw new Corrupt('a SQLite cell runs past its page');
      yield* walkIndex(db, p.readUInt32BE(at), depth + 1);
      from = at + 4;
    }
    const [length, a] = varint(p, from);
    yield { values: decodeRecord(db, payload(db, p, a, length, 'index')) };
  }
  if (type === 0x02) yield* walkIndex(db, p.readUInt32BE(8), depth + 1);
}

function cellPointers(db: Db, p: Buffer, start: number, type: number | undefined): number[] {
  const interior = type === 0x05 || type === 0x02;
  if (type !== 0x05 && type !== 0x0d && type !== 0x02 && type !== 0x0a) throw new Corrupt('a SQLite b-tree page has an unknown type');
  const count = p.readUInt16BE(start + 3);
  const first = start + (interior ? 12 : 8);
  if (first + count * 2 > db.usable) throw new Corrupt('a SQLite page declares more cells than it can hold');
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = p.readUInt16BE(first + i * 2);
    if (at < first + count * 2 || at >= db.usable) throw new Corrupt('a SQLite cell pointer points outside its page');
    out.push(at);
  }
  return out;
}

/** A varint at `at`: its value (as a number; rowids beyond 2^53 lose precision) and where it ends. */
function varint(p: Buffer, at: number): [number, number] {
  let value = 0n;
  for (let i = 0; i < 9; i++) {
    if (at + i >= p.length) throw new Corrupt('a SQLite number runs past its page');
    const b = p[at + i]!;
    if (i === 8) return [Number(BigInt.asIntN(64, (value << 8n) | BigInt(b))), at + 9];
    value = (value << 7n) | BigInt(b & 0x7f);
    if (b < 0x80) return [Number(BigInt.asIntN(64, value)), at + i + 1];
  }
  throw new Corrupt('a SQLite number is malformed');
}

/** A cell's whole payload: the part on the page, then the overflow chain. */
function payload(db: Db, p: Buffer, at: number, length: number, kind: 'table' | 'index'): Buffer {
  const U = db.usable;
  if (length < 0 || length > db.buf.length) throw new Corrupt('a SQLite record declares more bytes than the file holds');
  const X = kind === 'table' ? U - 35 : Math.floor(((U - 12) * 64) / 255) - 23;
  if (length <= X) {
    if (at + length > U) throw new Corrupt('a SQLite record runs past its page');
    return p.subarray(at, at + length);
  }
  const M = Math.floor(((U - 12) * 32) / 255) - 23;
  const K = M + ((length - M) % (U - 4));
  const local = K <= X ? K : M;
  if (at + local + 4 > U) throw new Corrupt('a SQLite record runs past its page');
  const parts: Buffer[] = [p.subarray(at, at + local)];
  let got = local;
  let next = p.readUInt32BE(at + local);
  while (got < length) {
    const o = page(db, next);
    const take = Math.min(U - 4, length - got);
    parts.push(o.subarray(4, 4 + take));
    got += take;
    next = o.readUInt32BE(0);
  }
  return Buffer.concat(parts, length);
}

/** A record: a header of serial types, then the values. */
function decodeRecord(db: Db, r: Buffer): CellValue[] {
  const [headerSize, first] = varint(r, 0);
  if (headerSize < 1 || headerSize > r.length) throw new Corrupt('a SQLite record header is larger than its record');
  const types: number[] = [];
  for (let at = first; at < headerSize;) {
    const [t, next] = varint(r, at);
    types.push(t);
    at = next;
  }
  const values: CellValue[] = [];
  let at = headerSize;
  for (const t of types) {
    const size = serialSize(t);
    if (at + size > r.length) throw new Corrupt('a SQLite record is shorter than its header says');
    values.push(serialValue(db, r, at, t, size));
    at += size;
  }
  return values;
}

function serialSize(t: number): number {
  if (t < 0) throw new Corrupt('a SQLite record has an impossible value type');
  if (t <= 4) return [0, 1, 2, 3, 4][t]!;
  if (t === 5) return 6;
  if (t === 6 || t === 7) return 8;
  if (t < 12) return 0;
  return Math.floor((t - (t % 2 === 0 ? 12 : 13)) / 2);
}

function serialValue(db: Db, r: Buffer, at: number, t: number, size: number): CellValue {
  switch (t) {
    case 0:
      return null;
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
      return r.readIntBE(at, size);
    case 6: {
      const v = r.readBigInt64BE(at);
      return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
    }
    case 7: {
      const v = r.readDoubleBE(at);
      return Number.isFinite(v) ? v : null;
    }
    case 8:
      return 0;
    case 9:
      return 1;
    default:
      // Text is decoded; a BLOB is bytes, not text the gate reads as a cell.
      return t >= 13 && t % 2 === 1 ? db.decoder.decode(r.subarray(at, at + size)) : null;
  }
}

interface Columns {
  names: string[];
  /** The INTEGER PRIMARY KEY column (stored as the rowid, NULL in the record); -1 when none. */
  rowidAlias: number;
  /** Indexes of the primary-key columns in key order (WITHOUT ROWID tables store them first). */
  primaryKey: number[];
}

/** Column names from a CREATE TABLE statement (quoted names unquoted; table constraints skipped). */
export function tableColumns(sql: string): Columns {
  const names: string[] = [];
  const types: string[] = [];
  let primaryKey: number[] = [];
  let tableKey: string[] = [];
  for (const item of topLevelItems(sql)) {
    const tokens = tokenize(item);
    const first = tokens[0];
    if (!first) continue;
    const words = tokens.map((t) => (t.quoted ? '' : t.text.toLowerCase()));
    if (!first.quoted && ['constraint', 'primary', 'unique', 'check', 'foreign'].includes(words[0]!)) {
      const at = words.indexOf('key');
      if (words[at - 1] === 'primary' && tokens[at + 1]?.text === '(') {
        const end = tokens.findIndex((t, i) => i > at && t.text === ')' && !t.quoted);
        tableKey = tokens
          .slice(at + 2, end < 0 ? undefined : end)
          .filter((t) => t.quoted || ![',', 'asc', 'desc', 'collate'].includes(t.text.toLowerCase()))
          .map((t) => t.text.toLowerCase());
      }
      continue;
    }
    const rest = words.slice(1).join(' ');
    if (/\bprimary key\b/.test(rest)) primaryKey = [names.length];
    names.push(first.text);
    types.push(rest.split(' ')[0] ?? '');
  }
  if (tableKey.length) primaryKey = tableKey.map((k) => names.findIndex((n) => n.toLowerCase() === k)).filter((i) => i >= 0);
  // Only a lone key declared exactly INTEGER (not INT, not DESC in the column) aliases the rowid.
  const only = primaryKey.length === 1 ? primaryKey[0]! : -1;
  const rowidAlias = only >= 0 && types[only] === 'integer' && !/\bprimary key desc\b/.test(sql.toLowerCase()) ? only : -1;
  return { names, rowidAlias, primaryKey };
}

/** Where each stored value of a WITHOUT ROWID table belongs: key columns first, then the others. */
function storageOrder(columns: Columns): number[] {
  const rest = columns.names.map((_, i) => i).filter((i) => !columns.primaryKey.includes(i));
  return [...columns.primaryKey, ...rest];
}

/** The comma-separated items of the first top-level parenthesized group. */
function topLevelItems(sql: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === '"' || c === "'" || c === '`' || c === '[') {
      const close = c === '[' ? ']' : c;
      let j = i + 1;
      while (j < sql.length && !(sql[j] === close && sql[j + 1] !== close)) j += sql[j] === close ? 2 : 1;
      i = j;
    } else if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? sql.length : nl;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 1;
    } else if (c === '(') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0) {
        items.push(sql.slice(start, i));
        return items.map((s) => s.trim()).filter(Boolean);
      }
    } else if (c === ',' && depth === 1) {
      items.push(sql.slice(start, i));
      start = i + 1;
    }
  }
  return [];
}

interface Token {
  text: string;
  quoted: boolean;
}

function tokenize(item: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:"((?:[^"]|"")*)"|`((?:[^`]|``)*)`|\[([^\]]*)\]|'((?:[^']|'')*)'|(--[^\n]*|\/\*[\s\S]*?\*\/)|([^\s(),"'`[]+)|([(),]))/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(item)) !== null && m[0].length > 0) {
    if (m[5] !== undefined) continue;
    if (m[1] !== undefined) tokens.push({ text: m[1].replace(/""/g, '"'), quoted: true });
    else if (m[2] !== undefined) tokens.push({ text: m[2].replace(/``/g, '`'), quoted: true });
    else if (m[3] !== undefined) tokens.push({ text: m[3], quoted: true });
    else if (m[4] !== undefined) tokens.push({ text: m[4].replace(/''/g, "'"), quoted: true });
    else tokens.push({ text: m[6] ?? m[7]!, quoted: false });
  }
  return tokens;
}
