/**
 * One worksheet part, streamed: rows into a grid table, long texts and formula literals as prose
 * after it, and a stub of the markup outside the cells (columns, validations, headers and
 * footers) for the part readers.
 *
 * The markup outside <sheetData> goes through the generic tokenizer (scanner.ts). Inside it,
 * where a big sheet spends all its time, a dedicated loop reads rows and cells in place: tag
 * names are recognised without copying them, the attributes a cell needs (r, t, s) and a
 * shared-string index are read straight from the text, and the only strings made are the cell
 * values themselves. Anything unusual there (entities in attributes, CDATA, comments, unknown
 * elements) is still read, the slower way.
 */
import { ReadError, type CellValue, type ContentSink, type RowSink } from '../../types.js';
import type { ZipEntry } from '../../containers/zip.js';
import { LONG_TEXT, addressColumn, type SheetRef } from '../sheets.js';
import { stringLiterals } from '../names.js';
import { sheetLayout } from '../parts/sheet-xml.js';
import { XmlScanner, decodeEntities, feedPart, skipMarkup, tagEnd } from './scanner.js';
import { styled, type NumberStyle } from './number-format.js';

export interface StreamCounts {
  sheets: number;
  rows: number;
  cells: number;
  /** Cells pointing past the shared-string table: their text is lost. */
  dangling: number;
}

export interface SheetContext {
  strings: readonly string[];
  /** 1 where a cell used the shared string. */
  used: Uint8Array;
  styles: readonly NumberStyle[];
  date1904: boolean;
  sink: ContentSink;
  entry?: string;
  counts: StreamCounts;
}

export interface SheetWhere {
  sheet: string;
  sheetState: SheetRef['state'];
}

const MAX_COLUMN = 16_383;
/** Worksheet markup outside the cells (columns, validations, headers) kept per sheet. */
const MAX_STUB = 64 << 20;

// Tags inside <sheetData>, by local name.
const OTHER = 0;
const ROW = 1;
const C = 2;
const V = 3;
const F = 4;
const T = 5;
const RPH = 6;
const SHEET_DATA = 7;

// Cell types (the t attribute).
const T_NUMBER = 0;
const T_SHARED = 1;
const T_BOOL = 2;
const T_TEXT = 3; // str, e
const T_INLINE = 4;
const T_DATE = 5;

// What the text being read belongs to.
const NONE = 0;
const VALUE = 1;
const FORMULA = 2;
const INLINE = 3;

function tagId(s: string, a: number, b: number): number {
  if (b <= a) return OTHER;
  const c0 = s.charCodeAt(a);
  switch (b - a) {
    case 1:
      return c0 === 0x63 ? C : c0 === 0x76 ? V : c0 === 0x66 ? F : c0 === 0x74 ? T : OTHER;
    case 3:
      return s.startsWith('row', a) ? ROW : s.startsWith('rPh', a) ? RPH : OTHER;
    case 9:
      return s.startsWith('sheetData', a) ? SHEET_DATA : OTHER;
  }
  return OTHER;
}

function cellType(t: string): number {
  switch (t) {
    case 's':
      return T_SHARED;
    case 'b':
      return T_BOOL;
    case 'str':
    case 'e':
      return T_TEXT;
    case 'inlineStr':
      return T_INLINE;
    case 'd':
      return T_DATE;
  }
  return T_NUMBER;
}

/** The type of a one-letter t attribute. */
function cellTypeCode(c: number): number {
  return c === 0x73 ? T_SHARED : c === 0x62 ? T_BOOL : c === 0x65 ? T_TEXT : c === 0x64 ? T_DATE : T_NUMBER;
}

/**
 * The column of a plain address (letters, then digits only) from `a` to `b`: -1 without a
 * letter, -2 when it is not plain (an entity, say: decode it and read again).
 */
