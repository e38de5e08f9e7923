/**
 * The spreadsheet reader (xlsx, xlsm, xls, ods): zip workbooks with XML parts stream
 * (stream/xlsx.ts); the others go to SheetJS (sheetjs.ts), which loads only when such a file
 * comes. It runs inside the scan worker (memory limits, timeout) and pushes rows straight into
 * the sink, so no sheet crosses threads.
 *
 * Every place data hides is read and reported with where it was: every sheet whatever its
 * visibility (and, for xlsx, worksheet parts the workbook no longer lists or SheetJS dropped),
 * cells, formula literals, comments, defined names, sheet names, document properties, and for
 * zip workbooks the parts SheetJS leaves raw (pivot caches, unused shared strings, external
 * links and data connections, data-validation lists, chart caches, headers and footers, text
 * boxes, embedded files).
 */
import { ReadError, type ContentSink, type Reader, type ReaderContext, type ReaderInput } from '../types.js';
import type { WorkbookFormat } from './open.js';
import type { SheetRef } from './sheets.js';
import { isOle } from './compound-file.js';
import { readXlsxStream } from './stream/xlsx.js';
import { listZipEntries } from '../containers/zip.js';
import { loadCode } from '../loading.js';

export interface WorkbookCounts {
  sheets: number;
  rows: number;
  cells: number;
}

/** Read a workbook already in memory. Exposed for tests and for readers of embedded workbooks. */
export async function readWorkbook(
  buf: Buffer,
  format: WorkbookFormat,
  input: Pick<ReaderInput, 'entry' | 'depth' | 'name'>,
  sink: ContentSink,
  context: ReaderContext,
): Promise<WorkbookCounts> {
  // XML workbooks stream (stream/xlsx.ts): flat memory, every part inflated once. SheetJS stays
  // for what it alone reads here: BIFF .xls, binary .xlsb parts and OpenDocument .ods, whose
  // files are far smaller in practice and whose formats a streaming reader would have to redo.
  if (format === 'xlsx' && !isOle(buf)) {
    const zipEntries = listZipEntries(buf, { maxEntries: context.limits.maxArchiveEntries });
    if (zipEntries.some((e) => e.encrypted)) throw new ReadError('password-protected', 'the workbook zip is encrypted');
    if (!zipEntries.some((e) => /(^|\/)workbook\.bin$/i.test(e.name))) return readXlsxStream(buf, zipEntries, input, sink, context);
  }
  const { readWithSheetJs } = await loadCode(() => import('./sheetjs.js'));
  return readWithSheetJs(buf, format, input, sink, context);
}

export function spreadsheetReader(format: WorkbookFormat): Reader {
  return async (input, sink, context) => {
    const buf = await input.buffer();
    await readWorkbook(buf, format, input, sink, context);
  };
}

export const readXlsx = spreadsheetReader('xlsx');
export const readXls = spreadsheetReader('xls');
export const readOds = spreadsheetReader('ods');

export type { SheetRef, WorkbookFormat };
