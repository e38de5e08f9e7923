/**
 * Sheets as grid tables: every sheet (hidden and very hidden too), rows in order with absolute
 * row numbers, hidden rows and columns flagged, and the comments and long texts found on the way
 * pushed as prose with their cell address.
 */
import type * as XLSX from 'xlsx';
import type { SheetState } from '../../core/model.js';
import type { CellValue, ContentSink } from '../types.js';
import { stringLiterals } from './names.js';

export interface SheetRef {
  index: number;
  name: string;
  state: SheetState;
  /** SheetJS relationship id in the workbook part (zip formats). */
  relId?: string;
  ws: XLSX.WorkSheet | undefined;
}

/** Longer string cells are also pushed as prose (a paragraph in a cell reads like text). */
export const LONG_TEXT = 256;
const MAX_COLUMN = 16_383;
const MAX_ROW = 1_048_575;

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/**
 * A sheet by name. A sheet named `__proto__` is assigned by SheetJS as the prototype of
 * wb.Sheets rather than as a key, so it is recovered from there.
 */
export function sheetByName(wb: XLSX.WorkBook, name: string): XLSX.WorkSheet | undefined {
  const sheets = wb.Sheets as object;
  if (hasOwn(sheets, name)) return (sheets as Record<string, XLSX.WorkSheet>)[name];
  if (name === '__proto__') {
    const proto: unknown = Object.getPrototypeOf(sheets);
    if (proto && proto !== Object.prototype && typeof proto === 'object') return proto as XLSX.WorkSheet;
  }
  return undefined;
}

export function sheetStateOf(hidden: unknown): SheetState {
  if (hidden === 2 || hidden === '2' || hidden === 'veryHidden') return 'very-hidden';
  if (hidden === 1 || hidden === '1' || hidden === true || hidden === 'hidden') return 'hidden';
  return 'visible';
}

export function listSheets(wb: XLSX.WorkBook): SheetRef[] {
  const infos = Array.isArray(wb.Workbook?.Sheets) ? wb.Workbook!.Sheets! : [];
  return wb.SheetNames.map((rawName, index) => {
    const name = String(rawName);
    const info = infos[index] && infos[index]!.name === name ? infos[index] : infos.find((s) => s?.name === name);
    const relId = (info as { id?: unknown } | undefined)?.id;
    return {
      index,
      name,
      state: sheetStateOf(info?.Hidden),
      relId: typeof relId === 'string' ? relId : undefined,
      ws: sheetByName(wb, name),
    };
  });
}

/**
 * Sheet names as a one-column table (surface 'metadata'): a workbook with a tab per person
 * carries its roster in the tab names.
 */
export function pushSheetNames(sheets: readonly SheetRef[], sink: ContentSink, entry?: string): void {
  if (sheets.length < 2) return;
  const table = sink.beginTable({ surface: 'metadata', shape: 'grid', lettered: false, entry });
  const cells = [''];
  for (const sheet of sheets) {
    cells[0] = sheet.name;
    table.row(sheet.index + 1, cells);
  }
  table.end();
}

/**
 * A whole number shown through an identifier format: a literal letter prefix and/or fixed
 * zero padding of seven or more digits ("A"000000000, \A000000000, 000000000). The sheet shows
 * "A012345678" where the cell stores 12345678.
 */
