/**
 * bzip2 (`.bz2`, and R data saved with `compress = "bzip2"`, the default of usethis::use_data):
 * decompressed with seek-bzip (pure JavaScript, no native code) through our own input and
 * output streams, so that every decompressed byte is counted against the file's
 * decompressed-size budget (a bzip2 bomb stops at the limit) and a stream that ends early is
 * `truncated`, never an endless read. seek-bzip's own errors quote nothing we pass on: any of
 * them becomes a plain `corrupt`. A `.bz2` file's content is then read as the file it is, one
 * level deeper (`stats.csv.bz2!stats.csv`).
 */
import Bunzip from 'seek-bzip';
import { piecesInput } from '../../scan/input.js';
import { ReadError, isReadError, type Reader, type ReaderContext } from '../types.js';
import { decompressionBudget } from './archive/budget.js';
import { innerEntry } from './archive/nested.js';

/** Decompressed bytes are kept in pieces of this size (no doubling copies of one big buffer). */
const PIECE = 1024 * 1024;

class EndOfInput extends Error {}

/** The whole decompressed content of bzip2 bytes (concatenated streams too, as pbzip2 writes), joined. */
export function bunzip2(data: Buffer, context: ReaderContext, what: string): Buffer {
  return Buffer.concat(bunzip2Pieces(data, context, what));
}

/** The decompressed content in pieces of PIECE bytes (no joined copy). */
function bunzip2Pieces(data: Buffer, context: ReaderContext, what: string): Buffer[] {
  const budget = decompressionBudget(context);
  const pieces: Buffer[] = [];
  let piece = Buffer.allocUnsafe(PIECE);
  let at = 0;
  const input = {
    pos: 0,
    readByte(): number {
      if (this.pos >= data.length) throw new EndOfInput();
      return data[this.pos++]!;
    },
    read(buffer: Uint8Array, offset: number, length: number): number {
      if (this.pos >= data.length) return -1;
      const n = Math.min(length, data.length - this.pos);
      buffer.set(data.subarray(this.pos, this.pos + n), offset);
      this.pos += n;
      return n;
    },
    seek(pos: number) {
      this.pos = pos;
    },
    eof(): boolean {
      return this.pos >= data.length;
    },
  };
  const output = {
    writeByte(byte: number) {
      if (at === PIECE) {
        budget.spend(PIECE);
        pieces.push(piece);
        piece = Buffer.allocUnsafe(PIECE);
        at = 0;
      }
      piece[at++] = byte;
    },
  };
  try {
    Bunzip.decode(input, output, true);
  } catch (error) {
    if (isReadError(error)) throw error;
    if (error instanceof EndOfInput) throw new ReadError('truncated', `the bzip2-compressed ${what} is cut short`);
    throw new ReadError('corrupt', `the bzip2-compressed ${what} cannot be decompressed`);
  }
  budget.spend(at);
  if (at > 0 || pieces.length === 0) pieces.push(piece.subarray(0, at));
  return pieces;
}

/** The inner file's name: the outer name without `.bz2` / `.bz` (`.tbz2` → `.tar`), else the outer name. */
export function innerName(outer: string): string {
  const base = outer.split(/[\\/]/).pop() ?? outer;
  const lower = base.toLowerCase();
  if (lower.endsWith('.tbz2') || lower.endsWith('.tbz')) return `${base.slice(0, base.lastIndexOf('.'))}.tar`;
  for (const ext of ['.bz2', '.bz', '.bzip2']) if (lower.endsWith(ext) && base.length > ext.length) return base.slice(0, -ext.length);
  return base;
}

export const readBzip2: Reader = async (input, sink, context) => {
  if (!context.readNested) throw new ReadError('unsupported-format', 'a compressed file could not be read');
  const content = bunzip2Pieces(await input.buffer(), context, 'file');
  const name = innerName(input.name);
  const entry = innerEntry(input.entry, name);
  await context.readNested(piecesInput(content, name, input.depth + 1, entry), sink);
};
