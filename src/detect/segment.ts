/**
 * Finding tables in a grid: blocks of rows separated by blank rows (stacked tables), column
 * groups separated by blank columns (side-by-side tables), and the header row of each group
 * below any title block. Pure functions over a bounded window of buffered rows.
 */
import type { CellValue } from '../readers/types.js';
import { headerKind, isExactHeader, type HeaderVocabulary } from './headers.js';
import { cellText, isClaimText, looksLikeValue } from './recognizers.js';

/** A claim term with a result word is a value ("Positive Credible Fear"), not a header. */
const CLAIM_RESULT = /\b(?:positive|negative|established|found|vacated|affirmed|granted|denied|referred|positivo|negativo)\b/i;

export interface BufferedRow {
  rowNumber: number;
  cells: CellValue[];
  hidden: boolean;
}

/** A run of adjacent occupied columns [from, to] (inclusive, absolute indexes). */
export interface ColumnGroup {
  from: number;
  to: number;
}

export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (typeof value === 'string') return value.trim() === '';
  return false;
}

export function rowIsBlank(cells: readonly CellValue[], from = 0, to = cells.length - 1): boolean {
  const end = Math.min(to, cells.length - 1);
  for (let i = from; i <= end; i++) if (!isBlank(cells[i])) return false;
  return true;
}

function nonEmptyCount(cells: readonly CellValue[], group: ColumnGroup): number {
  let n = 0;
  const end = Math.min(group.to, cells.length - 1);
  for (let i = group.from; i <= end; i++) if (!isBlank(cells[i])) n++;
  return n;
}

/** Side-by-side tables: groups of columns separated by columns that are empty in every row. */
export function splitColumnGroups(rows: readonly BufferedRow[]): ColumnGroup[] {
  let width = 0;
  for (const r of rows) width = Math.max(width, r.cells.length);
  const occupied = new Uint8Array(width);
  // Buffered rows may be sparse (cells far to the right of empty columns): forEach skips holes.
  for (const r of rows)
    r.cells.forEach((v, i) => {
      if (!isBlank(v)) occupied[i] = 1;
    });
  const groups: ColumnGroup[] = [];
  let start = -1;
  for (let i = 0; i <= width; i++) {
    const on = i < width && occupied[i] === 1;
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      groups.push({ from: start, to: i - 1 });
      start = -1;
    }
  }
  return groups;
}

const YEAR_HEADER = /^(?:19|20)\d{2}$/;

/** Whether a row reads as a header: text cells, none of which looks like a value. */
export function isHeaderLike(cells: readonly CellValue[], group: ColumnGroup, vocab: HeaderVocabulary): boolean {
  let text = 0;
  let known = 0;
  const end = Math.min(group.to, cells.length - 1);
  for (let i = group.from; i <= end; i++) {
    const v = cells[i];
    if (isBlank(v)) continue;
    if (typeof v === 'number') {
      if (Number.isInteger(v) && YEAR_HEADER.test(String(v))) continue; // year columns: 2019, 2020...
      return false;
    }
    if (typeof v !== 'string') return false;
    const t = cellText(v);
    const match = headerKind(t, vocab);
    if (match?.exact) {
      known++;
      continue;
    }
    if (looksLikeValue(t) || (CLAIM_RESULT.test(t) && isClaimText(t))) return false;
    if (/^-?[\d,.]+%?$/.test(t)) return false;
    text++;
  }
  return known + text > 0;
}

export interface GroupLayout {
  /** Index into the window of the header row, or -1 for a headerless table. */
  headerAt: number;
  /** Index into the window of the first data row. */
  dataFrom: number;
}

/** How many rows from the top of a group may be title rows before the header. */
const MAX_TITLE_ROWS = 12;

/**
 * Find the header row of one group: skip narrow title rows (fewer than half the group's widest
 * row); the first wide row is the header when it reads like one, else the table is headerless
 * and that row is its first data row.
 */
export function findHeader(rows: readonly BufferedRow[], group: ColumnGroup, vocab: HeaderVocabulary): GroupLayout {
  let widest = 0;
  const counts = rows.map((r) => nonEmptyCount(r.cells, group));
  for (const c of counts) widest = Math.max(widest, c);
  if (widest === 0) return { headerAt: -1, dataFrom: rows.length };
  const wide = widest >= 2 ? Math.max(2, Math.ceil(widest * 0.5)) : 1;
  const limit = Math.min(rows.length, MAX_TITLE_ROWS + 1);
  for (let i = 0; i < limit; i++) {
    if (counts[i]! < wide) continue;
    if (widest >= 2 || rows.length > 1) {
      if (isHeaderLike(rows[i]!.cells, group, vocab) && hasDataBelow(counts, i)) return { headerAt: i, dataFrom: i + 1 };
    }
    return { headerAt: -1, dataFrom: firstNonEmpty(counts, 0) };
  }
  return { headerAt: -1, dataFrom: firstNonEmpty(counts, 0) };
}

function hasDataBelow(counts: readonly number[], at: number): boolean {
  for (let i = at + 1; i < counts.length; i++) if (counts[i]! > 0) return true;
  return false;
}

