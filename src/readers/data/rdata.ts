/**
 * R data files (`.rds` from saveRDS(), `.RData`/`.rda` from save()): a hand-written, bounded
 * reader of R's serialization format (R's src/main/serialize.c), XDR, native binary and ASCII.
 *
 * A data frame (a list with class "data.frame", tibbles and data.tables too) becomes one
 * 'records' table: the names as the header, factor codes as their levels, Dates and POSIXct
 * as ISO text, logicals as booleans. Lists, environments and S4 slots are walked; the path to
 * an object (the saved variable's name, `$element`, `[[i]]`) is the table's sheet. A character
 * or factor vector outside a data frame becomes a one-column table named by its path; a matrix
 * becomes a table. Functions are skipped; byte code is not-inspected.
 *
 * gzip and bzip2 are decompressed within the decompressed-size budget; xz is not-inspected with
 * what to do. Every declared length is checked against the bytes left before anything is
 * allocated, nesting is bounded by maxNestingDepth, and the number of items is bounded.
 */
import { gunzipSync } from 'node:zlib';
import { bunzip2 } from '../containers/bzip2.js';
import { ReadError, type CellValue, type Reader } from '../types.js';
import { decompressionBudget, withTable, yieldEvery } from './shared.js';

// SEXP types (serialize.c / Rinternals.h).
const NILSXP = 0;
const SYMSXP = 1;
const LISTSXP = 2;
const CLOSXP = 3;
const ENVSXP = 4;
const PROMSXP = 5;
const LANGSXP = 6;
const SPECIALSXP = 7;
const BUILTINSXP = 8;
const CHARSXP = 9;
const LGLSXP = 10;
const INTSXP = 13;
const REALSXP = 14;
const CPLXSXP = 15;
const STRSXP = 16;
const DOTSXP = 17;
const VECSXP = 19;
const EXPRSXP = 20;
const BCODESXP = 21;
const EXTPTRSXP = 22;
const WEAKREFSXP = 23;
const RAWSXP = 24;
const S4SXP = 25;
const ALTREP_SXP = 238;
const ATTRLISTSXP = 239;
const ATTRLANGSXP = 240;
const BASEENV_SXP = 241;
const EMPTYENV_SXP = 242;
const GLOBALENV_SXP = 253;
const NILVALUE_SXP = 254;
const REFSXP = 255;
const PERSISTSXP = 247;
const PACKAGESXP = 248;
const NAMESPACESXP = 249;
const BASENAMESPACE_SXP = 250;
const MISSINGARG_SXP = 251;
const UNBOUNDVALUE_SXP = 252;

const PAIRLISTS = new Set([LISTSXP, LANGSXP, CLOSXP, PROMSXP, DOTSXP, ATTRLISTSXP, ATTRLANGSXP]);
const NA_INT = -2147483648;
const LATIN1_MASK = 1 << 2;
/** Items (objects) one file may hold: each costs far more memory than its 4 bytes on disk. */
const MAX_ITEMS = 20_000_000;

type Scalar = number | string | boolean | null;
type Attrs = ReadonlyArray<{ tag?: string; value: RObj }>;

/** An atomic vector, read lazily by index (a compact ALTREP sequence is never materialised). */
interface Atom {
  t: 'atom';
  sxp: number;
  length: number;
  at(i: number): Scalar;
  attrs?: Attrs;
}
type RObj =
  | { t: 'null' }
  | { t: 'sym'; name: string }
  | { t: 'char'; value: string | null }
  | { t: 'pairlist'; sxp: number; items: Array<{ tag?: string; value: RObj }>; attrs?: Attrs }
  | Atom
  | { t: 'list'; sxp: number; items: RObj[]; attrs?: Attrs }
  | { t: 'env'; frame: RObj; hashtab: RObj; attrs?: Attrs }
  | { t: 's4'; attrs?: Attrs }
  | { t: 'other'; attrs?: Attrs };

const NULL: RObj = { t: 'null' };

export const readRData: Reader = async (input, sink, context) => {
  const raw = await input.buffer();
  const data = decompress(raw, context);
  const parser = new Parser(openStream(data), context.limits.maxNestingDepth);
  const root = parser.item(0);
  const pause = yieldEvery(5000);
  const emitter = new Emitter(sink, input.entry, pause);
  if (parser.saved && root.t === 'pairlist') {
    for (const [i, { tag, value }] of root.items.entries()) await emitter.walk(value, tag ?? `object ${i + 1}`, 0);
  } else {
    await emitter.walk(root, '', 0);
  }
};

