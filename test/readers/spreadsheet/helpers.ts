import { DEFAULT_LIMITS, type ScanLimits } from '../../../src/config/scan-options.js';
import { readWorkbook } from '../../../src/readers/spreadsheet/index.js';
import type { WorkbookFormat } from '../../../src/readers/spreadsheet/open.js';
import { isReadError } from '../../../src/readers/types.js';
import { recordingSink, type RecordingSink } from './recording-sink.js';

/**
 * What the reader itself writes besides the values it hands to detection: table metadata,
 * prose locations, observation sources. None of it may carry a planted value.
 */
export function readerMade(sink: RecordingSink): Record<string, string> {
  return {
    meta: JSON.stringify(sink.tables.map((t) => ({ ...t.meta, hiddenColumns: [...(t.meta.hiddenColumns ?? [])] }))),
    where: JSON.stringify(sink.texts.map((t) => t.where)),
    observations: JSON.stringify(sink.observations.map((o) => ({ kind: o.kind, where: o.where, entry: o.entry }))),
  };
}

export async function readBook(
  buf: Buffer,
  format: WorkbookFormat = 'xlsx',
  limits: Partial<ScanLimits> = {},
): Promise<RecordingSink & { counts: { sheets: number; rows: number; cells: number } }> {
  const sink = recordingSink();
  const counts = await readWorkbook(buf, format, { name: `book.${format}`, depth: 0 }, sink, { limits: { ...DEFAULT_LIMITS, ...limits } });
  return Object.assign(sink, { counts });
}

/** The ReadError kind and message a read fails with (the message is checked for leaks). */
export async function readFailure(
  buf: Buffer,
  format: WorkbookFormat = 'xlsx',
  limits: Partial<ScanLimits> = {},
): Promise<{ kind: string; message: string }> {
  try {
    await readBook(buf, format, limits);
  } catch (error) {
    if (!isReadError(error)) return { kind: `not a ReadError: ${(error as Error)?.name}`, message: String((error as Error)?.message) };
    return { kind: error.kind, message: `${error.message} ${error.detail ?? ''}` };
  }
  return { kind: 'no error', message: '' };
}