function plainAddressColumn(s: string, a: number, b: number): number {
  let c = 0;
  let i = a;
  for (; i < b && i < a + 3; i++) {
    const ch = s.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    c = c * 26 + (ch - 64);
  }
  const letters = i - a;
  for (; i < b; i++) {
    const ch = s.charCodeAt(i);
    if (ch < 48 || ch > 57) return -2;
  }
  return letters === 0 ? -1 : c - 1;
}

/** A run of 1 to 9 ASCII digits as a number, or -1. */
function digitsAt(s: string, a: number, b: number): number {
  if (b <= a || b - a > 9) return -1;
  let n = 0;
  for (let i = a; i < b; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function columnLetters(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const escapeText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

class SheetScanner extends XmlScanner {
  /** Inside <sheetData>: the dedicated loop reads. */
  inData = false;
  /** Elements open inside <sheetData>. */
  private inner = 0;
  rows: RowSink | undefined;
  private rowNumber = 0;
  private rowHidden = false;
  private readonly cells: CellValue[] = [];
  private readonly touched: number[] = [];
  private column = -1;
  private type = T_NUMBER;
  private style = -1;
  private capture = NONE;
  private phonetic = 0;
  private hasValue = false;
  /** The value when it was read as one run of digits (a shared-string index, a whole number), else -1 (see `value`). */
  private digits = -1;
  private value = '';
  private formula = '';
  readonly longTexts: Array<{ cell: string; text: string }> = [];
  readonly formulaTexts = new Map<string, string>();
  private readonly stub: string[] = [];
  private stubLength = 0;

  constructor(
    private readonly ctx: SheetContext,
    private readonly where: SheetWhere,
  ) {
    super({
      open: (name, attrs, selfClosing) => {
        if (name !== 'sheetData') {
          this.keep(`<${name}${attrs ? ` ${attrs}` : ''}${selfClosing ? '/' : ''}>`);
          return false;
        }
        this.keep('<sheetData/>');
        this.begin();
        this.inData = !selfClosing;
        return this.inData;
      },
      close: (name) => {
        if (name !== 'sheetData') this.keep(`</${name}>`);
      },
      text: (t) => this.keep(escapeText(t)),
    });
  }

  /** The table starts at <sheetData>, once the columns before it are known. */
  private begin(): void {
    if (this.rows) return;
    const { sink, entry } = this.ctx;
    const layout = sheetLayout(Buffer.from(this.stub.join(''), 'utf8'));
    this.rows = sink.beginTable({
      surface: 'cells',
      shape: 'grid',
      lettered: true,
      entry,
      ...this.where,
      hiddenColumns: layout.hiddenColumns,
    });
  }

  private keep(text: string): void {
    this.stubLength += text.length;
    if (this.stubLength > MAX_STUB)
      throw new ReadError('unsupported-format', 'a worksheet holds more than 64 MB of markup besides its cells');
    this.stub.push(text);
  }

  stubBytes(): Buffer {
    return Buffer.from(this.stub.join(''), 'utf8');
  }

  protected override scan(s: string, i: number): number {
    for (;;) {
      if (this.inData) {
        i = this.scanData(s, i);
        if (this.inData) return i;
      } else {
        i = super.scan(s, i);
        if (!this.inData) return i;
      }
    }
  }

  /**
   * The cells: returns where it stopped (the end, an unfinished token, or the close of
   * <sheetData>). Tags in a sheet sit next to each other and are short: plain loops over the
   * characters beat a library search call per tag.
   */
  private scanData(s: string, i: number): number {
    const length = s.length;
    while (i < length) {
      let lt = i;
      if (s.charCodeAt(i) !== 0x3c /* < */) {
        let n = 0;
        if (this.capture === VALUE && this.digits < 0 && this.value === '' && (this.type === T_SHARED || this.type === T_NUMBER)) {
          // A value of digits only (a shared-string index, a whole number) is read as it is scanned.
          for (; lt < length; lt++) {
            const d = s.charCodeAt(lt) - 48;
            if (d < 0 || d > 9) break;
            n = n * 10 + d;
          }
        }
        const digitsEnd = lt;
        while (lt < length && s.charCodeAt(lt) !== 0x3c) lt++;
        if (lt === length) return this.capture === NONE ? length : i; // a value's text waits for its end
        if (digitsEnd === lt && lt - i <= 15) this.digits = n;
        else if (this.capture !== NONE) this.text(s, i, lt);
      }
      // Reads past the end are checked before they happen: one would undo the compiled loop.
      if (lt + 1 >= length) return lt;
      const next = s.charCodeAt(lt + 1);
      if (next === 0x2f /* / */) {
        // A close tag: its local name runs to '>' (or to spaces before it).
        let a = lt + 2;
        let p = a;
        for (; p < length; p++) {
          const ch = s.charCodeAt(p);
          if (ch === 0x3e || ch <= 0x20) break;
          if (ch === 0x3a) a = p + 1;
        }
        if (p >= length) return lt;
        let gt = p;
        if (s.charCodeAt(p) !== 0x3e) {
          gt = s.indexOf('>', p);
          if (gt < 0) return lt;
        }
        if (this.inner === 0) {
          // </sheetData> (or a close that ends it): the generic scan takes it from here.
          this.finishRow();
          this.inData = false;
          return lt;
        }
        this.inner--;
        this.depth--;
        switch (tagId(s, a, p)) {
          case V:
          case F:
          case T:
            this.capture = NONE;
            break;
          case RPH:
            this.phonetic--;
            break;
          case C:
            this.finishCell();
            break;
          case ROW:
            this.finishRow();
            break;
        }
        i = gt + 1;
        continue;
      }
      if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
        const end = skipMarkup(s, lt, this);
        if (end < 0) return lt;
        i = end;
        continue;
      }
      // An open tag: its name, then the attributes the cell or row needs.
      let p = lt + 1;
      let a = p;
      for (; p < length; p++) {
        const ch = s.charCodeAt(p);
        if (ch <= 0x20 || ch === 0x2f || ch === 0x3e) break;
        if (ch === 0x3a) a = p + 1;
      }
      if (p >= length) return lt;
      const id = tagId(s, a, p);
      let gt: number;
      if (id === C || id === ROW) {
        const rowNumber = this.rowNumber;
        const column = this.column;
        this.start(id);
        gt = this.attributes(id, s, p);
        if (gt < 0) {
          // The tag goes on in the next chunk: read it again then.
          this.rowNumber = rowNumber;
          this.column = column;
          return lt;
        }
      } else {
        gt = s.charCodeAt(p) === 0x3e ? p : tagEnd(s, p);
        if (gt < 0) return lt;
      }
      i = gt + 1;
      const selfClosing = s.charCodeAt(gt - 1) === 0x2f;
      if (!selfClosing) {
        this.enter();
        this.inner++;
      }
      switch (id) {
        case ROW:
          break;
        case C:
          if (selfClosing) this.finishCell();
          break;
        case V:
          // <v/> is a value too (an empty one), as the generic reading has it.
          this.hasValue = true;
          this.capture = selfClosing ? NONE : VALUE;
          break;
        case F:
          this.capture = selfClosing ? NONE : FORMULA;
          break;
        case RPH:
          if (!selfClosing) this.phonetic++;
          break;
        case T:
          if (this.type === T_INLINE && this.phonetic === 0) {
            this.capture = selfClosing ? NONE : INLINE;
            this.hasValue = true;
          }
          break;
      }
    }
    return length;
  }

  /** A row or a cell begins: what its attributes do not say follows the one before. */
  private start(id: number): void {
    if (id === ROW) {
      this.rowNumber++;
      this.rowHidden = false;
      this.column = -1;
    } else {
      this.column++;
      this.type = T_NUMBER;
      this.style = -1;
      this.value = '';
      this.digits = -1;
      this.hasValue = false;
      this.formula = '';
      this.capture = NONE;
    }
  }

  /**
   * The attributes of <row> or <c> from `p` (just after the name) to the tag's '>': returns the
   * index of that '>', or -1 when the chunk ends first.
   */
  private attributes(id: number, s: string, p: number): number {
    const length = s.length;
    let seen = 0; // r, t, s, hidden: read once (the first wins)
    for (;;) {
      if (p >= length) return -1;
      let ch = s.charCodeAt(p);
      if (ch === 0x3e /* > */) return p;
      if (ch <= 0x20 || ch === 0x2f /* / */) {
        p++;
        continue;
      }
      let local = p;
      for (; p < length; p++) {
        ch = s.charCodeAt(p);
        if (ch === 0x3d || ch <= 0x20 || ch === 0x3e || ch === 0x2f) break;
        if (ch === 0x3a) local = p + 1;
      }
      const nameEnd = p;
      while (p < length && s.charCodeAt(p) <= 0x20) p++;
      if (p >= length) return -1;
      if (s.charCodeAt(p) !== 0x3d /* = */) continue; // a name without a value: not well-formed, passed over
      p++;
      while (p < length && s.charCodeAt(p) <= 0x20) p++;
      if (p >= length) return -1;
      const quote = s.charCodeAt(p);
      if (quote !== 0x22 && quote !== 0x27) return tagEnd(s, p); // not well-formed: the rest is passed over
      const v = p + 1;
      let e = v;
      while (e < length && s.charCodeAt(e) !== quote) e++;
      if (e >= length) return -1;
      p = e + 1;
      const n = nameEnd - local;
      const name = n === 1 ? s.charCodeAt(local) : n === 6 && s.startsWith('hidden', local) ? 0x68 : 0;
      const bit = name === 0x72 ? 1 : name === 0x74 ? 2 : name === 0x73 ? 4 : name === 0x68 ? 8 : 0;
      if (!bit || seen & bit) continue;
      seen |= bit;
      if (id === ROW) {
        if (bit === 1) {
          let r = digitsAt(s, v, e);
          if (r < 0) r = Number(decodeEntities(s.slice(v, e)));
          if (Number.isInteger(r) && r > 0) this.rowNumber = r;
        } else if (bit === 8) {
          const h = decodeEntities(s.slice(v, e));
          this.rowHidden = h === '1' || h === 'true';
        }
      } else if (bit === 1) {
        let c = plainAddressColumn(s, v, e);
        if (c === -2) c = addressColumn(decodeEntities(s.slice(v, e)));
        if (c >= 0) this.column = c;
      } else if (bit === 2) {
        const t0 = s.charCodeAt(v);
        this.type = e - v === 1 && t0 !== 0x26 ? cellTypeCode(t0) : cellType(decodeEntities(s.slice(v, e)));
      } else if (bit === 4) {
        let st = digitsAt(s, v, e);
        if (st < 0) st = Number(decodeEntities(s.slice(v, e)));
        this.style = Number.isInteger(st) ? st : -1;
      }
    }
  }

  /** Text inside <sheetData> (called while a value, formula or inline text is being read). */
  text(s: string, a?: number, b?: number): void {
    if (a === undefined) {
      // CDATA, whole.
      if (this.capture === FORMULA) this.formula += s;
      else if (this.capture !== NONE) this.appendValue(s);
      return;
    }
    if (this.capture === FORMULA) {
      this.formula += decodeEntities(s.slice(a, b));
      return;
    }
    this.appendValue(decodeEntities(s.slice(a, b)));
  }

  private appendValue(t: string): void {
    if (this.digits >= 0) {
      this.value = String(this.digits);
      this.digits = -1;
    }
    this.value += t;
  }

  private finishCell(): void {
    const column = this.column;
    this.capture = NONE;
    if (column < 0 || column > MAX_COLUMN) return;
    const { strings, used, styles, date1904, counts } = this.ctx;
    let v: CellValue;
    if (this.hasValue) {
      const value = this.value;
      switch (this.type) {
        case T_SHARED: {
          const i = this.digits >= 0 ? this.digits : Number(value);
          if (Number.isInteger(i) && i >= 0 && i < strings.length) {
            v = strings[i];
            used[i] = 1;
          } else counts.dangling++;
          break;
        }
        case T_BOOL:
          v = value === '1' || value === 'true';
          break;
        case T_TEXT:
        case T_INLINE:
          v = value;
          break;
        case T_DATE: {
          const d = new Date(value);
          v = Number.isNaN(d.getTime()) ? value : d;
          break;
        }
        default: {
          if (this.digits >= 0) {
            v = styled(this.digits, this.style >= 0 ? styles[this.style] : undefined, date1904);
            break;
          }
          const n = Number(value);
          v = value.trim() !== '' && Number.isFinite(n) ? styled(n, this.style >= 0 ? styles[this.style] : undefined, date1904) : value;
        }
      }
    }
    if (v !== undefined && v !== null && v !== '') {
      this.cells[column] = v;
      this.touched.push(column);
      counts.cells++;
      if (typeof v === 'string' && v.length >= LONG_TEXT)
        this.longTexts.push({ cell: `${columnLetters(column)}${this.rowNumber}`, text: v });
    }
    const formula = this.formula;
    if (formula.includes('"')) {
      for (const literal of stringLiterals(formula)) {
        if (literal.length < 3 || literal === v || this.formulaTexts.has(literal) || !/\p{L}/u.test(literal)) continue;
        this.formulaTexts.set(literal, `${columnLetters(column)}${this.rowNumber}`);
      }
    }
    // A later <c> without its own address follows this one.
    this.hasValue = false;
    this.value = '';
    this.digits = -1;
    this.formula = '';
  }

  finishRow(): void {
    const { cells, touched } = this;
    if (!touched.length) return;
    let last = 0;
    for (const c of touched) if (c > last) last = c;
    cells.length = last + 1;
    this.ctx.counts.rows++;
    this.rows!.row(this.rowNumber, cells, this.rowHidden);
    for (const c of touched) cells[c] = undefined;
    touched.length = 0;
  }
}

/** Stream one worksheet part into the sink; returns the stub of its markup without its cells. */
export function streamSheet(
  buf: Buffer,
  zipEntry: ZipEntry,
  maxBytes: number,
  spend: (n: number) => void,
  ctx: SheetContext,
  where: SheetWhere,
): Promise<Buffer> {
  return readSheet(ctx, where, (scanner) => feedPart(buf, zipEntry, maxBytes, spend, scanner));
}

/** Worksheet markup given as text pieces, cut anywhere (tests: the same rows wherever the cuts fall). */
export function readSheetText(pieces: Iterable<string>, ctx: SheetContext, where: SheetWhere): Promise<Buffer> {
  return readSheet(ctx, where, (scanner) => {
    for (const piece of pieces) scanner.write(piece);
    scanner.end();
  });
}

async function readSheet(ctx: SheetContext, where: SheetWhere, feed: (scanner: XmlScanner) => Promise<void> | void): Promise<Buffer> {
  const scanner = new SheetScanner(ctx, where);
  const { sink, entry } = ctx;
  try {
    await feed(scanner);
  } finally {
    // What was read stays with the sink (findings made so far are kept) even when the part fails.
    if (!scanner.rows) scanner.rows = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true, entry, ...where });
    else scanner.finishRow();
    scanner.rows.end();
    for (const t of scanner.longTexts) sink.prose(t.text, { surface: 'cells', entry, ...where, cell: t.cell });
    for (const [text, cell] of scanner.formulaTexts) sink.prose(text, { surface: 'cells', entry, ...where, cell });
  }
  return scanner.stubBytes();
}
