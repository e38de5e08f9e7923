/**
 * Tables as row sinks. A grid buffers a bounded window of rows, finds its tables (blocks,
 * column groups, header rows), classifies each table's columns on that sample, then only
 * counts the rest of the rows: memory does not grow with the length of a table.
 */
import type { ColumnRef, Finding, Location } from '../core/model.js';
import { columnLetter, displayText } from '../core/safe-text.js';
import { describeFinding } from '../core/describe.js';
import { fingerprint } from '../core/fingerprint.js';
import type { CellValue, ProseLocation, RowSink, TableMeta } from '../readers/types.js';
import type { DetectOptions } from '../config/scan-options.js';
import { NAME_KINDS, classifyColumn, type ClassifyContext, type ColumnClass } from './columns.js';
import { cellText } from './recognizers.js';
import { safePlace } from './safe-place.js';
import { headerKind } from './headers.js';
import {
  findHeader,
  isBlank,
  mergeAlignedGroups,
  splitAtRepeatedHeaders,
  rowIsBlank,
  splitColumnGroups,
  type BufferedRow,
  type ColumnGroup,
  type GroupLayout,
} from './segment.js';
import { decideTable, emptyCounts, identifierColumns, severityFor, type TableCounts } from './table-decision.js';
import { turnGroup, type TurnedGroup } from './transpose.js';

/** Rows buffered per block before classification (title rows + header + sample). */
export const WINDOW_ROWS = 220;
/**
 * Non-empty cells kept per buffered row. Counted over occupied cells, not column positions, so a
 * roster parked far to the right of empty columns is still read.
 */
export const MAX_COLUMNS = 1024;
/** Characters kept per buffered cell. */
const MAX_CELL_CHARS = 400;

export interface TableContext extends ClassifyContext {
  path: string;
  options: DetectOptions;
  emit(finding: Finding): void;
  /** Judge text as prose (for rebuilt tables that were not person tables). */
  prose?(text: string, where: ProseLocation): void;
}

/** Text kept from a rebuilt table for the prose fallback. */
const MAX_REBUILT_TEXT = 1 << 20;

/**
 * A bounded copy of a row for the window: the first MAX_COLUMNS non-empty cells, each at its own
 * column index (a row with cells far to the right becomes a sparse array), long text cut.
 */
function copyCells(cells: readonly CellValue[]): CellValue[] {
  const out: CellValue[] = [];
  let kept = 0;
  for (let i = 0; i < cells.length && kept < MAX_COLUMNS; i++) {
    const v = cells[i];
    if (isBlank(v)) continue;
    out[i] = typeof v === 'string' && v.length > MAX_CELL_CHARS ? v.slice(0, MAX_CELL_CHARS) : v;
    kept++;
  }
  return out;
}

/** One classified table: counts person rows as rows stream past. */
export class ActiveTable {
  readonly counts: TableCounts = emptyCounts();
  private readonly ids: ColumnClass[];
  private readonly claims: ColumnClass[];

  constructor(
    readonly meta: TableMeta,
    readonly group: ColumnGroup,
    readonly columns: ColumnClass[],
    /** Whether the table had a header row (records always do). */
    readonly hasHeader: boolean,
  ) {
    // Cheap shape tests (numbers) before name tests: the first accepted cell decides the row.
    this.ids = identifierColumns(columns)
      .filter((c) => c.accept)
      .sort((a, b) => costOf(a) - costOf(b));
    this.claims = columns.filter((c) => c.claim && c.accept);
  }

  get hasIdentifiers(): boolean {
    return this.ids.length > 0;
  }

  add(rowNumber: number, cells: readonly CellValue[], hidden: boolean): void {
    if (rowIsBlank(cells, this.group.from, this.group.to)) return;
    const counts = this.counts;
    counts.dataRows++;
    if (!this.ids.length) return;
    if (!this.anyAccepted(this.ids, cells)) return;
    counts.personRows++;
    if (counts.firstRow === 0) counts.firstRow = rowNumber;
    counts.lastRow = rowNumber;
    if (hidden) counts.hiddenPersonRows++;
    if (this.claims.length && this.anyAccepted(this.claims, cells)) counts.claimRows++;
  }

  private anyAccepted(columns: readonly ColumnClass[], cells: readonly CellValue[]): boolean {
    for (const c of columns) {
      const v = cells[c.index];
      if (isBlank(v)) continue;
      if (c.accept!(v, cellText(v))) return true;
    }
    return false;
  }

