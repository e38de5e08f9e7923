/**
 * A ContentSink that records what a reader pushes: tables with their rows (copied, since a
 * reader may reuse its arrays), prose with locations, and observations.
 */
import { Readable } from 'node:stream';
import { DEFAULT_LIMITS } from '../../../src/config/scan-options.js';
import type { Reader, ReaderInput } from '../../../src/readers/types.js';
import { RecordingSink } from '../../fixtures/recording-sink.js';

export { RecordingSink, type RecordedProse, type RecordedTable } from '../../fixtures/recording-sink.js';

/** A ReaderInput over bytes; `pieces` streams them in that many chunks (to cross chunk seams). */
export function memoryInput(data: Buffer | string, name = 'file.txt', pieceSize?: number): ReaderInput {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return {
    name,
    size: bytes.length,
    head: bytes.subarray(0, 64 * 1024),
    depth: 0,
    stream: () => {
      if (!pieceSize) return Readable.from([bytes], { objectMode: false });
      const parts: Buffer[] = [];
      for (let at = 0; at < bytes.length; at += pieceSize) parts.push(bytes.subarray(at, at + pieceSize));
      return Readable.from(parts, { objectMode: false });
    },
    buffer: async () => bytes,
  };
}

export const CONTEXT = { limits: DEFAULT_LIMITS };

/** Run a reader into a fresh RecordingSink; returns the sink and the error thrown, if any. */
export async function record(
  reader: Reader,
  input: ReaderInput,
  limits = DEFAULT_LIMITS,
): Promise<{ sink: RecordingSink; error?: unknown }> {
  const sink = new RecordingSink();
  try {
    await reader(input, sink, { limits });
    return { sink };
  } catch (error) {
    return { sink, error };
  }
}

/** Every text a ReadError can show: for the leak canary. */
export function errorText(error: unknown): string {
  if (!error || typeof error !== 'object') return String(error ?? '');
  const e = error as { message?: unknown; detail?: unknown; stack?: unknown; name?: unknown };
  return [e.name, e.message, e.detail, e.stack].map((x) => String(x ?? '')).join('\n');
}
