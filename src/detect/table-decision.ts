/**
 * The table decision: is this a table of people, and how bad is it? A table is person-level
 * when its rows carry a direct identifier (a name column or an immigration-number column) that
 * holds accepted values. Vocabulary alone never makes a finding.
 */
import { isSeverity, type RuleId, type Severity } from '../core/model.js';
import { NAME_KINDS, NUMBER_KINDS, STRONG_QUASI, WEAK_QUASI, type ColumnClass } from './columns.js';
import { normaliseHeader } from './headers.js';

export const DEFAULT_SEVERITY: Record<RuleId, Severity> = {
  'person-record.protection-claim': 'critical',
  'person-record.quasi-identifier': 'high',
  'person-record.immigration-number': 'high',
  'person-record.names-only': 'notice',
  'prose.protection-claim': 'critical',
  'prose.immigration-number': 'high',
  'prose.name-birthdate': 'high',
  'file-name.identifier': 'high',
  'metadata.author': 'notice',
  'metadata.external-link': 'notice',
  custom: 'high',
};

/** Running counts for one table. Bounded: counts and first/last rows only. */
export interface TableCounts {
  personRows: number;
  firstRow: number;
  lastRow: number;
  hiddenPersonRows: number;
  /** Person rows whose claim columns hold a claim value. */
  claimRows: number;
  /** Data rows seen (person or not). */
  dataRows: number;
}

export function emptyCounts(): TableCounts {
  return { personRows: 0, firstRow: 0, lastRow: 0, hiddenPersonRows: 0, claimRows: 0, dataRows: 0 };
}

export interface TableVerdict {
  rule: RuleId;
  /** Columns named in the finding, in sheet order. */
  columns: ColumnClass[];
}

/**
 * The columns that identify people in this table. Evidence combines like this:
 *  - a strong identifier (a name or number column its header or its values make certain)
 *    identifies on its own;
 *  - weak evidence found without a header (a bare nine-digit column, names with no known given
 *    name, names in a script without letter case) counts only beside other identity evidence:
 *    a strong identifier, a birthdate or birth year (from a header), a protection-claim column,
 *    a quasi-identifier named by its header (nationality, facility, book-in date...), two
 *    quasi-identifiers found by their values, or weak evidence of the other kind;
 *  - staff columns (names under "Officer in Charge", "Warden"...) count only when the table
 *    has no other identifier, and then only as a staff directory (see decideTable).
 */
export function identifierColumns(columns: readonly ColumnClass[]): ColumnClass[] {
  const ids = columns.filter((c) => c.identifier && !c.bareOnly && !c.staff);
  const staff = columns.filter((c) => c.identifier && c.staff);
  const weak = columns.filter((c) => c.identifier && c.bareOnly);
  if (weak.length) {
    const quasi = columns.filter((c) => STRONG_QUASI.has(c.kind) && c.nonEmpty > 0);
    const companion =
      ids.length > 0 ||
      columns.some((c) => c.kind === 'birthdate' || c.kind === 'birth-year' || c.claim) ||
      quasi.some((c) => !c.fromValues) ||
      quasi.length >= 2 ||
      new Set(weak.map((c) => c.kind)).size >= 2;
    if (companion) ids.push(...weak);
  }
  if (!ids.length) ids.push(...staff);
  return ids.sort(byIndex);
}

function byIndex(a: ColumnClass, b: ColumnClass): number {
  return a.index - b.index;
}

/**
 * Details that say a row is a record kept about the person named in it, not a mention of a
 * person in a row about something else: birth facts, detention facts, and a citizenship or
 * nationality its header names as such. The bare header "Country" does not: a film's, a team's
 * or an office's country is not a person's citizenship. Without a header (a headerless export),
 * a column of country names filled in most rows counts; one filled in a few rows (a survey's
 * "French" checkbox under "languages") does not.
 */
const RECORD_DETAILS: ReadonlySet<string> = new Set([
  'birthdate',
  'birth-year',
  'birth-country',
  'facility',
  'facility-code',
  'book-in-date',
  'book-out-date',
]);
const GENERIC_COUNTRY_HEADERS: ReadonlySet<string> = new Set(['country', 'pais', 'countries', 'country name']);