const ID_FORMAT = /^((?:"[A-Za-z#-]{1,4}"|\\[A-Za-z#-])*)(0{7,12})$/;

export function shownIdentifier(value: unknown, format: unknown): string | undefined {
  if (typeof value !== 'number' || typeof format !== 'string' || !Number.isInteger(value) || value < 0) return undefined;
  const m = ID_FORMAT.exec(format);
  if (!m) return undefined;
  const digits = value.toFixed(0);
  if (digits.length > m[2]!.length) return undefined;
  return m[1]!.replace(/["\\]/g, '') + digits.padStart(m[2]!.length, '0');
}

/** The value detection judges: raw first, formatted text only where there is no raw value. */
export function cellValue(cell: XLSX.CellObject): CellValue {
  switch (cell.t) {
    case 'n':
      return shownIdentifier(cell.v, cell.z) ?? (cell.v as CellValue);
    case 'b':
    case 'd':
      return cell.v as CellValue;
    case 's':
      return typeof cell.v === 'string' ? cell.v : cell.w;
    case 'e':
      return cell.w;
    default:
      return cell.v === undefined ? cell.w : (cell.v as CellValue);
  }
}

export interface SheetWalkOptions {
  entry?: string;
  /** Hidden rows and columns read from the sheet XML; SheetJS's !rows / !cols otherwise. */
  layout?: { hiddenRows: ReadonlySet<number>; hiddenColumns: ReadonlySet<number> };
  /** Strings seen in cells, to find shared strings no cell uses. */
  seenStrings?: Set<string>;
}

export interface SheetCounts {
  rows: number;
  cells: number;
  /** Cells carrying a comment or note. */
  commented: number;
}

interface Extra {
  comments: Array<{ address: string; text: string }>;
  longTexts: Array<{ address: string; text: string }>;
  /** String literals inside formulas, first cell of each. */
  formulaTexts: Map<string, string>;
  authors: Set<string>;
}

/** Push one sheet: its grid, then its comments and long texts as prose. */
export function pushSheet(sheet: SheetRef, sink: ContentSink, options: SheetWalkOptions = {}): SheetCounts & { authors: Set<string> } {
  const ws = sheet.ws;
  const extra: Extra = { comments: [], longTexts: [], formulaTexts: new Map(), authors: new Set() };
  const counts = { rows: 0, cells: 0, commented: 0 };
  const where = { entry: options.entry, sheet: sheet.name, sheetState: sheet.state };
  const hiddenColumns = options.layout?.hiddenColumns ?? (ws ? hiddenColumnsOf(ws) : new Set<number>());
  const rowSink = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true, ...where, hiddenColumns });
  if (ws) {
    const walk = (rowNumber: number, cells: readonly CellValue[], hidden: boolean) => {
      counts.rows++;
      rowSink.row(rowNumber, cells, hidden);
    };
    const onCell = (address: string, cell: XLSX.CellObject, value: CellValue) => {
      counts.cells++;
      if (typeof value === 'string') {
        options.seenStrings?.add(value);
        if (value.length >= LONG_TEXT) extra.longTexts.push({ address, text: value });
      }
      if (cell.c) {
        counts.commented++;
        collectComments(address, cell.c, extra);
      }
      if (typeof cell.f === 'string' && cell.f.includes('"')) collectFormulaTexts(address, cell.f, value, extra);
    };
    const hiddenRows = options.layout?.hiddenRows;
    walkCells(ws, walk, onCell, hiddenRows ? (r) => hiddenRows.has(r) : hiddenRowsOf(ws));
  }
  rowSink.end();
  for (const c of extra.comments) sink.prose(c.text, { surface: 'comments', ...where, cell: c.address });
  for (const t of extra.longTexts) sink.prose(t.text, { surface: 'cells', ...where, cell: t.address });
  for (const [text, address] of extra.formulaTexts) sink.prose(text, { surface: 'cells', ...where, cell: address });
  return { ...counts, authors: extra.authors };
}

/** Literals a formula holds besides what its cell shows: words only, once per sheet. */
function collectFormulaTexts(address: string, formula: string, value: CellValue, extra: Extra): void {
  for (const literal of stringLiterals(formula)) {
    if (literal.length < 3 || literal === value || extra.formulaTexts.has(literal) || !/\p{L}/u.test(literal)) continue;
    extra.formulaTexts.set(literal, address);
  }
}

function collectComments(address: string, comments: XLSX.Comments, extra: Extra): void {
  if (!Array.isArray(comments)) return;
  for (const comment of comments) {
    const threaded = (comment as { T?: unknown } | undefined)?.T === true;
    const text = typeof comment?.t === 'string' ? (threaded ? utf8FromBinary(comment.t) : comment.t) : '';
    if (text.trim()) extra.comments.push({ address, text });
    const author = typeof comment?.a === 'string' ? (threaded ? utf8FromBinary(comment.a) : comment.a).trim() : '';
    if (author) extra.authors.add(author);
  }
}

/**
 * SheetJS 0.18.5 reads threaded-comment parts as a binary string without decoding UTF-8
 * ("Hernández" arrives as "HernÃ¡ndez"). Undo that when the text is valid UTF-8 read as latin1.
 */
export function utf8FromBinary(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
  const decoded = Buffer.from(text, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? text : decoded;
}

export function hiddenColumnsOf(ws: XLSX.WorkSheet): Set<number> {
  const out = new Set<number>();
  const cols = ws['!cols'];
  if (!Array.isArray(cols)) return out;
  cols.forEach((col, index) => {
    if (col?.hidden) out.add(index);
  });
  return out;
}

function hiddenRowsOf(ws: XLSX.WorkSheet): (r: number) => boolean {
  const rows = ws['!rows'];
  if (!Array.isArray(rows) || rows.length === 0) return () => false;
  return (r) => rows[r]?.hidden === true;
}

type RowFn = (rowNumber: number, cells: readonly CellValue[], hidden: boolean) => void;
type CellFn = (address: string, cell: XLSX.CellObject, value: CellValue) => void;

/**
 * Walk every cell once, row by row, reusing one row array. Cells are visited through the
 * sheet's own keys (already-hashed strings: building "B7" for every address of the range costs
 * more than the rest of the walk), which also reaches cells outside a wrong !ref. SheetJS adds
 * cells in document order, which is row-major; keys out of that order are sorted first.
 */
export function walkCells(ws: XLSX.WorkSheet, onRow: RowFn, onCell: CellFn, isHidden: (r: number) => boolean = hiddenRowsOf(ws)): void {
  const keys = Object.keys(ws);
  const rows = new Int32Array(keys.length);
  const columns = new Int32Array(keys.length);
  let count = 0;
  let ordered = true;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const at = decodeAddress(key);
    if (at < 0) continue;
    const r = Math.floor(at / COLUMN_SPAN);
    const c = at % COLUMN_SPAN;
    if (count > 0 && (r < rows[count - 1]! || (r === rows[count - 1]! && c <= columns[count - 1]!))) ordered = false;
    rows[count] = r;
    columns[count] = c;
    keys[count] = key;
    count++;
  }
  let order: ArrayLike<number> | undefined;
  if (!ordered) {
    const indexes = Array.from({ length: count }, (_, i) => i);
    indexes.sort((a, b) => rows[a]! - rows[b]! || columns[a]! - columns[b]!);
    order = indexes;
  }
  const sheet = ws as unknown as Record<string, XLSX.CellObject | undefined>;
  // One array for every row: as long as the row's last value, cleared where it was written.
  const cells: CellValue[] = [];
  const touched: number[] = [];
  let currentRow = -1;
  const flush = () => {
    if (!touched.length) return;
    cells.length = touched[touched.length - 1]! + 1;
    onRow(currentRow + 1, cells, isHidden(currentRow));
    for (const c of touched) cells[c] = undefined;
    touched.length = 0;
  };
  for (let n = 0; n < count; n++) {
    const i = order ? order[n]! : n;
    const r = rows[i]!;
    if (r !== currentRow) {
      flush();
      currentRow = r;
    }
    const address = keys[i]!;
    const cell = sheet[address];
    if (cell === undefined || cell === null || typeof cell !== 'object') continue;
    const value = cellValue(cell);
    if (value !== undefined && value !== null && value !== '') {
      const c = columns[i]!;
      cells[c] = value;
      touched.push(c);
    }
    onCell(address, cell, value);
  }
  flush();
}

/** Rows × this + column: a cell address as one number. */
const COLUMN_SPAN = MAX_COLUMN + 1;

/** Column index (0-based) of an address such as "AB12" (at most three letters, from `a` to `b` of `s`), or -1. */
export function addressColumn(s: string, a = 0, b = s.length): number {
  let c = 0;
  let i = a;
  for (; i < b && i < a + 3; i++) {
    const ch = s.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    c = c * 26 + (ch - 64);
  }
  return i === a ? -1 : c - 1;
}

/** "AB12" → row * COLUMN_SPAN + column (0-based), or -1 for a key that is not a cell address. */
export function decodeAddress(key: string): number {
  const length = key.length;
  let i = 0;
  let c = 0;
  for (; i < length && i < 4; i++) {
    const ch = key.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    c = c * 26 + (ch - 64);
  }
  if (i === 0 || i > 3 || i === length) return -1;
  let r = 0;
  for (let j = i; j < length; j++) {
    const ch = key.charCodeAt(j);
    if (ch < 48 || ch > 57 || (j === i && ch === 48)) return -1;
    r = r * 10 + (ch - 48);
    if (r > MAX_ROW + 1) return -1;
  }
  if (c > COLUMN_SPAN) return -1;
  return (r - 1) * COLUMN_SPAN + (c - 1);
}
