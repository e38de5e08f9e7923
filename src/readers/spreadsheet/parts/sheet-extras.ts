/**
 * Per-sheet extras from the worksheet XML tail: inline data-validation lists (a drop-down of
 * names is a list of names) and validation messages, and header/footer texts.
 */
import type { ContentSink } from '../../types.js';
import type { SheetRef } from '../sheets.js';
import { sheetTail } from './sheet-xml.js';

export function pushSheetExtras(
  files: ReadonlyMap<string, Uint8Array>,
  sheetParts: ReadonlyMap<SheetRef, string>,
  sink: ContentSink,
  entry?: string,
): void {
  for (const [sheet, path] of sheetParts) {
    const data = /\.xml$/i.test(path) ? files.get(path) : undefined;
    if (!data) continue;
    const tail = sheetTail(data);
    const where = { entry, sheet: sheet.name, sheetState: sheet.state };
    for (const items of tail.validationLists) {
      const table = sink.beginTable({ surface: 'data-validation', shape: 'grid', lettered: false, ...where });
      const cells = [''];
      items.forEach((item, i) => {
        cells[0] = item;
        table.row(i + 1, cells);
      });
      table.end();
    }
    if (tail.validationMessages.length) sink.prose(tail.validationMessages.join('\n'), { surface: 'data-validation', ...where });
    if (tail.headerFooter.length) sink.prose(tail.headerFooter.join('\n'), { surface: 'header-footer', ...where });
  }
}
