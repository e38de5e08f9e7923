/**
 * Defined names: a name can hold a constant (`="text"`, `=123`) or an array constant
 * (`={"a","b";"c","d"}`) that no cell shows. Array constants become a table, other constants and
 * the string literals inside formulas become prose. Names that only refer to ranges add nothing
 * (the cells are read with their sheet).
 */
import type * as XLSX from 'xlsx';
import type { CellValue, ContentSink } from '../types.js';
import type { SheetRef } from './sheets.js';

type Token =
  { kind: 'value'; value: CellValue } | { kind: 'column' } | { kind: 'row' } | { kind: 'open' } | { kind: 'close' } | { kind: 'other' };

/** Tokens of a formula constant; `other` marks anything that is not part of a constant. */
export function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  let i = formula.startsWith('=') ? 1 : 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') {
      i++;
    } else if (ch === '"') {
      let text = '';
      i++;
      while (i < formula.length) {
        if (formula[i] === '"') {
          if (formula[i + 1] === '"') {
            text += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += formula[i++];
      }
      out.push({ kind: 'value', value: text });
    } else if (ch === '{') {
      out.push({ kind: 'open' });
      i++;
    } else if (ch === '}') {
      out.push({ kind: 'close' });
      i++;
    } else if (ch === ',') {
      out.push({ kind: 'column' });
      i++;
    } else if (ch === ';') {
      out.push({ kind: 'row' });
      i++;
    } else {
      const m = /^(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|TRUE|FALSE|#N\/A)(?=[\s,;}]|$)/i.exec(formula.slice(i));
      if (m) {
        const word = m[1]!.toUpperCase();
        out.push({ kind: 'value', value: word === 'TRUE' ? true : word === 'FALSE' ? false : word === '#N/A' ? undefined : Number(m[1]) });
        i += m[1]!.length;
      } else {
        out.push({ kind: 'other' });
        // Skip to the next delimiter that could start a token.
        while (i < formula.length && !'",;{}'.includes(formula[i]!)) i++;
      }
    }
  }
  return out;
}

/** Rows of a constant (a single value is one row of one cell), or undefined for a formula. */
export function constantRows(formula: string): CellValue[][] | undefined {
  const tokens = tokenize(formula);
  if (tokens.length === 0 || tokens.some((t) => t.kind === 'other')) return undefined;
  const rows: CellValue[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'open') depth++;
    else if (t.kind === 'close') depth--;
    else if (t.kind === 'row') rows.push([]);
    else if (t.kind === 'value') rows[rows.length - 1]!.push(t.value);
    if (depth < 0 || depth > 1) return undefined;
  }
  return rows;
}

export function stringLiterals(formula: string): string[] {
  return tokenize(formula).flatMap((t) => (t.kind === 'value' && typeof t.value === 'string' && t.value.trim() ? [t.value] : []));
}

export function pushDefinedNames(wb: XLSX.WorkBook, sheets: readonly SheetRef[], sink: ContentSink, entry?: string): number {
  const names = Array.isArray(wb.Workbook?.Names) ? wb.Workbook!.Names! : [];
  let pushed = 0;
  for (const name of names) {
    const ref = typeof name?.Ref === 'string' ? name.Ref : '';
    const sheet = typeof name?.Sheet === 'number' ? sheets[name.Sheet] : undefined;
    const where = { surface: 'defined-names' as const, entry, sheet: sheet?.name, sheetState: sheet?.state };
    const comment = (name as { Comment?: unknown }).Comment;
    if (typeof comment === 'string' && comment.trim()) sink.prose(comment, where);
    if (!ref) continue;
    const rows = constantRows(ref);
    if (rows && (rows.length > 1 || rows[0]!.length > 1)) {
      const table = sink.beginTable({ ...where, shape: 'grid', lettered: false });
      rows.forEach((cells, i) => table.row(i + 1, cells));
      table.end();
      pushed++;
    } else if (rows && rows[0]!.length === 1 && rows[0]![0] !== undefined && rows[0]![0] !== '') {
      sink.prose(String(rows[0]![0]), where);
      pushed++;
    } else {
      const literals = stringLiterals(ref);
      if (literals.length) {
        sink.prose(literals.join('\n'), where);
        pushed++;
      }
    }
  }
  return pushed;
}