  /** The finding for this table, if it is a person-level table. */
  finding(ctx: TableContext): Finding | undefined {
    const verdict = decideTable(this.columns, this.counts);
    if (!verdict) return undefined;
    const meta = this.meta;
    const columns: ColumnRef[] = verdict.columns.map((c) => columnRef(c, meta));
    const location: Location = {
      ...(meta.entry !== undefined ? { entry: meta.entry } : {}),
      ...(meta.sheet !== undefined ? { sheet: safePlace(meta.sheet) } : {}),
      ...(meta.sheetState !== undefined ? { sheetState: meta.sheetState } : {}),
      surface: meta.surface,
      ...(meta.page !== undefined ? { page: meta.page } : {}),
      rows: { first: this.counts.firstRow, last: this.counts.lastRow },
      columns,
    };
    if (this.counts.hiddenPersonRows) location.hiddenRows = this.counts.hiddenPersonRows;
    const hiddenColumns = verdict.columns
      .filter((c) => meta.hiddenColumns?.has(c.index))
      .map((c) => (meta.lettered ? columnLetter(c.index) : `#${c.index + 1}`));
    if (hiddenColumns.length) location.hiddenColumns = hiddenColumns;
    const count = this.counts.personRows;
    return {
      rule: verdict.rule,
      severity: severityFor(verdict.rule, ctx.options.severityOverrides ?? {}),
      message: describeFinding(verdict.rule, location, count),
      location,
      count,
      fingerprint: fingerprint(ctx.path, verdict.rule, location),
    };
  }
}

/** Whether a row has a non-blank cell right of column `right`. */
function beyond(cells: readonly CellValue[], right: number): boolean {
  for (let i = right + 1; i < cells.length; i++) if (!isBlank(cells[i])) return true;
  return false;
}

/**
 * A header row that is really a data row (a headerless table whose first row looked like
 * words) must never be shown: when an identifier column's own test accepts its header cell,
 * and that header is not a known header word, every header of the table is withheld.
 */
function withholdHeadersThatAreValues(columns: ColumnClass[], ctx: ClassifyContext): ColumnClass[] {
  const suspicious = columns.some((c) => {
    if (!c.header || !c.identifier || !c.accept) return false;
    if (headerKind(c.header, ctx.vocab)?.exact) return false;
    return c.accept(c.header, c.header);
  });
  if (!suspicious) return columns;
  return columns.map((c) => ({ ...c, headerSafe: false }));
}

function costOf(c: ColumnClass): number {
  return NAME_KINDS.has(c.kind) ? 1 : 0;
}

function columnRef(c: ColumnClass, meta: TableMeta): ColumnRef {
  const ref: ColumnRef = { index: c.index, kind: c.kind };
  if (meta.lettered) ref.letter = columnLetter(c.index);
  if (c.header && c.headerSafe) ref.header = displayText(c.header, 80);
  return ref;
}

/** Classify the columns of one group from the window rows. */
export function classifyGroup(
  rows: readonly BufferedRow[],
  group: ColumnGroup,
  layout: GroupLayout,
  header: readonly CellValue[] | undefined,
  ctx: ClassifyContext,
): ColumnClass[] {
  const columns: ColumnClass[] = [];
  for (let index = group.from; index <= group.to; index++) {
    const values: CellValue[] = [];
    for (let r = layout.dataFrom; r < rows.length; r++) values.push(rows[r]!.cells[index]);
    const h = header?.[index];
    columns.push(classifyColumn({ index, header: typeof h === 'string' || typeof h === 'number' ? String(h) : undefined, values }, ctx));
  }
  return withholdHeadersThatAreValues(columns, ctx);
}

/**
 * A table read a quarter turn (transpose.ts): one person per column. Its records are built from
 * the window once; rows that arrive later are further fields of people already counted. The
 * finding names the fields by their rows and the people by their columns.
 */
export class TransposedTable extends ActiveTable {
  private readonly fieldRows: readonly number[];
  private readonly letters: boolean;

