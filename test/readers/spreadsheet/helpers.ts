import { DEFAULT_LIMITS, type ScanLimits } from '../../../src/config/scan-options.js';
import { readWorkbook } from '../../../src/readers/spreadsheet/index.js';
import type { WorkbookFormat } from '../../../src/readers/spreadsheet/open.js';
import { isReadError } from '../../../src/readers/types.js';
import { recordingSink, type RecordingSink } from './recording-sink.js';

export async function readBook(buf: Buffer, format: WorkbookFormat = 'xlsx', limits: Partial<ScanLimits> = {}): Promise<RecordingSink & { counts: { sheets: number; rows: number; cells: number } }> {
  const sink = recordingSink();
  const counts = await readWorkbook(buf, format, { name: `book.${format}`, depth: 0 }, sink, { limits: { ...DEFAULT_LIMITS, ...limits } });
  return Object.assign(sink, { counts });
}

/** The ReadError kind and message a read fails with (the message is checked for leaks). */
export async function readFailure(buf: Buffer, format: WorkbookFormat = 'xlsx', limits: Partial<ScanLimits> = {}): Promise<{ kind: string; message: string }> {
  try {
    await readBook(buf, format, limits);
  } catch (error) {
    if (!isReadError(error)) return { kind: `not a ReadError: ${(error as Error)?.name}`, message: String((error as Error)?.message) };
    return { kind: error.kind, message: `${error.message} ${error.detail ?? ''}` };
  }
  return { kind: 'no error', message: '' };
}