function startsWith(buf: Uint8Array, bytes: readonly number[]): boolean {
  return buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
}

function decompress(buf: Buffer, context: Parameters<Reader>[2]): Buffer {
  if (startsWith(buf, [0x42, 0x5a, 0x68])) return bunzip2(buf, context, 'R data file');
  if (startsWith(buf, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))
    throw new ReadError(
      'unsupported-format',
      'the R data file is compressed with xz, which the gate does not decompress: save it with compress = "gzip" or export CSV',
    );
  if (!startsWith(buf, [0x1f, 0x8b])) return buf;
  const budget = decompressionBudget(context);
  let out: Buffer;
  try {
    out = gunzipSync(buf, { maxOutputLength: Math.max(1, budget.remaining()) });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (error instanceof RangeError || code === 'ERR_BUFFER_TOO_LARGE')
      throw new ReadError('too-large-decompressed', 'the gzip-compressed R data file inflates beyond the decompressed-size limit');
    if (code === 'Z_BUF_ERROR') throw new ReadError('truncated', 'the gzip-compressed R data file is cut short');
    throw new ReadError('corrupt', 'the gzip-compressed R data file cannot be inflated');
  }
  budget.spend(out.length);
  return out;
}

/** The three encodings of serialize(): XDR (big-endian), native binary (little-endian), ASCII. */
interface Stream {
  /** Bytes left: a bound on how many more items or elements can follow. */
  remaining(): number;
  /** The least bytes an element of `size` binary bytes takes in this encoding. */
  minSize(size: number): number;
  int(): number;
  double(): number;
  bytes(n: number): Buffer;
}

const truncated = () => new ReadError('truncated', 'the R data stream ends before its objects do');

