/**
 * Shared strings no cell uses: a workbook's string table keeps strings after their cells were
 * cleared or deleted, so a roster can survive there. They are pushed as one single-column table
 * (row number = position in the table, 1-based), surface 'shared-strings'.
 */
import type { PartsContext } from './index.js';

export function unusedSharedStrings(strings: unknown, seen: ReadonlySet<string>): Array<{ index: number; text: string }> {
  if (!Array.isArray(strings)) return [];
  const out: Array<{ index: number; text: string }> = [];
  strings.forEach((s: unknown, index) => {
    const text = typeof s === 'string' ? s : typeof (s as { t?: unknown } | null)?.t === 'string' ? (s as { t: string }).t : '';
    if (text.trim() && !seen.has(text)) out.push({ index, text });
  });
  return out;
}

export function pushUnusedSharedStrings({ wb, seenStrings, sink, entry }: PartsContext): number {
  if (!seenStrings) return 0;
  const unused = unusedSharedStrings((wb as { Strings?: unknown }).Strings, seenStrings);
  if (!unused.length) return 0;
  const table = sink.beginTable({ surface: 'shared-strings', shape: 'grid', lettered: false, entry });
  const cells: string[] = [''];
  for (const { index, text } of unused) {
    cells[0] = text;
    table.row(index + 1, cells);
  }
  table.end();
  return unused.length;
}
