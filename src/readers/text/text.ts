import type { ContentSink, ProseLocation, Reader, ReaderInput } from '../types.js';
import { decodeStream } from './encoding.js';

/** Largest prose chunk handed to the sink at once. */
export const MAX_PROSE_CHUNK = 1 << 20;
/**
 * Characters repeated at the start of the next piece when a long run of text is cut, so that a
 * value cut at the seam (an A-number, a name) is whole in one of the two pieces.
 */
export const PROSE_OVERLAP = 64;

/**
 * Hand `text` to the sink in pieces of at most MAX_PROSE_CHUNK characters, cut preferably at a
 * line break; a cut inside a line repeats the last PROSE_OVERLAP characters in the next piece.
 * `where.line` (when set) is the line of the first character and is carried forward.
 */
export function emitProse(sink: ContentSink, text: string, where: ProseLocation): void {
  let line = where.line;
  let start = 0;
  while (text.length - start > MAX_PROSE_CHUNK) {
    const limit = start + MAX_PROSE_CHUNK;
    const nl = text.lastIndexOf('\n', limit - 1);
    const atBreak = nl > start;
    const end = atBreak ? nl + 1 : limit;
    const piece = text.slice(start, end);
    sink.prose(piece, line === undefined ? where : { ...where, line });
    const next = atBreak ? end : end - PROSE_OVERLAP;
    if (line !== undefined) line += countNewlines(text, start, next);
    start = next;
  }
  if (start < text.length) sink.prose(start === 0 ? text : text.slice(start), line === undefined ? where : { ...where, line });
}

/** Plain text: prose, in chunks of lines, with the line number of each chunk's first line. */
export const readText: Reader = async (input, sink) => {
  let line = 1;
  let carry = '';
  const flush = (text: string) => {
    if (text.length) emitProse(sink, text, { surface: 'text', line, entry: input.entry });
    line += countNewlines(text);
  };
  for await (const chunk of decodeStream(input)) {
    const text = carry + chunk;
    const cut = text.lastIndexOf('\n');
    if (cut < 0) {
      carry = text;
      if (carry.length > MAX_PROSE_CHUNK) {
        // One very long line: hand it on in pieces that overlap, on the same line number.
        emitProse(sink, carry.slice(0, carry.length - PROSE_OVERLAP), { surface: 'text', line, entry: input.entry });
        carry = carry.slice(carry.length - 2 * PROSE_OVERLAP);
      }
      continue;
    }
    flush(text.slice(0, cut + 1));
    carry = text.slice(cut + 1);
  }
  flush(carry);
};

export function countNewlines(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The input's lines (without the line break; a CR before it is kept), with 1-based numbers. */
export async function* decodedLines(input: ReaderInput): AsyncGenerator<{ text: string; line: number }> {
  let carry = '';
  let line = 1;
  for await (const chunk of decodeStream(input)) {
    carry += chunk;
    let start = 0;
    for (let nl = carry.indexOf('\n'); nl >= 0; nl = carry.indexOf('\n', start)) {
      yield { text: carry.slice(start, nl), line: line++ };
      start = nl + 1;
    }
    carry = carry.slice(start);
  }
  if (carry) yield { text: carry, line };
}
