/**
 * Records made of labelled fields, shared by the readers that find them in documents: person
 * cards in HTML (text/html-blocks.ts) and form-like PDF reports (documents/pdf/forms.ts). A
 * record is a list of (label, value) fields; records with mostly the same labels become one
 * 'records' table whose header is the union of the labels, one record per row.
 */
import type { ContentSink, TableMeta } from './types.js';

export interface Field {
  label: string;
  value: string;
}

/** Header of a heading that stands over a record's fields (a name over a person's details). */
export const HEADING_LABEL = '(heading)';

/** A label: a few words, a letter first ("Date of birth", "A-Number", "País de origen"). */
export const LABEL = /^\p{L}[\p{L}\p{M}\d .#'()/_-]{0,39}$/u;
const LABEL_VALUE = /^([^:：]{1,40}?)\s*[:：]\s*(\S[\s\S]*)$/;
/** Longest value kept per field. */
export const MAX_VALUE = 400;

/** "Date of Birth: 01/02/1990" → the field, when the part before the colon reads as a label. */
export function labelledText(text: string): Field | undefined {
  const pair = LABEL_VALUE.exec(text);
  if (!pair || !LABEL.test(pair[1]!) || /^(?:https?|mailto|tel|ftp|file)$/i.test(pair[1]!)) return undefined;
  return { label: pair[1]!, value: pair[2]!.slice(0, MAX_VALUE) };
}

/** Whether most records share at least half of the first record's labels. */
export function sharedLabels(group: ReadonlyArray<readonly Field[]>): boolean {
  const first = new Set(group[0]!.map((f) => f.label));
  let alike = 0;
  for (const r of group) {
    const common = r.filter((f) => first.has(f.label)).length;
    if (common * 2 >= Math.min(first.size, r.length)) alike++;
  }
  return alike >= group.length * 0.6;
}

/** Records as one 'records' table; a label repeated in one record joins its values with "; ". */
export function emitRecordsTable(
  sink: ContentSink,
  meta: Omit<TableMeta, 'shape' | 'header'>,
  records: ReadonlyArray<readonly Field[]>,
): void {
  const header: string[] = [];
  const index = new Map<string, number>();
  const rows = records.map((fields) => {
    const cells: string[] = [];
    for (const { label, value } of fields) {
      let i = index.get(label);
      if (i === undefined) {
        i = header.length;
        index.set(label, i);
        header.push(label);
      }
      cells[i] = cells[i] ? `${cells[i]}; ${value}` : value;
    }
    return cells;
  });
  const table = sink.beginTable({ ...meta, shape: 'records', header, lettered: false });
  try {
    rows.forEach((cells, i) => table.row(i + 1, cells));
  } finally {
    table.end();
  }
}
