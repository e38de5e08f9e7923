/**
 * Sheets as grid tables: every sheet (hidden and very hidden too), rows in order with absolute
 * row numbers, hidden rows and columns flagged, and the comments and long texts found on the way
 * pushed as prose with their cell address.
 */
import * as XLSX from 'xlsx';
import type { SheetState } from '../../core/model.js';
import type { CellValue, ContentSink } from '../types.js';

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

/** The value detection judges: raw first, formatted text only where there is no raw value. */
export function cellValue(cell: XLSX.CellObject): CellValue {
  switch (cell.t) {
    case 'n':
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
}

interface Extra {
  comments: Array<{ address: string; text: string }>;
  longTexts: Array<{ address: string; text: string }>;
  authors: Set<string>;
}

/** Push one sheet: its grid, then its comments and long texts as prose. */
export function pushSheet(sheet: SheetRef, sink: ContentSink, options: SheetWalkOptions = {}): SheetCounts & { authors: Set<string> } {
  const ws = sheet.ws;
  const extra: Extra = { comments: [], longTexts: [], authors: new Set() };
  const counts = { rows: 0, cells: 0 };
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
      if (cell.c) collectComments(address, cell.c, extra);
    };
    const hiddenRows = options.layout?.hiddenRows;
    walkCells(ws, walk, onCell, hiddenRows ? (r) => hiddenRows.has(r) : hiddenRowsOf(ws));
  }
  rowSink.end();
  for (const c of extra.comments) sink.prose(c.text, { surface: 'comments', ...where, cell: c.address });
  for (const t of extra.longTexts) sink.prose(t.text, { surface: 'cells', ...where, cell: t.address });
  return { ...counts, authors: extra.authors };
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
  // eslint-disable-next-line no-control-regex
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
 * Walk every cell once, row by row, reusing one row array. A dense sheet is walked by address
 * over its range; a sheet whose range is far larger than its cell count (a stray cell at XFD1048576)
 * is walked by its keys instead.
 */
export function walkCells(ws: XLSX.WorkSheet, onRow: RowFn, onCell: CellFn, isHidden: (r: number) => boolean = hiddenRowsOf(ws)): void {
  const ref = ws['!ref'];
  if (typeof ref !== 'string' || !ref) return;
  const range = XLSX.utils.decode_range(ref);
  const s = { r: clamp(range.s.r, MAX_ROW), c: clamp(range.s.c, MAX_COLUMN) };
  const e = { r: clamp(range.e.r, MAX_ROW), c: clamp(range.e.c, MAX_COLUMN) };
  if (e.r < s.r || e.c < s.c) return;
  const keys = Object.keys(ws);
  const area = (e.r - s.r + 1) * (e.c - s.c + 1);
  if (area <= keys.length * 4 + 4096) walkByAddress(ws, s, e, onRow, onCell, isHidden);
  else walkByKeys(ws, keys, onRow, onCell, isHidden);
}

function clamp(n: number, max: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(0, n), max) : 0;
}

function walkByAddress(ws: XLSX.WorkSheet, s: { r: number; c: number }, e: { r: number; c: number }, onRow: RowFn, onCell: CellFn, isHidden: (r: number) => boolean): void {
  const letters: string[] = [];
  for (let c = s.c; c <= e.c; c++) letters[c] = XLSX.utils.encode_col(c);
  const cells: CellValue[] = new Array<CellValue>(e.c + 1).fill(undefined);
  const sheet = ws as unknown as Record<string, XLSX.CellObject | undefined>;
  for (let r = s.r; r <= e.r; r++) {
    const rowNumber = r + 1;
    const suffix = String(rowNumber);
    let filled = false;
    for (let c = s.c; c <= e.c; c++) {
      const address = letters[c]! + suffix;
      const cell = sheet[address];
      if (cell === undefined || typeof cell !== 'object' || cell === null) continue;
      const value = cellValue(cell);
      if (value !== undefined && value !== null && value !== '') {
        cells[c] = value;
        filled = true;
      }
      onCell(address, cell, value);
    }
    if (filled) {
      onRow(rowNumber, cells, isHidden(r));
      cells.fill(undefined, s.c);
    }
  }
}

const ADDRESS = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;

function walkByKeys(ws: XLSX.WorkSheet, keys: readonly string[], onRow: RowFn, onCell: CellFn, isHidden: (r: number) => boolean): void {
  const byRow = new Map<number, Array<{ c: number; address: string }>>();
  let maxColumn = 0;
  for (const key of keys) {
    const m = ADDRESS.exec(key);
    if (!m) continue;
    const r = Number(m[2]) - 1;
    const c = XLSX.utils.decode_col(m[1]!);
    if (r > MAX_ROW || c > MAX_COLUMN) continue;
    maxColumn = Math.max(maxColumn, c);
    let list = byRow.get(r);
    if (!list) byRow.set(r, (list = []));
    list.push({ c, address: key });
  }
  const cells: CellValue[] = new Array<CellValue>(maxColumn + 1).fill(undefined);
  const sheet = ws as unknown as Record<string, XLSX.CellObject | undefined>;
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    const list = byRow.get(r)!.sort((a, b) => a.c - b.c);
    let filled = false;
    for (const { c, address } of list) {
      const cell = sheet[address];
      if (!cell || typeof cell !== 'object') continue;
      const value = cellValue(cell);
      if (value !== undefined && value !== null && value !== '') {
        cells[c] = value;
        filled = true;
      }
      onCell(address, cell, value);
    }
    if (filled) {
      onRow(r + 1, cells, isHidden(r));
      cells.fill(undefined);
    }
  }
}