  constructor(meta: TableMeta, turned: TurnedGroup, ctx: ClassifyContext) {
    const records: BufferedRow[] = turned.records.map((r) => ({ rowNumber: r.column + 1, cells: r.cells, hidden: false }));
    const fields = { from: 0, to: turned.header.length - 1 };
    super(
      { ...meta, lettered: false, hiddenColumns: undefined },
      fields,
      classifyGroup(records, fields, { headerAt: -1, dataFrom: 0 }, turned.header, ctx),
      true,
    );
    this.fieldRows = turned.fieldRows;
    for (const r of records) super.add(r.rowNumber, r.cells, meta.hiddenColumns?.has(r.rowNumber - 1) === true);
    this.letters = meta.lettered === true;
  }

  override add(): void {
    // Later rows are further fields of the same people.
  }

  override finding(ctx: TableContext): Finding | undefined {
    const f = super.finding(ctx);
    if (!f) return undefined;
    const columns = (f.location.columns ?? []).map((c) => ({ ...c, index: this.fieldRows[c.index]! - 1 }));
    const fieldRows = columns.map((c) => c.index + 1);
    const letter = (n: number) => (this.letters ? columnLetter(n - 1) : `#${n}`);
    const location: Location = {
      ...f.location,
      columns,
      rows: { first: Math.min(...fieldRows), last: Math.max(...fieldRows) },
      personColumns: { first: letter(this.counts.firstRow), last: letter(this.counts.lastRow) },
    };
    delete location.hiddenColumns;
    return { ...f, location, message: describeFinding(f.rule, location, f.count), fingerprint: fingerprint(ctx.path, f.rule, location) };
  }
}

/**
 * The row sink for one reader table. For 'grid' tables: blank rows separate stacked tables,
 * blank columns separate side-by-side tables, each finds its own header. For 'records': the
 * header is given and the whole table is one.
 */
export class TableSink implements RowSink {
  private window: BufferedRow[] = [];
  private active: ActiveTable[] | undefined;
  private pending: ActiveTable[] = [];
  private lastRow = 0;
  private ended = false;
  /** A rebuilt table's text by line, until a finding says it was read as a table. */
  private text: { first: number; line: number; parts: string[]; size: number } | undefined;
  /** Whether a finding at the top of the scale came from this table (no prose fallback then). */
  private foundRecords = false;

  constructor(
    private readonly meta: TableMeta,
    private readonly ctx: TableContext,
  ) {
    if (meta.rebuilt && ctx.prose) this.text = { first: 0, line: 0, parts: [], size: 0 };
  }

  row(rowNumber: number, cells: readonly CellValue[], hidden?: boolean): void {
    if (this.ended) return;
    if (this.text) this.keepText(rowNumber, cells);
    const records = this.meta.shape === 'records';
    // Readers may leave empty rows out: a gap in row numbers is a blank row (not in a rebuilt
    // table, whose rows are numbered by the first page line of each, wrapped cells included).
    if (!records && !this.meta.rebuilt && this.lastRow > 0 && rowNumber > this.lastRow + 1) this.blankRow();
    this.lastRow = rowNumber;
    const blank = rowIsBlank(cells);
    if (blank) {
      if (!records) this.blankRow();
      return;
    }
    if (this.active && !(this.activeRight >= 0 && beyond(cells, this.activeRight))) {
      for (const t of this.active) t.add(rowNumber, cells, hidden === true);
      return;
    }
    // A row with cells right of every column of the tables being counted starts another table
    // (a roster stacked under a long statistics table with no blank row between them): the block
    // ends as at a blank row and this row starts a new window.
    if (this.active) this.closeActive();
    this.window.push({ rowNumber, cells: copyCells(cells), hidden: hidden === true });
    if (this.window.length >= WINDOW_ROWS) this.analyseWindow();
  }

  /** A blank row in a grid ends the current block (stacked tables). */
  private blankRow(): void {
    if (this.active) {
      this.closeActive();
    } else if (this.window.length) {
      this.analyseWindow();
      this.closeActive();
    }
  }

  end(): void {
    if (this.ended) return;
    if (!this.active && this.window.length) this.analyseWindow();
    this.closeActive();
    this.emit(this.pending);
    this.pending = [];
    this.ended = true;
    const text = this.text;
    this.text = undefined;
    if (text?.parts.length && !this.foundRecords) {
      const m = this.meta;
      this.ctx.prose!(text.parts.join(''), {
        surface: 'text',
        line: text.first,
        ...(m.page !== undefined ? { page: m.page } : {}),
        ...(m.entry !== undefined ? { entry: m.entry } : {}),
      });
    }
  }

