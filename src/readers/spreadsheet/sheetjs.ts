/**
 * The SheetJS half of the spreadsheet reader: BIFF .xls, binary .xlsb and OpenDocument .ods (and
 * any zip workbook the streaming reader does not take). A separate module so that SheetJS loads
 * only when such a file comes: the streaming .xlsx path never needs it.
 */
import type * as XLSX from 'xlsx';
import { ReadError, type ContentSink, type ReaderContext, type ReaderInput } from '../types.js';
import { pushDefinedNames } from './names.js';
import { openWorkbook, type WorkbookFormat } from './open.js';
import { pushDescriptiveProperties, pushDocumentProperties } from './properties.js';
import { listSheets, pushSheet, pushSheetNames, type SheetRef } from './sheets.js';
import { pushWorkbookParts } from './parts/index.js';
import { pushCommentParts } from './parts/comments.js';
import { odsLayout, type OdsLayout } from './ods-layout.js';
import { findZipEntry, readZipEntry, type ZipEntry } from '../containers/zip.js';
import { sheetLayout, sheetPartPaths } from './parts/sheet-xml.js';
import { readWorksheetPart } from './parts/orphan-sheets.js';
import type { WorkbookCounts } from './index.js';

export async function readWithSheetJs(
  buf: Buffer,
  format: WorkbookFormat,
  input: Pick<ReaderInput, 'entry' | 'depth' | 'name'>,
  sink: ContentSink,
  context: ReaderContext,
): Promise<WorkbookCounts> {
  const { wb, files, entries } = openWorkbook(buf, format, context);
  const entry = input.entry;
  const sheets = listSheets(wb);
  const seenStrings = hasSharedStrings(wb) ? new Set<string>() : undefined;
  const counts: WorkbookCounts = { sheets: sheets.length, rows: 0, cells: 0 };
  let commented = 0;
  const authors = new Set<string>();
  const sheetParts = format === 'xlsx' ? sheetPartPaths(files, sheets) : new Map<SheetRef, string>();
  const ods = format === 'ods' ? odsLayoutOf(buf, entries, context.limits.maxDecompressedSize) : undefined;
  if (ods) for (const sheet of sheets) if (ods.hiddenTables.has(sheet.name)) sheet.state = 'hidden';
  for (const sheet of sheets) {
    const part = sheetParts.get(sheet);
    const data = part && /\.xml$/i.test(part) ? files.get(part) : undefined;
    const layout = data
      ? sheetLayout(data)
      : ods && {
          hiddenRows: ods.hiddenRows.get(sheet.name) ?? new Set<number>(),
          hiddenColumns: ods.hiddenColumns.get(sheet.name) ?? new Set<number>(),
        };
    if (!sheet.ws && data && /\/worksheets\//i.test(part!)) {
      // SheetJS dropped this sheet (see partsSheetJsDropped): read its cells directly anyway.
      pushUnparsedSheet(sheet, data, wb, sink, entry, layout?.hiddenRows);
      continue;
    }
    const sheetCounts = pushSheet(sheet, sink, { entry, seenStrings, layout });
    counts.rows += sheetCounts.rows;
    counts.cells += sheetCounts.cells;
    commented += sheetCounts.commented;
    for (const a of sheetCounts.authors) authors.add(a);
  }
  pushSheetNames(sheets, sink, entry);
  pushDefinedNames(wb, sheets, sink, entry);
  pushDocumentProperties(wb, format, sink, entry, authors);
  pushDescriptiveProperties(wb, sink, entry);
  // Comments SheetJS placed on no cell (a swallowed parse error, or a part no sheet refers to).
  if (commented === 0) pushCommentParts(files, sink, entry);
  await pushWorkbookParts({ wb, files, sheets, sheetParts, sink, entry, seenStrings, input, context });
  // Everything readable has been pushed (findings made so far are kept); now fail closed.
  const lost = partsSheetJsDropped(wb, files, sheetParts);
  if (lost) throw new ReadError('corrupt', lost);
  return counts;
}

/**
 * SheetJS swallows errors while parsing a worksheet or the shared-string table and simply
 * leaves them out (one cell pointing past the string table is enough). A worksheet part
 * that came back as no sheet, or a string table with entries that came back empty, means data
 * went unread.
 */
export function partsSheetJsDropped(
  wb: XLSX.WorkBook,
  files: ReadonlyMap<string, Uint8Array>,
  sheetParts: ReadonlyMap<SheetRef, string>,
): string | undefined {
  let dropped = 0;
  for (const [sheet, part] of sheetParts) {
    const data = files.get(part);
    if (!sheet.ws && data && /\/worksheets\/[^/]+\.xml$/i.test(part)) dropped++;
  }
  if (dropped) return `${dropped} worksheet(s) could not be parsed`;
  for (const [name, data] of files) {
    if (!/(^|\/)sharedStrings\.xml$/i.test(name)) continue;
    if (!hasSharedStrings(wb) && Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf('<si') >= 0)
      return 'the shared-string table could not be parsed';
  }
  return undefined;
}

function pushUnparsedSheet(
  sheet: SheetRef,
  data: Uint8Array,
  wb: XLSX.WorkBook,
  sink: ContentSink,
  entry: string | undefined,
  hiddenRows?: ReadonlySet<number>,
): void {
  const table = (wb as { Strings?: unknown }).Strings;
  const rows = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true, sheet: sheet.name, sheetState: sheet.state, entry });
  readWorksheetPart(data, Array.isArray(table) ? table : [], (n, cells) => rows.row(n, cells, hiddenRows?.has(n - 1) ?? false));
  rows.end();
}

function odsLayoutOf(buf: Buffer, entries: readonly ZipEntry[], maxBytes: number): OdsLayout | undefined {
  const content = findZipEntry(entries, 'content.xml');
  return content ? odsLayout(readZipEntry(buf, content, maxBytes)) : undefined;
}

function hasSharedStrings(wb: XLSX.WorkBook): boolean {
  const strings = (wb as { Strings?: unknown }).Strings;
  return Array.isArray(strings) && strings.length > 0;
}
