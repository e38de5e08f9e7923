/**
 * Transposed tables: one person per column, the field labels down the first column ("Name",
 * "A-Number", "Date of Birth", "Fear Decision" in column A, one detainee in each of B, C, ...).
 * This module decides whether a group's first column holds field labels and turns the group a
 * quarter turn (each label a header, each further column a record); table.ts classifies the
 * turned table exactly as it would any table.
 */
import type { CellValue } from '../readers/types.js';
import { headerKind, type HeaderVocabulary } from './headers.js';
import { cellText, looksLikeValue } from './recognizers.js';
import { isBlank, type BufferedRow, type ColumnGroup } from './segment.js';

/** Labels down the first column: at least this many name a known kind... */
const MIN_KNOWN_LABELS = 3;
/** ...and at least this share of the non-empty labels do. */
const MIN_KNOWN_SHARE = 0.5;

/**
 * Whether the first column of a group reads as field labels: short text cells, none of which
 * looks like a value unless it is a known header, most of which name a column kind (at least two different kinds).
 */
export function hasLabelColumn(rows: readonly BufferedRow[], group: ColumnGroup, vocab: HeaderVocabulary): boolean {
  if (group.to <= group.from) return false;
  let labels = 0;
  let known = 0;
  const kinds = new Set<string>();
  for (const r of rows) {
    const v = r.cells[group.from];
    if (isBlank(v)) continue;
    if (typeof v !== 'string') return false;
    const t = cellText(v);
    if (t.length > 80) return false;
    const match = headerKind(t, vocab);
    // A known header word is a label even when it could be a value ("Detention Facility").
    if (!match?.exact && looksLikeValue(t)) return false;
    labels++;
    if (match) {
      known++;
      kinds.add(match.kind);
    }
  }
  return known >= MIN_KNOWN_LABELS && kinds.size >= 2 && known >= labels * MIN_KNOWN_SHARE;
}

export interface TurnedGroup {
  /** Row number of each field (the turned table's columns). */
  fieldRows: number[];
  /** The labels: the turned table's header. */
  header: CellValue[];
  /** One record per occupied column after the labels; `column` is its 0-based absolute index. */
  records: Array<{ column: number; cells: CellValue[] }>;
}

/** The group turned a quarter turn, when its first column holds field labels. */
export function turnGroup(rows: readonly BufferedRow[], group: ColumnGroup, vocab: HeaderVocabulary): TurnedGroup | undefined {
  if (!hasLabelColumn(rows, group, vocab)) return undefined;
  const fieldRows: number[] = [];
  const header: CellValue[] = [];
  const source: BufferedRow[] = [];
  for (const r of rows) {
    let any = false;
    for (let c = group.from; c <= group.to && !any; c++) any = !isBlank(r.cells[c]);
    if (!any) continue;
    fieldRows.push(r.rowNumber);
    header.push(r.cells[group.from]);
    source.push(r);
  }
  const records: TurnedGroup['records'] = [];
  for (let c = group.from + 1; c <= group.to; c++) {
    const cells = source.map((r) => r.cells[c]);
    if (cells.some((v) => !isBlank(v))) records.push({ column: c, cells });
  }
  return records.length ? { fieldRows, header, records } : undefined;
}