  /** A rebuilt row's cells as one line of text, on its own line number. */
  private keepText(rowNumber: number, cells: readonly CellValue[]): void {
    const t = this.text!;
    if (t.size > MAX_REBUILT_TEXT) return;
    const line = cells
      .filter((c) => !isBlank(c))
      .map((c) => cellText(c))
      .join('  ');
    if (!line) return;
    if (!t.parts.length) t.first = rowNumber;
    else t.parts.push('\n'.repeat(Math.min(200, Math.max(1, rowNumber - t.line))));
    t.parts.push(line);
    t.line = rowNumber;
    t.size += line.length;
  }

  /**
   * The rightmost column of the grid tables being counted, or -1 when rows are not checked for
   * it (no active table, records, a rebuilt table, or a table read a quarter turn).
   */
  private get activeRight(): number {
    const active = this.active;
    if (!active?.length || this.meta.shape === 'records' || this.meta.rebuilt) return -1;
    let right = -1;
    for (const t of active) {
      if (t instanceof TransposedTable) return -1;
      right = Math.max(right, t.group.to);
    }
    return right;
  }

  private analyseWindow(): void {
    const rows = this.window;
    this.window = [];
    if (this.meta.shape === 'records') {
      const tables: ActiveTable[] = [];
      const header = (this.meta.header ?? []).slice(0, MAX_COLUMNS);
      let width = header.length;
      for (const r of rows) width = Math.max(width, r.cells.length);
      if (width > 0) {
        const group = { from: 0, to: width - 1 };
        const table = new ActiveTable(this.meta, group, classifyGroup(rows, group, { headerAt: -1, dataFrom: 0 }, header, this.ctx), true);
        for (const r of rows) table.add(r.rowNumber, r.cells, r.hidden);
        tables.push(table);
      }
      this.active = tables;
      return;
    }
    const carried = this.pending;
    this.pending = [];
    const continued = new Set<ActiveTable>();
    const parts = splitAtRepeatedHeaders(rows, this.ctx.vocab);
    let tables: ActiveTable[] = [];
    parts.forEach((part, i) => {
      // A part followed by another header has ended: judge it now.
      if (i > 0) this.emit(tables);
      tables = this.analysePart(part, i === 0 ? carried : [], continued);
      if (i === 0) this.emit(carried.filter((p) => !continued.has(p)));
    });
    this.active = tables;
  }

  private analysePart(rows: readonly BufferedRow[], carried: readonly ActiveTable[], continued: Set<ActiveTable>): ActiveTable[] {
    const tables: ActiveTable[] = [];
    for (const group of mergeAlignedGroups(rows, splitColumnGroups(rows), this.ctx.vocab)) {
      const layout = findHeader(rows, group, this.ctx.vocab);
      const header = layout.headerAt >= 0 ? rows[layout.headerAt]!.cells : undefined;
      const columns = classifyGroup(rows, group, layout, header, this.ctx);
      let table = new ActiveTable(this.meta, group, columns, layout.headerAt >= 0);
      if (!table.hasIdentifiers) {
        // One person per column, labels down the first column: read it a quarter turn.
        const turned = turnGroup(rows, group, this.ctx.vocab);
        const transposed = turned && new TransposedTable(this.meta, turned, this.ctx);
        if (transposed?.hasIdentifiers) {
          tables.push(transposed);
          continue;
        }
      }
      // A headerless block under a person table (a stray blank row in a roster) continues it.
      if (!table.hasHeader && !table.hasIdentifiers) {
        const previous = carried.find(
          (p) => !continued.has(p) && p.hasHeader && p.hasIdentifiers && group.from >= p.group.from && group.to <= p.group.to,
        );
        if (previous) {
          continued.add(previous);
          table = previous;
        }
      }
      for (let r = layout.dataFrom; r < rows.length; r++) table.add(rows[r]!.rowNumber, rows[r]!.cells, rows[r]!.hidden);
      tables.push(table);
    }
    return tables;
  }

  /** Stacked tables stay pending after a blank row, in case the next block continues them. */
  private closeActive(): void {
    const active = this.active;
    this.active = undefined;
    if (active) this.pending.push(...active);
  }

  private emit(tables: readonly ActiveTable[]): void {
    for (const t of tables) {
      const f = t.finding(this.ctx);
      if (!f) continue;
      this.ctx.emit(f);
      // Short of a claim, cells cut in the wrong places may have hidden one: the text is still judged.
      if (f.rule === 'person-record.protection-claim') this.foundRecords = true;
    }
  }
}
