import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ReaderInput } from '../readers/types.js';

export const HEAD_BYTES = 64 * 1024;

/** A ReaderInput over a file on disk: the head is read once, the body streamed on demand. */
export async function fileInput(path: string, name: string, size: number): Promise<ReaderInput> {
  // A file that fits in the head is read once, whole, and served from memory: most pages of a
  // website are small, and for them the per-file cost is file-system round trips, not parsing.
  if (size <= HEAD_BYTES) {
    const data = await readFile(path);
    if (data.length <= HEAD_BYTES) return bufferInput(data, name);
  }
  const handle = await open(path, 'r');
  let head: Uint8Array;
  try {
    const buf = Buffer.alloc(Math.min(HEAD_BYTES, size));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  return {
    name,
    size,
    head,
    depth: 0,
    stream: () => createReadStream(path, { highWaterMark: 256 * 1024 }),
    buffer: once(() => readFile(path)),
  };
}

/** A ReaderInput over bytes in memory (archive entries, API blobs). */
export function bufferInput(data: Buffer, name: string, depth = 0, entry?: string): ReaderInput {
  return {
    name,
    size: data.length,
    head: data.subarray(0, HEAD_BYTES),
    depth,
    entry,
    stream: () => Readable.from([data], { objectMode: false }),
    buffer: async () => data,
  };
}

/**
 * A ReaderInput over bytes in memory held in pieces (a decompressed stream): streaming readers
 * get the pieces as they are; only a reader that asks for the whole buffer gets them joined.
 */
export function piecesInput(pieces: readonly Buffer[], name: string, depth = 0, entry?: string): ReaderInput {
  const size = pieces.reduce((n, p) => n + p.length, 0);
  const first = pieces[0] ?? Buffer.alloc(0);
  const head = (first.length >= HEAD_BYTES ? first : Buffer.concat(pieces)).subarray(0, HEAD_BYTES);
  return {
    name,
    size,
    head,
    depth,
    entry,
    stream: () => Readable.from(pieces, { objectMode: false }),
    buffer: once(async () => Buffer.concat(pieces, size)),
  };
}

/** The whole file is read at most once, however many times a reader (or a limit check) asks. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
