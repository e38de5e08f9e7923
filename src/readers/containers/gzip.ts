/**
 * gzip under any name (`.gz`, `.tgz`, `.svgz`, a gzip named `.png`): the content is read as the
 * file it is, through the scan pipeline, one level deeper, under the entry `stats.csv.gz!stats.csv`.
 * Decompression streams: a reader that streams (delimited text, plain text) never holds the whole
 * content, and every inflated byte is counted against the file's decompressed-size budget (shared
 * with every container inside it), so a gzip bomb stops at the limit whatever its header says.
 * The name stored in the gzip header (FNAME) is read as words, like an archive entry's path, and
 * its comment (FCOMMENT) as text.
 */
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { HEAD_BYTES } from '../../scan/input.js';
import { isReadError, ReadError, type Reader, type ReaderInput } from '../types.js';
import { decompressionBudget, type DecompressionBudget } from './archive/budget.js';
import { fileNameText } from './archive/file-name.js';
import { innerEntry } from './archive/nested.js';

export const readGzip: Reader = async (input, sink, context) => {
  if (!context.readNested) throw new ReadError('unsupported-format', 'a compressed file could not be read');
  const { name: stored, comment } = headerFields(input.head);
  const name = innerName(input.name, stored);
  const entry = innerEntry(input.entry, name);
  if (stored) sink.prose(fileNameText(stored), { surface: 'file-name', entry });
  if (comment) sink.prose(comment, { surface: 'metadata', entry });
  const budget = decompressionBudget(context);
  const head = await inflatedHead(input);
  await context.readNested(inflatedInput(input, head, name, entry, budget), sink);
};

/** The inner file's name: the outer name without `.gz` (`.tgz` → `.tar`, `.svgz` → `.svg`), else the stored name, else the outer name. */
export function innerName(outer: string, stored: string | undefined): string {
  const base = outer.split(/[\\/]/).pop() ?? outer;
  const lower = base.toLowerCase();
  if (lower.endsWith('.tgz') || lower.endsWith('.taz')) return `${base.slice(0, -4)}.tar`;
  if (lower.endsWith('.svgz')) return base.slice(0, -1);
  for (const ext of ['.gzip', '.gz', '.z']) if (lower.endsWith(ext) && base.length > ext.length) return base.slice(0, -ext.length);
  const plain = stored?.split(/[\\/]/).pop();
  return plain && plain.length <= 255 ? plain : base;
}

/** FNAME and FCOMMENT from the gzip header (latin1, zero-terminated), when the header stores them. */
export function headerFields(head: Uint8Array): { name?: string; comment?: string } {
  if (head.length < 10 || head[0] !== 0x1f || head[1] !== 0x8b) return {};
  const buf = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  const flags = buf[3]!;
  let at = 10;
  if (flags & 0x04) {
    if (buf.length < 12) return {};
    at += 2 + buf.readUInt16LE(10);
  }
  const field = (): string | undefined => {
    const end = buf.indexOf(0, at);
    if (end < 0) return undefined;
    const text = buf
      .toString('latin1', at, Math.min(end, at + 64 * 1024))
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
      .trim();
    at = end + 1;
    return text || undefined;
  };
  const name = flags & 0x08 ? field() : undefined;
  const comment = flags & 0x10 ? field() : undefined;
  return { name: name && name.length <= 1024 ? name.replace(/\s+/g, ' ') : undefined, comment };
}

interface Head {
  bytes: Buffer;
  /** True when the whole content fit in the head (its size is then known). */
  whole: boolean;
}

/**
 * The first HEAD_BYTES of the content, for sniffing. Read with 'data' events, not an async
 * iterator (which drops chunks that arrive together with an error): a stream that fails early
 * still yields what came before it, and fails here when nothing came at all.
 */
function inflatedHead(input: ReaderInput): Promise<Head> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const source = input.stream();
    const gunzip = createGunzip();
    let settled = false;
    const settle = (whole: boolean, error?: unknown) => {
      if (settled) return;
      settled = true;
      gunzip.removeAllListeners('data');
      source.destroy();
      gunzip.destroy();
      const bytes = Buffer.concat(chunks, length);
      if (error !== undefined && bytes.length === 0) reject(gzipFailure(error));
      else resolve({ bytes: bytes.subarray(0, HEAD_BYTES), whole: whole && bytes.length <= HEAD_BYTES });
    };
    gunzip.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length > HEAD_BYTES) settle(false);
    });
    // The reader meets a later failure again, and names it, when it reads the stream.
    gunzip.on('error', (error) => settle(false, error));
    gunzip.on('end', () => settle(true));
    source.on('error', () => settle(false, new ReadError('read-error')));
    source.pipe(gunzip);
  });
}

function inflatedInput(outer: ReaderInput, head: Head, name: string, entry: string, budget: DecompressionBudget): ReaderInput {
  let buffered: Promise<Buffer> | undefined;
  const stream = () => Readable.from(inflate(outer, budget), { objectMode: false });
  return {
    name,
    // Unknown until read: say "larger than the head" unless the head was all of it.
    size: head.whole ? head.bytes.length : Number.MAX_SAFE_INTEGER,
    head: head.bytes,
    depth: outer.depth + 1,
    entry,
    stream,
    buffer: () => (buffered ??= collect(inflate(outer, budget))),
  };
}

/** The inflated content, chunk by chunk, each counted against the budget before it is passed on. */
async function* inflate(outer: ReaderInput, budget: DecompressionBudget): AsyncGenerator<Buffer> {
  const source = outer.stream();
  const gunzip = createGunzip();
  let sourceFailed = false;
  source.on('error', () => {
    sourceFailed = true;
    gunzip.destroy(new ReadError('read-error'));
  });
  source.pipe(gunzip);
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      budget.spend(chunk.length);
      yield chunk;
    }
  } catch (error) {
    throw sourceFailed ? new ReadError('read-error') : gzipFailure(error);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

/** A zlib failure by its code, never its message: a stream that stops early is truncated. */
function gzipFailure(error: unknown): ReadError {
  if (isReadError(error)) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'Z_BUF_ERROR') return new ReadError('truncated', 'the compressed stream ends early');
  return new ReadError('corrupt', 'the compressed stream is damaged');
}