class BinaryStream implements Stream {
  constructor(
    private readonly buf: Buffer,
    private pos: number,
    private readonly little: boolean,
  ) {}
  remaining() {
    return this.buf.length - this.pos;
  }
  minSize(size: number) {
    return size;
  }
  private need(n: number) {
    if (this.pos + n > this.buf.length) throw truncated();
  }
  int() {
    this.need(4);
    const v = this.little ? this.buf.readInt32LE(this.pos) : this.buf.readInt32BE(this.pos);
    this.pos += 4;
    return v;
  }
  double() {
    this.need(8);
    const v = this.little ? this.buf.readDoubleLE(this.pos) : this.buf.readDoubleBE(this.pos);
    this.pos += 8;
    return v;
  }
  bytes(n: number) {
    this.need(n);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

const ESCAPES: Record<string, number> = { n: 10, t: 9, v: 11, b: 8, r: 13, f: 12, a: 7, '\\': 92, '?': 63, "'": 39, '"': 34 };

class AsciiStream implements Stream {
  constructor(
    private readonly buf: Buffer,
    private pos: number,
  ) {}
  remaining() {
    return this.buf.length - this.pos;
  }
  minSize() {
    return 2; // a digit and a separator
  }
  private skipSpace() {
    while (this.pos < this.buf.length && isSpace(this.buf[this.pos]!)) this.pos++;
  }
  private word(): string {
    this.skipSpace();
    const start = this.pos;
    while (this.pos < this.buf.length && !isSpace(this.buf[this.pos]!) && this.pos - start < 64) this.pos++;
    if (this.pos === start) throw truncated();
    return this.buf.toString('latin1', start, this.pos);
  }
  int() {
    const w = this.word();
    if (w === 'NA') return NA_INT;
    if (!/^[-+]?\d+$/.test(w)) throw new ReadError('corrupt', 'the ASCII R data stream holds a malformed integer');
    return Number(w) | 0;
  }
  double() {
    const w = this.word();
    if (w === 'NA' || w === 'NaN') return NaN;
    if (w === 'Inf') return Infinity;
    if (w === '-Inf') return -Infinity;
    const n = Number(w);
    if (Number.isNaN(n)) throw new ReadError('corrupt', 'the ASCII R data stream holds a malformed number');
    return n;
  }
  bytes(n: number) {
    this.skipSpace();
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) {
      if (this.pos >= this.buf.length) throw truncated();
      let c = this.buf[this.pos++]!;
      if (c === 0x5c) {
        if (this.pos >= this.buf.length) throw truncated();
        const e = String.fromCharCode(this.buf[this.pos++]!);
        if (e >= '0' && e <= '7') {
          let v = Number(e);
          for (let k = 0; k < 2 && this.pos < this.buf.length && this.buf[this.pos]! >= 0x30 && this.buf[this.pos]! <= 0x37; k++)
            v = v * 8 + (this.buf[this.pos++]! - 0x30);
          c = v & 0xff;
        } else c = ESCAPES[e] ?? e.charCodeAt(0);
      }
      out[i] = c;
    }
    return out;
  }
  /** Raw bytes are written as two hex digits each. */
  hexByte(): number {
    const v = parseInt(this.word(), 16);
    if (Number.isNaN(v)) throw new ReadError('corrupt', 'the ASCII R data stream holds a malformed byte');
    return v & 0xff;
  }
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0b || c === 0x0c;

interface OpenedStream {
  stream: Stream;
  /** save() (an .RData file): the root is a pairlist of the saved variables. */
  saved: boolean;
}

function openStream(buf: Buffer): OpenedStream {
  let at = 0;
  let saved = false;
  const head = buf.toString('latin1', 0, 5);
  if (/^RD[ABX][23]\n$/.test(head)) {
    at = 5;
    saved = true;
  }
  const form = buf.toString('latin1', at, at + 2);
  at += 2;
  const stream =
    form === 'X\n'
      ? new BinaryStream(buf, at, false)
      : form === 'B\n'
        ? new BinaryStream(buf, at, true)
        : form === 'A\n'
          ? new AsciiStream(buf, at)
          : undefined;
  if (!stream) throw new ReadError('corrupt', 'the file does not start with an R serialization header');
  const version = stream.int();
  stream.int(); // the writer's R version
  stream.int(); // the oldest R that can read it
  if (version === 3) {
    const n = stream.int();
    if (n < 0 || n > 64) throw new ReadError('corrupt', 'the R data header declares an impossible encoding name');
    stream.bytes(n);
  } else if (version !== 2) {
    throw new ReadError(
      'unsupported-format',
      `R serialization version ${version | 0} is not one the gate reads; save with version = 2 or 3`,
    );
  }
  return { stream, saved };
}

class Parser {
  private readonly refs: RObj[] = [];
  private items = 0;
  readonly saved: boolean;
  private readonly stream: Stream;

  constructor(
    opened: OpenedStream,
    private readonly maxDepth: number,
  ) {
    this.stream = opened.stream;
    this.saved = opened.saved;
  }

  item(depth: number): RObj {
    return this.withFlags(this.stream.int(), depth);
  }

  private length(): number {
    const n = this.stream.int();
    if (n >= 0) return n;
    if (n !== -1) throw new ReadError('corrupt', 'an R object declares a negative length');
    const upper = this.stream.int();
    const lower = this.stream.int() >>> 0;
    if (upper < 0) throw new ReadError('corrupt', 'an R object declares a negative length');
    return upper * 2 ** 32 + lower;
  }

  /** A declared count of elements of `size` bytes must fit in what is left of the stream. */
  private fits(n: number, size: number): number {
    if (n * this.stream.minSize(size) > this.stream.remaining())
      throw new ReadError('corrupt', `an R object declares ${n} elements, more than the rest of the file can hold`);
    return n;
  }

  private withFlags(flags: number, depth: number): RObj {
    if (depth > this.maxDepth) throw new ReadError('too-deep', `the R objects nest more than ${this.maxDepth} deep`);
    if (++this.items > MAX_ITEMS) throw new ReadError('too-large', `the R data file holds more than ${MAX_ITEMS} objects`);
    const type = flags & 0xff;
    const hasAttr = (flags & 0x200) !== 0;
    const levels = flags >> 12;
    const s = this.stream;
    switch (type) {
      case NILVALUE_SXP:
      case NILSXP:
      case EMPTYENV_SXP:
      case BASEENV_SXP:
      case GLOBALENV_SXP:
      case UNBOUNDVALUE_SXP:
      case MISSINGARG_SXP:
      case BASENAMESPACE_SXP:
        return NULL;
      case REFSXP: {
        let index = flags >> 8;
        if (index === 0) index = s.int();
        const ref = this.refs[index - 1];
        if (!ref) throw new ReadError('corrupt', 'an R object refers to an object not read before it');
        return ref;
      }
      case PERSISTSXP:
      case PACKAGESXP:
      case NAMESPACESXP: {
        const obj: RObj = { t: 'other' };
        this.stringVec(depth);
        this.refs.push(obj);
        return obj;
      }
      case SYMSXP: {
        const name = this.item(depth + 1);
        const obj: RObj = { t: 'sym', name: name.t === 'char' ? (name.value ?? 'NA') : '' };
        this.refs.push(obj);
        return obj;
      }
      case ENVSXP: {
        const env = { t: 'env' as const, frame: NULL, hashtab: NULL, attrs: undefined as Attrs | undefined };
        this.refs.push(env);
        s.int(); // locked
        this.item(depth + 1); // enclosing environment
        env.frame = this.item(depth + 1);
        env.hashtab = this.item(depth + 1);
        env.attrs = this.attrs(this.item(depth + 1));
        return env;
      }
      case EXTPTRSXP: {
        const obj: RObj = { t: 'other' };
        this.refs.push(obj);
        this.item(depth + 1);
        this.item(depth + 1);
        if (hasAttr) obj.attrs = this.attrs(this.item(depth + 1));
        return obj;
      }
      case WEAKREFSXP: {
        const obj: RObj = { t: 'other' };
        this.refs.push(obj);
        if (hasAttr) obj.attrs = this.attrs(this.item(depth + 1));
        return obj;
      }
      case SPECIALSXP:
      case BUILTINSXP: {
        const n = this.fits(s.int(), 1);
        s.bytes(n);
        return { t: 'other' };
      }
      case CHARSXP: {
        const n = s.int();
        if (n === -1) return { t: 'char', value: null };
        if (n < 0) throw new ReadError('corrupt', 'an R string declares a negative length');
        const bytes = s.bytes(this.fits(n, 1));
        return { t: 'char', value: bytes.toString(levels & LATIN1_MASK ? 'latin1' : 'utf8') };
      }
      case BCODESXP:
        throw new ReadError(
          'unsupported-format',
          'the R data file holds R byte code (compiled functions), which the gate does not read; save the data alone',
        );
      case ALTREP_SXP:
        return this.altrep(depth);
      case S4SXP:
        return { t: 's4', attrs: hasAttr ? this.attrs(this.item(depth + 1)) : undefined };
      case LGLSXP:
      case INTSXP:
      case REALSXP:
      case CPLXSXP:
      case STRSXP:
      case RAWSXP:
      case VECSXP:
      case EXPRSXP: {
        const obj = this.vector(type, depth);
        if (hasAttr) obj.attrs = this.attrs(this.item(depth + 1));
        return obj;
      }
      default:
        if (PAIRLISTS.has(type)) return this.pairlist(flags, depth);
        throw new ReadError('corrupt', `the R data stream holds an unknown object type (${type})`);
    }
  }

  /** A pairlist: attributes, tag, CAR, then the CDR, iterated (a long list is not recursion). */
  private pairlist(flags: number, depth: number): RObj {
    const obj = {
      t: 'pairlist' as const,
      sxp: flags & 0xff,
      items: [] as Array<{ tag?: string; value: RObj }>,
      attrs: undefined as Attrs | undefined,
    };
    let f = flags;
    for (;;) {
      if (f & 0x200) {
        const attrs = this.attrs(this.item(depth + 1));
        if (obj.items.length === 0) obj.attrs = attrs;
      }
      let tag: string | undefined;
      if (f & 0x400) {
        const t = this.item(depth + 1);
        tag = t.t === 'sym' ? t.name : undefined;
      }
      obj.items.push({ tag, value: this.item(depth + 1) });
      f = this.stream.int();
      if (!PAIRLISTS.has(f & 0xff)) break;
      if (++this.items > MAX_ITEMS) throw new ReadError('too-large', `the R data file holds more than ${MAX_ITEMS} objects`);
    }
    const tail = this.withFlags(f, depth + 1);
    if (tail.t !== 'null') obj.items.push({ value: tail });
    return obj;
  }

  private attrs(obj: RObj): Attrs | undefined {
    return obj.t === 'pairlist' ? obj.items : undefined;
  }

  private stringVec(depth: number): Array<string | null> {
    this.stream.int(); // always 0
    const n = this.fits(this.length(), 4);
    const out: Array<string | null> = new Array(n);
    for (let i = 0; i < n; i++) {
      const c = this.item(depth + 1);
      out[i] = c.t === 'char' ? c.value : null;
    }
    return out;
  }

  private vector(type: number, depth: number): Atom | { t: 'list'; sxp: number; items: RObj[]; attrs?: Attrs } {
    const s = this.stream;
    const n = this.length();
    switch (type) {
      case LGLSXP:
      case INTSXP: {
        const data = new Int32Array(this.fits(n, 4));
        for (let i = 0; i < n; i++) data[i] = s.int();
        return type === LGLSXP ? logicalAtom(data) : intAtom(data);
      }
      case REALSXP: {
        const data = new Float64Array(this.fits(n, 8));
        for (let i = 0; i < n; i++) data[i] = s.double();
        return realAtom(data);
      }
      case CPLXSXP: {
        const data = new Float64Array(this.fits(n, 16) * 2);
        for (let i = 0; i < 2 * n; i++) data[i] = s.double();
        return {
          t: 'atom',
          sxp: CPLXSXP,
          length: n,
          at: (i) => (Number.isNaN(data[2 * i]!) ? null : `${data[2 * i]}${data[2 * i + 1]! < 0 ? '' : '+'}${data[2 * i + 1]}i`),
        };
      }
      case STRSXP: {
        const data: Array<string | null> = new Array(this.fits(n, 4));
        for (let i = 0; i < n; i++) {
          const c = this.item(depth + 1);
          data[i] = c.t === 'char' ? c.value : null;
        }
        return strAtom(data);
      }
      case RAWSXP: {
        const bytes =
          s instanceof AsciiStream ? Buffer.from(Array.from({ length: this.fits(n, 1) }, () => s.hexByte())) : s.bytes(this.fits(n, 1));
        return { t: 'atom', sxp: RAWSXP, length: n, at: (i) => bytes[i]! };
      }
      default: {
        const items: RObj[] = new Array(this.fits(n, 4));
        for (let i = 0; i < n; i++) items[i] = this.item(depth + 1);
        return { t: 'list', sxp: type, items };
      }
    }
  }

  /** An ALTREP object: its class (a pairlist: class symbol, package symbol, type), its state, its attributes. */
  private altrep(depth: number): RObj {
    const info = this.item(depth + 1);
    const state = this.item(depth + 1);
    const attrs = this.attrs(this.item(depth + 1));
    const cls = info.t === 'pairlist' && info.items[0]?.value.t === 'sym' ? info.items[0].value.name : '';
    const out = altrepValue(cls, state);
    if (!out) throw new ReadError('unsupported-format', 'the R data file holds a compact (ALTREP) vector of a kind the gate does not read');
    if (out.t === 'atom' || out.t === 'list') return { ...out, attrs: attrs ?? out.attrs };
    return out;
  }
}

function altrepValue(cls: string, state: RObj): RObj | undefined {
  const first = (o: RObj): RObj | undefined => (o.t === 'pairlist' ? o.items[0]?.value : o.t === 'list' ? o.items[0] : undefined);
  switch (cls) {
    case 'compact_intseq':
    case 'compact_realseq': {
      if (state.t !== 'atom' || state.length < 3) return undefined;
      const n = Number(state.at(0));
      const start = Number(state.at(1));
      const step = Number(state.at(2));
      if (!Number.isSafeInteger(n) || n < 0) throw new ReadError('corrupt', 'a compact R sequence declares an impossible length');
      return { t: 'atom', sxp: cls === 'compact_intseq' ? INTSXP : REALSXP, length: n, at: (i) => start + i * step };
    }
    case 'deferred_string': {
      const v = first(state);
      if (!v || v.t !== 'atom') return undefined;
      return { t: 'atom', sxp: STRSXP, length: v.length, at: (i) => (v.at(i) === null ? null : String(v.at(i))) };
    }
    default: {
      if (cls.startsWith('wrap_')) {
        const v = first(state);
        if (v && (v.t === 'atom' || v.t === 'list')) return v;
        return undefined;
      }
      if (state.t === 'atom' || state.t === 'list') return state;
      return undefined;
    }
  }
}

function intAtom(data: Int32Array): Atom {
  return { t: 'atom', sxp: INTSXP, length: data.length, at: (i) => (data[i] === NA_INT ? null : data[i]!) };
}
function logicalAtom(data: Int32Array): Atom {
  return { t: 'atom', sxp: LGLSXP, length: data.length, at: (i) => (data[i] === NA_INT ? null : data[i] !== 0) };
}
function realAtom(data: Float64Array): Atom {
  return { t: 'atom', sxp: REALSXP, length: data.length, at: (i) => (Number.isFinite(data[i]!) ? data[i]! : null) };
}
function strAtom(data: Array<string | null>): Atom {
  return { t: 'atom', sxp: STRSXP, length: data.length, at: (i) => data[i] ?? null };
}

function attr(obj: RObj, name: string): RObj | undefined {
  const attrs = 'attrs' in obj ? obj.attrs : undefined;
  return attrs?.find((a) => a.tag === name)?.value;
}

function strings(obj: RObj | undefined): string[] {
  if (!obj || obj.t !== 'atom') return [];
  const out: string[] = [];
  for (let i = 0; i < obj.length && i < 1_000_000; i++) out.push(String(obj.at(i) ?? ''));
  return out;
}

const classes = (obj: RObj) => strings(attr(obj, 'class'));

const DAY = 86_400_000;

/** How one column's element becomes a cell: factor codes as levels, dates as ISO text. */
function cellReader(col: RObj): (i: number) => CellValue {
  if (col.t === 'list') return (i) => joined(col.items[i]);
  if (col.t !== 'atom') return () => null;
  const cls = classes(col);
  const levels = attr(col, 'levels');
  if (col.sxp === INTSXP && levels && levels.t === 'atom') {
    return (i) => {
      const v = col.at(i);
      return typeof v === 'number' && v >= 1 && v <= levels.length ? (levels.at(v - 1) as string | null) : null;
    };
  }
  if (cls.includes('Date') && (col.sxp === REALSXP || col.sxp === INTSXP)) return (i) => isoTime(col.at(i), DAY, true);
  if (cls.includes('POSIXct') && (col.sxp === REALSXP || col.sxp === INTSXP)) return (i) => isoTime(col.at(i), 1000, false);
  if (col.sxp === RAWSXP) return () => null;
  return (i) => col.at(i);
}

function isoTime(v: Scalar, unit: number, dateOnly: boolean): CellValue {
  if (typeof v !== 'number') return null;
  const ms = v * unit;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  const iso = new Date(ms).toISOString();
  return dateOnly ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** A list cell (a list column's element): its scalars joined by "; ". */
function joined(obj: RObj | undefined): CellValue {
  if (!obj || obj.t !== 'atom') return null;
  const read = cellReader(obj);
  const parts: string[] = [];
  for (let i = 0; i < obj.length && i < 1000; i++) {
    const v = read(i);
    if (v !== null && v !== undefined) parts.push(String(v));
  }
  return parts.length ? parts.join('; ') : null;
}

/** A named list of two or more plain vectors of one length: a table kept without the data.frame class. */
function columnsList(obj: { items: RObj[] }, names: string[]): boolean {
  if (obj.items.length < 2 || names.length !== obj.items.length || names.some((n) => !n)) return false;
  const first = obj.items[0]!;
  if (first.t !== 'atom' || first.length < 1) return false;
  return obj.items.every((x) => x.t === 'atom' && x.length === first.length && !attr(x, 'dim'));
}

class Emitter {
  private readonly seen = new Set<RObj>();
  constructor(
    private readonly sink: Parameters<Reader>[1],
    private readonly entry: string | undefined,
    private readonly pause: () => Promise<void> | undefined,
  ) {}

  async walk(obj: RObj, path: string, depth: number): Promise<void> {
    if (this.seen.has(obj) || depth > 512) return;
    this.seen.add(obj);
    const child = (name: string | undefined, i: number) => (name ? (path ? `${path}$${name}` : name) : `${path}[[${i + 1}]]`);
    switch (obj.t) {
      case 'list': {
        const names = strings(attr(obj, 'names'));
        if (classes(obj).includes('data.frame') || columnsList(obj, names)) return this.dataFrame(obj, path);
        for (const [i, item] of obj.items.entries()) await this.walk(item, child(names[i] || undefined, i), depth + 1);
        return;
      }
      case 'pairlist':
        if (obj.sxp !== LISTSXP) return; // code: calls, closures, promises
        for (const [i, { tag, value }] of obj.items.entries()) await this.walk(value, child(tag, i), depth + 1);
        return;
      case 'env':
        await this.walk(obj.frame, path, depth + 1);
        if (obj.hashtab.t === 'list') for (const bucket of obj.hashtab.items) await this.walk(bucket, path, depth + 1);
        return;
      case 's4':
        for (const { tag, value } of obj.attrs ?? []) if (tag !== 'class') await this.walk(value, child(tag, 0), depth + 1);
        return;
      case 'atom':
        return this.atom(obj, path);
      default:
        return;
    }
  }

  /**
   * A data frame as one table. A data-frame column (df$address <- data.frame(...)) is spread
   * into dotted columns; a list column's elements that are themselves lists or data frames
   * (tidyr's nested tibbles) are walked as tables of their own after this one.
   */
  private async dataFrame(df: { items: RObj[]; attrs?: Attrs }, path: string): Promise<void> {
    const header: string[] = [];
    const readers: Array<(i: number) => CellValue> = [];
    const nested: Array<{ name: string; column: RObj[] }> = [];
    let rows = 0;
    const add = (frame: { items: RObj[] }, prefix: string, depth: number) => {
      const names = strings(attr(frame as RObj, 'names'));
      for (const [i, col] of frame.items.entries()) {
        const name = prefix + (names[i] || `V${i + 1}`);
        if (col.t === 'list' && classes(col).includes('data.frame') && depth < 8) {
          add(col, `${name}.`, depth + 1);
          continue;
        }
        header.push(name);
        readers.push(cellReader(col));
        if (col.t === 'atom') rows = Math.max(rows, col.length);
        if (col.t === 'list') {
          rows = Math.max(rows, col.items.length);
          if (col.items.some((x) => x.t === 'list' || x.t === 'pairlist')) nested.push({ name, column: col.items });
        }
      }
    };
    add(df, '', 0);
    await this.table(
      header,
      rows,
      (r, cells) => {
        for (let c = 0; c < readers.length; c++) cells[c] = readers[c]!(r);
      },
      path,
    );
    for (const { name, column } of nested)
      for (const [r, value] of column.entries()) await this.walk(value, `${path ? `${path}$` : ''}${name}[[${r + 1}]]`, 1);
  }

  /** A vector outside a data frame: a matrix as a table; text, factors and dates as one column. */
  private async atom(obj: Atom, path: string): Promise<void> {
    const dim = attr(obj, 'dim');
    const read = cellReader(obj);
    if (dim && dim.t === 'atom' && dim.length === 2) {
      const nrow = Number(dim.at(0));
      const ncol = Number(dim.at(1));
      if (!(nrow >= 0 && ncol >= 0 && nrow * ncol <= obj.length)) return;
      const dimnames = attr(obj, 'dimnames');
      const colnames = dimnames && dimnames.t === 'list' ? strings(dimnames.items[1]) : [];
      const header = Array.from({ length: ncol }, (_, c) => colnames[c] || `V${c + 1}`);
      await this.table(
        header,
        nrow,
        (r, cells) => {
          for (let c = 0; c < ncol; c++) cells[c] = read(c * nrow + r);
        },
        path,
      );
      return;
    }
    const textual = obj.sxp === STRSXP || attr(obj, 'levels') !== undefined || classes(obj).some((c) => c === 'Date' || c === 'POSIXct');
    if (!textual || obj.length === 0) return;
    const name = path.slice(Math.max(path.lastIndexOf('$') + 1, 0)) || 'value';
    await this.table(
      [name],
      obj.length,
      (r, cells) => {
        cells[0] = read(r);
      },
      path,
    );
  }

  private async table(header: string[], rows: number, fill: (r: number, cells: CellValue[]) => void, path: string): Promise<void> {
    const cells: CellValue[] = new Array(header.length);
    await withTable(this.sink, { header, ...(path ? { sheet: path } : {}), entry: this.entry }, async (row) => {
      for (let r = 0; r < rows; r++) {
        fill(r, cells);
        row(r + 1, cells);
        await this.pause();
      }
    });
  }
}
