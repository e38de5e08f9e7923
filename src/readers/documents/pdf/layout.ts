/**
 * Page layout from positioned text runs: runs → lines (same baseline) → cells (runs separated
 * by a wide gap) → blocks. Consecutive lines of two or more cells whose edges line up with
 * each other form a table; everything else is prose. Pure functions, no pdf.js here.
 */

export interface TextRun {
  text: string;
  /** Left edge of the run's baseline, in page units. */
  x: number;
  /** Baseline height from the bottom of the page. */
  y: number;
  width: number;
  /** Font size in page units. */
  size: number;
}

export interface Cell {
  text: string;
  x0: number;
  x1: number;
}

export interface Line {
  /** 1-based line number on the page, top to bottom. */
  number: number;
  y: number;
  size: number;
  cells: Cell[];
}

export type Block = { kind: 'prose'; firstLine: number; text: string } | { kind: 'table'; rows: Array<{ line: number; cells: string[] }> };

/** Runs closer than this (in font sizes) belong to the same cell; pdf.js itself splits at 0.6. */
const CELL_GAP = 0.6;
/** A run starting this far (in font sizes) inside the previous run starts a new cell. */
const OVERLAP = 0.3;
/** How close (in font sizes) two edges must be to count as aligned. */
const EDGE_TOLERANCE = 0.6;
/** A table row may sit at most this many line heights below the previous one. */
const MAX_ROW_GAP = 3;
/** The next line of a wrapped cell sits at most this many font sizes below the line above. */
const WRAP_GAP = 1.6;
/**
 * Consecutive lines with this many cells or more, the same number on each, are rows of one
 * table even when their cells do not line up: columns padded with spaces in a proportional
 * font (a fixed-width report printed to PDF) start wherever the text before them ends.
 */
const MIN_SHAPED_CELLS = 3;
/**
 * Side-by-side columns of running text (a two-column newsletter) line up like a table; they are
 * read as prose, column by column, when there are few columns and their lines are long.
 */
const MAX_TEXT_COLUMNS = 3;
const MIN_TEXT_COLUMN_LINE = 40;

export function groupLines(runs: readonly TextRun[]): Line[] {
  const visible = runs.filter((r) => r.text.trim().length > 0 && Number.isFinite(r.x) && Number.isFinite(r.y));
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const current = groups[groups.length - 1];
    const anchor = current?.[0];
    if (anchor && Math.abs(anchor.y - run.y) <= Math.max(1, Math.min(anchor.size, run.size) * 0.5)) current!.push(run);
    else groups.push([run]);
  }
  return groups.map((group, i) => ({
    number: i + 1,
    y: group[0]!.y,
    size: Math.max(...group.map((r) => r.size)),
    cells: toCells(group),
  }));
}

function toCells(runs: TextRun[]): Cell[] {
  const ordered = [...runs].sort((a, b) => a.x - b.x);
  const cells: Cell[] = [];
  for (const run of ordered) {
    const last = cells[cells.length - 1];
    const gap = last ? run.x - last.x1 : Infinity;
    const size = Math.max(1, run.size);
    // The same text drawn twice at nearly the same place (fake bold) is one run.
    if (last && Math.abs(run.x - last.x0) < 0.2 * size && last.text === run.text) continue;
    // A run that starts well inside the previous one: the previous cell's text was cut off at
    // this column by the printout (a narrow spreadsheet column) and runs on under it.
    if (last && gap < -OVERLAP * size && run.x > last.x0 + OVERLAP * size) {
      last.x1 = run.x - 0.25 * size;
      cells.push({ text: run.text, x0: run.x, x1: run.x + Math.max(0, run.width) });
      continue;
    }
    if (last && gap < CELL_GAP * size) {
      const space = gap > 0.1 * size && !/\s$/.test(last.text) && !/^\s/.test(run.text) ? ' ' : '';
      last.text += space + run.text;
      last.x1 = Math.max(last.x1, run.x + run.width);
    } else {
      cells.push({ text: run.text, x0: run.x, x1: run.x + Math.max(0, run.width) });
    }
  }
  for (const cell of cells) cell.text = cell.text.replace(/\s+/g, ' ').trim();
  return cells.filter((c) => c.text.length > 0);
}

interface Candidate {
  lines: Line[];
  lefts: number[];
  rights: number[];
}

function alignedCells(line: Line, candidate: Candidate): number {
  const tol = EDGE_TOLERANCE * line.size;
  return line.cells.filter(
    (c) => candidate.lefts.some((l) => Math.abs(l - c.x0) <= tol) || candidate.rights.some((r) => Math.abs(r - c.x1) <= tol),
  ).length;
}

function continues(line: Line, candidate: Candidate): boolean {
  const previous = candidate.lines[candidate.lines.length - 1]!;
  if (previous.y - line.y > MAX_ROW_GAP * Math.max(previous.size, line.size)) return false;
  if (sameShape(line, previous)) return true;
  const aligned = alignedCells(line, candidate);
  return aligned >= 2 && aligned * 2 >= line.cells.length;
}

