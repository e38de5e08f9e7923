import { RULE_TITLES, type ColumnRef, type Location, type RuleId } from './model.js';
import { displayText } from './safe-text.js';

/** Human words for what a column holds. */
const KIND_WORDS: Record<string, string> = {
  'full-name': 'name',
  'given-name': 'given name',
  'family-name': 'family name',
  'a-number': 'A-number',
  'receipt-number': 'USCIS receipt number',
  'i94-number': 'I-94 number',
  'sevis-id': 'SEVIS ID',
  'subject-id': 'subject/case ID',
  'passport-number': 'passport number',
  birthdate: 'birthdate',
  'birth-year': 'birth year',
  age: 'age',
  nationality: 'nationality',
  'birth-country': 'birth country',
  gender: 'gender',
  facility: 'detention facility',
  'facility-code': 'facility code',
  'book-in-date': 'book-in date',
  'book-out-date': 'book-out date',
  'protection-claim': 'protection claim',
  'case-status': 'case status',
  'case-category': 'case category',
  religion: 'religion',
  ethnicity: 'ethnicity',
  'marital-status': 'marital status',
  address: 'address',
  phone: 'phone number',
  email: 'email address',
  date: 'date',
  count: 'count',
  other: 'other',
};

export function kindWords(kind: string): string {
  return KIND_WORDS[kind] ?? kind;
}

export function quote(text: string): string {
  return `'${displayText(text, 60).replace(/'/g, '’')}'`;
}

export function describeColumn(column: ColumnRef): string {
  const where = column.letter ?? `#${column.index + 1}`;
  const header = column.header ? ` ${quote(column.header)}` : '';
  return `${where}${header} (${kindWords(column.kind)})`;
}

/** "archive.zip entry 'x.csv', sheet 'Roster' (hidden), comments" — the place, without counts. */
export function describePlace(location: Location): string {
  const parts: string[] = [];
  if (location.entry) parts.push(`entry ${quote(location.entry)}`);
  if (location.page !== undefined) parts.push(`page ${location.page}`);
  if (location.sheet !== undefined) {
    const state =
      location.sheetState === 'hidden' ? ' (hidden sheet)' : location.sheetState === 'very-hidden' ? ' (very hidden sheet)' : '';
    parts.push(`sheet ${quote(location.sheet)}${state}`);
  }
  if (location.surface && location.surface !== 'cells' && location.surface !== 'text' && location.surface !== 'table') {
    parts.push(location.surface.replace(/-/g, ' '));
  }
  return parts.join(', ');
}

function range(word: string, r: { first: number; last: number } | undefined): string {
  if (!r) return '';
  return r.first === r.last ? `${word} ${r.first}` : `${word}s ${r.first}–${r.last}`;
}

/**
 * The one sentence every output uses for a finding. Only structure goes in: rule title, place,
 * column letters and safe headers, counts, row ranges and hidden flags.
 */
export function describeFinding(rule: RuleId, location: Location, count: number, unit = 'person rows'): string {
  const bits: string[] = [];
  const place = describePlace(location);
  if (place) bits.push(place);
  const transposed = location.personColumns;
  if (location.columns?.length && transposed) {
    const fields = location.columns
      .map((c) => `row ${c.index + 1}${c.header ? ` ${quote(c.header)}` : ''} (${kindWords(c.kind)})`)
      .join(', ');
    bits.push(`one person per column, fields ${fields}`);
  } else if (location.columns?.length) {
    const cols = location.columns.map(describeColumn).join(', ');
    bits.push(`column${location.columns.length === 1 ? '' : 's'} ${cols}`);
  }
  const where = bits.length ? `${bits.join(', ')}: ` : '';
  // A transposed table's people are columns (letters), its fields are the rows named above.
  const rows = transposed
    ? transposed.first === transposed.last
      ? `column ${transposed.first}`
      : `columns ${transposed.first}–${transposed.last}`
    : range('row', location.rows);
  const lines = range('line', location.lines);
  const span = [rows, lines].filter(Boolean).join(', ');
  const hidden: string[] = [];
  if (location.hiddenRows) hidden.push(`${location.hiddenRows} in hidden rows`);
  if (location.hiddenColumns?.length)
    hidden.push(`hidden column${location.hiddenColumns.length === 1 ? '' : 's'} ${location.hiddenColumns.join(', ')}`);
  const extra = [span, ...hidden].filter(Boolean).join('; ');
  const what = transposed && unit === 'person rows' ? 'person columns' : unit;
  return `${RULE_TITLES[rule]} — ${where}${count} ${count === 1 ? singular(what) : what}${extra ? ` (${extra})` : ''}`;
}

/** "person rows" → "person row", "properties" → "property". */
export function singular(unit: string): string {
  if (unit.endsWith('ies')) return `${unit.slice(0, -3)}y`;
  return unit.replace(/s$/, '');
}