function isRecordDetail(c: ColumnClass): boolean {
  if (RECORD_DETAILS.has(c.kind)) return true;
  if (c.kind !== 'nationality') return false;
  if (c.fromValues) return c.nonEmpty >= 3 && c.nonEmpty * 2 >= (c.sampled ?? 0);
  return !!c.header && !GENERIC_COUNTRY_HEADERS.has(normaliseHeader(c.header));
}

/**
 * Whether the identifiers say on their own that each row is a person: an immigration number,
 * a name column its header names, or a configured recognizer. Names recognised only by their
 * values say less: a person is named in the row (a film's subject, a book's author, a race's
 * winner), not that the row is about that person.
 */
function rowsArePeople(ids: readonly ColumnClass[]): boolean {
  return ids.some((c) => NUMBER_KINDS.has(c.kind) || !!c.customId || !c.fromValues);
}

/**
 * How the evidence of a table combines into one verdict:
 *  - no identifier, or no row where one holds a value: no finding;
 *  - staff names only: a names-only notice (a directory of officials);
 *  - a protection-claim column with values in person rows: a protection-claim record (critical);
 *  - quasi-identifiers beside the identifiers: a quasi-identifier record (high), once the rows
 *    are known to be people: by the identifiers themselves (rowsArePeople: a name header, an
 *    immigration number) or, beside names found only by their values, by at least one record
 *    detail (isRecordDetail: birth, detention, citizenship). Then any strong detail (birth,
 *    nationality, facility, ethnicity, religion...) or gender with another weak one (age,
 *    marital status...) makes the record, and all are named. Demographics alone (race, sex,
 *    age, a bare "Country") describe the subjects of any public catalogue (films about public
 *    figures, athletes, candidates) and, with no claim, no number and no birthdate, do not make
 *    such a catalogue a roster;
 *  - otherwise immigration numbers alone (high), then names alone (a notice).
 */
export function decideTable(columns: readonly ColumnClass[], counts: TableCounts): TableVerdict | undefined {
  const ids = identifierColumns(columns);
  if (!ids.length || counts.personRows === 0) return undefined;
  const idSet = new Set(ids);
  // A staff directory (officials' names beside facilities) is a names-only notice, never a record.
  if (ids.every((c) => c.staff)) return { rule: 'person-record.names-only', columns: ids };
  // Claim columns count by rows (claimRows), so one empty in the sample still counts further down.
  const rest = columns.filter((c) => !idSet.has(c) && (c.nonEmpty > 0 || c.claim));
  const claims = rest.filter((c) => c.claim);
  // Rows are people by their identifiers, or by a record detail beside value-found names; only
  // then do details make a quasi-identifier record (and all of them are named in the finding).
  const people = rowsArePeople(ids) || rest.some(isRecordDetail);
  const strong = people ? rest.filter((c) => STRONG_QUASI.has(c.kind)) : [];
  const weak = people ? rest.filter((c) => WEAK_QUASI.has(c.kind) && !c.claim) : [];
  const sort = (xs: ColumnClass[]) => xs.sort((a, b) => a.index - b.index);

  const gender = weak.some((c) => c.kind === 'gender');
  const quasi = strong.length ? [...strong, ...weak] : gender && weak.length >= 2 ? weak : [];
  // A claim finding names every sensitive column of the group (identifiers, claims and the
  // quasi-identifiers beside them), so a reviewer sees all that the file would expose.
  if (claims.length && counts.claimRows > 0)
    return { rule: 'person-record.protection-claim', columns: sort([...ids, ...claims, ...quasi.filter((c) => !c.claim)]) };
  if (quasi.length) return { rule: 'person-record.quasi-identifier', columns: sort([...ids, ...quasi]) };
  const numbers = ids.filter((c) => NUMBER_KINDS.has(c.kind) && !c.customId);
  if (numbers.length) return { rule: 'person-record.immigration-number', columns: ids };
  const names = ids.filter((c) => NAME_KINDS.has(c.kind) && !c.customId);
  if (names.length) return { rule: 'person-record.names-only', columns: ids };
  return { rule: 'custom', columns: ids };
}

/** The rule's severity, or its configured override when that is a real severity. */
export function severityFor(rule: RuleId, overrides: Partial<Record<RuleId, Severity>> | undefined): Severity {
  const override = overrides?.[rule];
  return isSeverity(override) ? override : DEFAULT_SEVERITY[rule];
}