/**
 * A one-cell line just under a table's line, at one of its column edges: the next line of a
 * cell that wraps (a long facility name), kept in the table so the table is not cut there.
 */
function wrapsInto(line: Line, candidate: Candidate): boolean {
  const previous = candidate.lines[candidate.lines.length - 1]!;
  if (previous.y - line.y > WRAP_GAP * Math.max(previous.size, line.size)) return false;
  return alignedCells(line, candidate) === line.cells.length;
}

function addLine(candidate: Candidate, line: Line): void {
  candidate.lines.push(line);
  for (const c of line.cells) {
    candidate.lefts.push(c.x0);
    candidate.rights.push(c.x1);
  }
}

/** Split a page's lines into prose runs and tables, in reading order. */
export function toBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let prose: Line[] = [];
  let candidate: Candidate | undefined;
  const flushProse = () => {
    if (prose.length) blocks.push({ kind: 'prose', firstLine: prose[0]!.number, text: prose.map(lineText).join('\n') });
    prose = [];
  };
  const closeCandidate = () => {
    if (!candidate) return;
    if (candidate.lines.length >= 2) {
      const header = prose[prose.length - 1];
      if (header && fitsAsHeader(header, candidate.lines)) candidate.lines.unshift(prose.pop()!);
      flushProse();
      const rows = gridRows(candidate.lines);
      if (isTextColumns(rows)) blocks.push(...columnsAsProse(rows));
      else blocks.push({ kind: 'table', rows });
    } else {
      prose.push(...candidate.lines);
    }
    candidate = undefined;
  };
  for (const line of lines) {
    if (candidate && (line.cells.length >= 2 ? continues(line, candidate) : wrapsInto(line, candidate))) {
      addLine(candidate, line);
      continue;
    }
    closeCandidate();
    if (line.cells.length >= 2) {
      candidate = { lines: [], lefts: [], rights: [] };
      addLine(candidate, line);
    } else {
      prose.push(line);
    }
  }
  closeCandidate();
  flushProse();
  return blocks;
}

/**
 * A line of several cells just above a table whose cells each fall on a different column of
 * it: a header whose alignment differs from the data (left-aligned titles over numbers).
 */
function fitsAsHeader(line: Line, table: readonly Line[]): boolean {
  const first = table[0]!;
  if (line.cells.length < 2 || line.y - first.y > MAX_ROW_GAP * Math.max(line.size, first.size)) return false;
  const columns = tableColumns(table);
  const used = new Set<number>();
  for (const cell of line.cells) {
    const index = columns.findIndex((col) => cell.x0 < col.x1 && cell.x1 > col.x0);
    if (index < 0 || used.has(index)) return false;
    used.add(index);
  }
  return true;
}

function isTextColumns(rows: ReadonlyArray<{ cells: string[] }>): boolean {
  const width = Math.max(...rows.map((r) => r.cells.length));
  const filled = rows.flatMap((r) => r.cells.filter((c) => c.length > 0));
  const average = filled.reduce((sum, c) => sum + c.length, 0) / Math.max(1, filled.length);
  return width <= MAX_TEXT_COLUMNS && average >= MIN_TEXT_COLUMN_LINE;
}

/** Each column of running text as one prose block, top to bottom, left column first. */
function columnsAsProse(rows: ReadonlyArray<{ line: number; cells: string[] }>): Block[] {
  const width = Math.max(...rows.map((r) => r.cells.length));
  const blocks: Block[] = [];
  for (let c = 0; c < width; c++) {
    const lines = rows.filter((r) => r.cells[c]);
    if (lines.length) blocks.push({ kind: 'prose', firstLine: lines[0]!.line, text: lines.map((r) => r.cells[c]).join('\n') });
  }
  return blocks;
}

function lineText(line: Line): string {
  return line.cells.map((c) => c.text).join(' ');
}

interface Column {
  x0: number;
  x1: number;
}

/**
 * Columns are the horizontal extents of the table's cells merged where they overlap; two
 * neighbouring columns that no line fills both of are one column (a left-aligned header over
 * right-aligned numbers).
 */
export function tableColumns(lines: readonly Line[]): Column[] {
  const spans = lines.flatMap((l) => l.cells.map((c) => ({ x0: c.x0, x1: c.x1 }))).sort((a, b) => a.x0 - b.x0);
  const columns: Column[] = [];
  for (const s of spans) {
    const last = columns[columns.length - 1];
    if (last && s.x0 <= last.x1 + 0.5) last.x1 = Math.max(last.x1, s.x1);
    else columns.push({ ...s });
  }
  let merged = true;
  while (merged) {
    merged = false;
    for (let i = 0; i + 1 < columns.length; i++) {
      const [a, b] = [columns[i]!, columns[i + 1]!];
      const together = lines.some((l) => l.cells.some((c) => inColumn(c, a)) && l.cells.some((c) => inColumn(c, b)));
      if (!together) {
        columns.splice(i, 2, { x0: a.x0, x1: Math.max(a.x1, b.x1) });
        merged = true;
        break;
      }
    }
  }
  return columns;
}