function firstNonEmpty(counts: readonly number[], from: number): number {
  for (let i = from; i < counts.length; i++) if (counts[i]! > 0) return i;
  return counts.length;
}

/** Widest gap (empty columns) across which two aligned groups merge without further evidence. */
const MAX_MERGE_GAP = 2;

/**
 * Side-by-side groups that are really one table: the same header row (or both headerless), and
 * data on the same rows. The identity half and the claim half of one roster may be any number
 * of empty columns apart, so the gap is not a reason to split. Genuinely separate tables have
 * their own row ranges or header rows; when they line up row for row anyway, merging two
 * aggregates is harmless (no identifiers, no finding). Across a gap wider than MAX_MERGE_GAP,
 * a group that reads as an aggregate (most of its columns are counts) is not merged, so a staff
 * list beside an equally long table of claim outcomes and their counts stays two tables.
 */
export function mergeAlignedGroups(rows: readonly BufferedRow[], groups: readonly ColumnGroup[], vocab: HeaderVocabulary): ColumnGroup[] {
  const out: ColumnGroup[] = [];
  let prevLayout: GroupLayout | undefined;
  for (const g of groups) {
    const layout = findHeader(rows, g, vocab);
    const prev = out[out.length - 1];
    if (
      prev &&
      prevLayout &&
      layout.headerAt === prevLayout.headerAt &&
      layout.dataFrom === prevLayout.dataFrom &&
      rowsAlign(rows, prev, g, layout.dataFrom) &&
      (g.from - prev.to - 1 <= MAX_MERGE_GAP || (!isAggregate(rows, prev, layout.dataFrom) && !isAggregate(rows, g, layout.dataFrom)))
    ) {
      const merged = { from: prev.from, to: g.to };
      out[out.length - 1] = merged;
      prevLayout = findHeader(rows, merged, vocab);
      continue;
    }
    out.push(g);
    prevLayout = layout;
  }
  return out;
}

/** A count: a whole number below a million (A-numbers and other identifiers are longer). */
function isCountCell(value: CellValue): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) < 1e6;
  if (typeof value !== 'string') return false;
  const t = value.trim();
  return /^-?\d{1,3}(?:,\d{3})?(?:\.\d+)?%?$/.test(t) || /^-?\d{1,6}(?:\.\d+)?%?$/.test(t);
}

/** Whether at least half of a group's occupied columns hold counts in most data rows. */
function isAggregate(rows: readonly BufferedRow[], group: ColumnGroup, from: number): boolean {
  let columns = 0;
  let counting = 0;
  for (let c = group.from; c <= group.to; c++) {
    let filled = 0;
    let counts = 0;
    for (let i = from; i < rows.length; i++) {
      const v = rows[i]!.cells[c];
      if (isBlank(v)) continue;
      filled++;
      if (isCountCell(v)) counts++;
    }
    if (!filled) continue;
    columns++;
    if (counts >= filled * 0.8) counting++;
  }
  return columns > 0 && counting * 2 >= columns;
}

/** Whether two groups hold data on (nearly) the same rows from `from` on. */
function rowsAlign(rows: readonly BufferedRow[], a: ColumnGroup, b: ColumnGroup, from: number): boolean {
  let both = 0;
  let one = 0;
  for (let i = from; i < rows.length; i++) {
    const inA = nonEmptyCount(rows[i]!.cells, a) > 0;
    const inB = nonEmptyCount(rows[i]!.cells, b) > 0;
    if (inA && inB) both++;
    else if (inA || inB) one++;
  }
  return both >= 2 && one <= both * 0.2;
}

/**
 * Stacked tables with no blank row between them: a later row that reads as a header (two or
 * more known header words, nothing that looks like a value) starts a new table. Returns the
 * window cut into parts, each to be segmented on its own.
 */
export function splitAtRepeatedHeaders(rows: readonly BufferedRow[], vocab: HeaderVocabulary): BufferedRow[][] {
  const cuts: number[] = [];
  let seenHeader = false;
  // Columns repeat their values (countries, statuses): each distinct cell is looked up once.
  const known = new Map<string, boolean>();
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i]!.cells;
    if (knownHeaderCells(cells, vocab, known) < 2) continue;
    const whole = { from: 0, to: cells.length - 1 };
    if (!isHeaderLike(cells, whole, vocab)) continue;
    if (seenHeader && i > 0) cuts.push(i);
    seenHeader = true;
  }
  if (!cuts.length) return [rows as BufferedRow[]];
  const parts: BufferedRow[][] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(rows.slice(from, cut));
    from = cut;
  }
  parts.push(rows.slice(from));
  return parts;
}

function knownHeaderCells(cells: readonly CellValue[], vocab: HeaderVocabulary, known: Map<string, boolean>): number {
  let n = 0;
  for (const v of cells) {
    if (typeof v !== 'string' || v.length > 80) continue;
    let exact = known.get(v);
    if (exact === undefined) {
      exact = isExactHeader(v, vocab);
      known.set(v, exact);
    }
    if (exact) n++;
  }
  return n;
}
