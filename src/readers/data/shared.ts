/**
 * What the data-format readers (Parquet, Arrow, SQLite, R data, dBase) share: turning a
 * library's or a decoder's value into a cell, turning any failure into a ReadError with a
 * detail this project wrote (library messages quote the file), and the byte budget for
 * decompressed pages, shared with the archive reader.
 */
import { isReadError, ReadError, type CellValue, type ContentSink, type ReaderContext, type TableMeta } from '../types.js';
import type { NotInspectedReason } from '../../core/model.js';
import { decompressionBudget, type DecompressionBudget } from '../containers/archive/budget.js';

export { decompressionBudget, type DecompressionBudget };

/** A value decoded from a data file as a cell: numbers stay numbers, the rest becomes text. */
export function toCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'bigint':
      return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
    case 'object':
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
      // Raw bytes (a BLOB, an unannotated binary column) are not text the gate reads as a cell.
      if (value instanceof Uint8Array) return null;
      return null;
    default:
      return null;
  }
}

/**
 * Any failure while a library or a hand-written decoder reads `format`, as a ReadError: ours
 * pass through, a blown stack is `too-deep`, an allocation failure `out-of-memory`, the rest
 * `corrupt` (or `fallback`) with `detail`. The library's message is never read into the result.
 */
export function readFailure(error: unknown, detail: string, fallback: NotInspectedReason = 'corrupt'): ReadError {
  if (isReadError(error)) return error as ReadError;
  if (error instanceof RangeError) {
    const message = String(error.message);
    if (/call stack/i.test(message)) return new ReadError('too-deep', `${detail} (nesting too deep)`);
    if (/allocat|array buffer|invalid typed array length|invalid array length/i.test(message))
      return new ReadError('out-of-memory', `${detail} (a declared length is too large)`);
  }
  return new ReadError(fallback, detail);
}

/**
 * A 'records' table (the header is known) whose rows are pushed with their absolute row
 * number; ended even when reading fails half way.
 */
export async function withTable(
  sink: ContentSink,
  meta: Omit<TableMeta, 'shape' | 'surface'> & { header: readonly string[] },
  fill: (row: (rowNumber: number, cells: readonly CellValue[], hidden?: boolean) => void) => Promise<void> | void,
): Promise<void> {
  const table = sink.beginTable({ surface: 'cells', shape: 'records', lettered: false, ...meta });
  try {
    await fill((n, cells, hidden) => (hidden ? table.row(n, cells, true) : table.row(n, cells)));
  } finally {
    table.end();
  }
}

/** Yield to the event loop now and then so that the soft time limit can fire. */
export function yieldEvery(n: number): () => Promise<void> | undefined {
  let count = 0;
  return () => (++count % n === 0 ? new Promise<void>((resolve) => setImmediate(resolve)) : undefined);
}

export type { ReaderContext };
