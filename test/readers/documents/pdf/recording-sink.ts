/** A ContentSink that records what a reader pushes, for reader tests (pdf, office, archive). */
import type { ContentSink, Reader, ReaderContext } from '../../../../src/readers/types.js';
import { RecordingSink as SharedSink } from '../../../fixtures/recording-sink.js';
import { DEFAULT_LIMITS } from '../../../../src/config/scan-options.js';
import { bufferInput } from '../../../../src/scan/input.js';

export type { RecordedTable } from '../../../fixtures/recording-sink.js';
export type RecordingSink = SharedSink<string>;

/** Layout readers are checked on text: cells are recorded as strings. */
export function recordingSink(): RecordingSink {
  return new SharedSink<string>('strings');
}

export async function readBuffer(
  reader: Reader,
  data: Buffer,
  name: string,
  sink: ContentSink,
  context: Partial<ReaderContext> = {},
): Promise<void> {
  await reader(bufferInput(data, name), sink, { limits: DEFAULT_LIMITS, ...context });
}

/** The error a promise rejects with (or undefined), for asserting on ReadError kinds. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error;
  }
}
