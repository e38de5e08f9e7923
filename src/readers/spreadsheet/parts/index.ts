/**
 * The parts of a zip workbook that SheetJS leaves raw, each read by its own module and pushed
 * with its surface. Parts are found by path; every part is optional.
 */
import type * as XLSX from 'xlsx';
import type { ContentSink, ReaderContext, ReaderInput } from '../../types.js';
import type { SheetRef } from '../sheets.js';
import { pushChartCaches } from './charts.js';
import { pushDrawingTexts } from './drawings.js';
import { pushEmbeddings } from './embeddings.js';
import { pushExternalLinks } from './external-links.js';
import { pushOrphanSheets } from './orphan-sheets.js';
import { pushPivotCaches } from './pivot-cache.js';
import { pushUnusedSharedStrings } from './shared-strings.js';
import { pushSheetExtras } from './sheet-extras.js';

export interface PartsContext {
  wb: XLSX.WorkBook;
  files: ReadonlyMap<string, Uint8Array>;
  sheets: readonly SheetRef[];
  /** Worksheet part path of each sheet (zip workbooks). */
  sheetParts: ReadonlyMap<SheetRef, string>;
  sink: ContentSink;
  entry?: string;
  /** Strings seen in cells (undefined when the workbook has no shared strings). */
  seenStrings?: Set<string>;
  input: Pick<ReaderInput, 'entry' | 'depth' | 'name'>;
  context: ReaderContext;
  /** Set when the reader already read the worksheet parts the workbook does not list. */
  orphansRead?: boolean;
}

export async function pushWorkbookParts(parts: PartsContext): Promise<void> {
  const { files, sink, entry } = parts;
  // Only when every listed sheet was matched to its part: otherwise listed sheets would be read twice.
  if (!parts.orphansRead && files.size && parts.sheetParts.size === parts.sheets.length)
    pushOrphanSheets(files, new Set(parts.sheetParts.values()), parts.wb, sink, entry, parts.seenStrings);
  pushUnusedSharedStrings(parts);
  if (files.size === 0) return;
  pushSheetExtras(files, parts.sheetParts, sink, entry);
  pushPivotCaches(files, sink, entry);
  pushExternalLinks(files, sink, entry);
  pushChartCaches(files, sink, entry);
  pushDrawingTexts(files, parts.sheetParts, sink, entry);
  await pushEmbeddings(files, parts.input, sink, parts.context);
}