function inColumn(cell: Cell, column: Column): boolean {
  const mid = (cell.x0 + cell.x1) / 2;
  return mid >= column.x0 - 0.5 && mid <= column.x1 + 0.5;
}

function sameShape(a: Line, b: Line): boolean {
  return a.cells.length === b.cells.length && a.cells.length >= MIN_SHAPED_CELLS;
}

function gridRows(lines: readonly Line[]): Array<{ line: number; cells: string[] }> {
  if (lines.every((l) => sameShape(l, lines[0]!))) return lines.map((l) => ({ line: l.number, cells: l.cells.map((c) => c.text) }));
  return mergeWrapped(lines, placeCells(lines, fullColumns(lines) ?? tableColumns(lines)));
}

/**
 * The columns of the lines that fill the most cells, when two or more do and their columns are
 * that many: a cell of a sparser line that runs on under the next column (text joined across a
 * column by the PDF, or overflowing into an empty neighbour) then does not merge two columns.
 */
function fullColumns(lines: readonly Line[]): Column[] | undefined {
  const most = Math.max(...lines.map((l) => l.cells.length));
  const full = lines.filter((l) => l.cells.length === most);
  if (full.length < 2 || full.length === lines.length) return undefined;
  const columns = tableColumns(full);
  return columns.length === most ? columns : undefined;
}

/**
 * Rows whose cells wrap: the lines of one row sit closer together than the rows do. When the
 * gaps between lines fall in two sizes, and many rows are separated by the larger, a line
 * after a small gap that fills fewer columns than the widest line, all of them columns the row
 * above fills too, is the next line of that row's cells: its text is appended to theirs.
 */
function mergeWrapped(lines: readonly Line[], rows: Array<{ line: number; cells: string[] }>): Array<{ line: number; cells: string[] }> {
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y);
  if (gaps.length < 2) return rows;
  const small = Math.min(...gaps);
  const large = Math.max(...gaps);
  if (large < small * 1.3) return rows;
  const threshold = (small + large) / 2;
  const wide = gaps.filter((g) => g >= threshold).length;
  if (wide < Math.max(2, (gaps.length - wide) / 4)) return rows;
  const widest = Math.max(...rows.map((r) => r.cells.filter(Boolean).length));
  const out: Array<{ line: number; cells: string[] }> = [rows[0]!];
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const above = out[out.length - 1]!;
    const filled = row.cells.map((c, k) => (c ? k : -1)).filter((k) => k >= 0);
    const wrapped =
      gaps[i - 1]! < threshold &&
      gaps[i - 1]! <= WRAP_GAP * lines[i]!.size &&
      filled.length < widest &&
      filled.every((k) => above.cells[k]);
    if (!wrapped) {
      out.push(row);
      continue;
    }
    out[out.length - 1] = { line: above.line, cells: above.cells.map((c, k) => (row.cells[k] ? `${c} ${row.cells[k]}` : c)) };
  }
  return out;
}

function placeCells(lines: readonly Line[], columns: readonly Column[]): Array<{ line: number; cells: string[] }> {
  return lines.map((line) => {
    const cells: string[] = new Array<string>(columns.length).fill('');
    for (const cell of line.cells.flatMap((c) => splitAcross(c, columns))) {
      let index = columns.findIndex((col) => inColumn(cell, col));
      if (index < 0) index = nearestColumn(cell, columns);
      cells[index] = cells[index] ? `${cells[index]} ${cell.text}` : cell.text;
    }
    return { line: line.number, cells };
  });
}

/**
 * A cell whose text runs from one column into the next (the PDF joined two cells' text into one
 * run): cut at the space nearest the column edge, by the share of the run's width before it.
 */
function splitAcross(cell: Cell, columns: readonly Column[]): Cell[] {
  const start = columns.findIndex((col) => cell.x0 >= col.x0 - 0.5 && cell.x0 <= col.x1 + 0.5);
  const next = start >= 0 ? columns[start + 1] : undefined;
  if (!next || cell.x1 <= next.x0 + 1 || cell.x1 <= cell.x0) return [cell];
  const at = Math.round(((next.x0 - cell.x0) / (cell.x1 - cell.x0)) * cell.text.length);
  let cut = -1;
  for (let d = 0; d <= 3 && cut < 0; d++) {
    if (cell.text[at - d] === ' ') cut = at - d;
    else if (cell.text[at + d] === ' ') cut = at + d;
  }
  if (cut <= 0) return [cell];
  const rest: Cell = { text: cell.text.slice(cut + 1), x0: next.x0, x1: cell.x1 };
  return [{ text: cell.text.slice(0, cut), x0: cell.x0, x1: next.x0 - 1 }, ...splitAcross(rest, columns)];
}

function nearestColumn(cell: Cell, columns: readonly Column[]): number {
  let best = 0;
  let bestDistance = Infinity;
  columns.forEach((col, i) => {
    const d = Math.abs((col.x0 + col.x1) / 2 - (cell.x0 + cell.x1) / 2);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}
