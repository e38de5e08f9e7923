/**
 * Form-like PDF reports: one person after another, each a heading (their name) followed by
 * labelled lines ("Date of Birth: ...", "Citizenship: ...", "Facility: ..."), or a run of labelled
 * lines whose first label comes back for each person ("Name: ..."). The page's lines are cut into
 * one record per person and read as a 'records' table (labels as header), so that detection
 * judges each person's details together. The page's text is still read as prose as well.
 * Pure functions over the lines of layout.ts.
 */
import { HEADING_LABEL, labelledText, sharedLabels, type Field } from '../../labelled-records.js';
import type { Line } from './layout.js';

/** A record needs this many fields; a page of one record, this many. */
const MIN_FIELDS = 2;
const MIN_FIELDS_ALONE = 3;
const MAX_HEADING = 80;

/** A line's field: "Label: value" in one cell, or a "Label:" cell then the value cell(s). */
function lineField(line: Line): Field | undefined {
  const cells = line.cells.map((c) => c.text);
  if (cells.length >= 2 && /[:：]$/.test(cells[0]!)) return labelledText(`${cells[0]} ${cells.slice(1).join(' ')}`);
  return labelledText(cells.join(' '));
}

/** The records of a page, when it reads as a form-like report; otherwise none. */
export function formRecords(lines: readonly Line[]): Field[][] {
  const fields = lines.map(lineField);
  const records: Field[][] = [];
  let current: Field[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const field = fields[i];
    if (field) {
      // A label seen already in this record starts the next one (no headings: "Name: ..." repeats).
      if (current && current.some((f) => f.label === field.label) && current[0]!.label === field.label) {
        records.push(current);
        current = [];
      }
      (current ??= []).push(field);
      continue;
    }
    // A short unlabelled line over two labelled lines is the heading of the next record.
    const text = lines[i]!.cells.map((c) => c.text).join(' ');
    if (text.length <= MAX_HEADING && fields[i + 1] && fields[i + 2]) {
      if (current?.length) records.push(current);
      current = [{ label: HEADING_LABEL, value: text }];
    } else if (current?.length) {
      records.push(current);
      current = undefined;
    }
  }
  if (current?.length) records.push(current);
  const kept = records.filter((r) => r.length >= MIN_FIELDS);
  if (kept.length === 1) return kept[0]!.length >= MIN_FIELDS_ALONE ? kept : [];
  return kept.length >= 2 && sharedLabels(kept) ? kept : [];
}
