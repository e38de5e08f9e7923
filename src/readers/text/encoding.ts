import { isAscii, isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { ReadError, type ReaderInput } from '../types.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Largest piece of input decoded at once, so that a reader never holds more than this per step. */
export const DECODE_CHUNK_BYTES = 256 * 1024;

/**
 * Guess the encoding from the head: a BOM, zero bytes in alternate positions (UTF-16 without a
 * BOM), or invalid UTF-8 (then Windows-1252, what Excel on Windows writes).
 */
export function detectEncoding(head: Uint8Array): { encoding: TextEncodingName; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const n = Math.min(head.length, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i++) {
    if (head[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  if (oddZeros > n / 4 && evenZeros === 0) return { encoding: 'utf-16le', bom: 0 };
  if (evenZeros > n / 4 && oddZeros === 0) return { encoding: 'utf-16be', bom: 0 };
  return { encoding: isUtf8(head.subarray(0, completeUtf8Length(head))) ? 'utf-8' : 'windows-1252', bom: 0 };
}

/**
 * Length of the longest prefix that does not end inside a multi-byte UTF-8 sequence, so that a
 * head or chunk cut mid-character still validates.
 */
export function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  // Walk back over at most three continuation bytes to the lead byte of the last sequence.
  let lead = n - 1;
  while (lead >= 0 && lead > n - 4 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  if (lead < 0) return n;
  const b = bytes[lead]!;
  const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  return n - lead < need ? lead : n;
}

function newDecoder(encoding: TextEncodingName): TextDecoder {
  try {
    // ignoreBOM: true keeps a stray U+FEFF as data; the leading BOM is skipped by byte count.
    return new TextDecoder(encoding, { ignoreBOM: true });
  } catch {
    throw new ReadError('unreadable-encoding');
  }
}

/** Decode the head (for sniffing) with the encoding the whole file will be read with. */
export function decodeHead(head: Uint8Array, maxBytes = head.length): string {
  const { encoding, bom } = detectEncoding(head);
  const end = Math.min(head.length, bom + maxBytes);
  return newDecoder(encoding).decode(head.subarray(bom, end), { stream: true });
}

/** Split incoming buffers into pieces of at most DECODE_CHUNK_BYTES (no copy). */
async function* boundedChunks(input: ReaderInput): AsyncGenerator<Buffer> {
  for await (const raw of input.stream()) {
    const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw as Uint8Array);
    for (let at = 0; at < chunk.length; at += DECODE_CHUNK_BYTES) {
      yield chunk.subarray(at, Math.min(chunk.length, at + DECODE_CHUNK_BYTES));
    }
  }
}

/**
 * Decode a reader input as text, chunk by chunk (each at most DECODE_CHUNK_BYTES of input), with
 * the BOM removed. A file that looked like plain ASCII UTF-8 in its head but turns out to hold
 * bytes that are not UTF-8 further on is decoded as Windows-1252 from that chunk on, so an
 * accented name past the head is still read as a name.
 */
export async function* decodeStream(input: ReaderInput): AsyncGenerator<string> {
  const detected = detectEncoding(input.head);
  let encoding = detected.encoding;
  let decoder = newDecoder(encoding);
  let skip = detected.bom;
  let sawNonAscii = false;
  let pending: Buffer | undefined;
  for await (const piece of boundedChunks(input)) {
    let chunk = piece;
    if (skip > 0) {
      const drop = Math.min(skip, chunk.length);
      chunk = chunk.subarray(drop);
      skip -= drop;
    }
    if (encoding === 'utf-8') {
      const bytes = pending ? Buffer.concat([pending, chunk]) : chunk;
      const cut = completeUtf8Length(bytes);
      const whole = bytes.subarray(0, cut);
      if (isUtf8(whole)) {
        pending = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : undefined;
        if (!sawNonAscii && !isAscii(whole)) sawNonAscii = true;
        const text = decoder.decode(whole);
        if (text) yield text;
        continue;
      }
      pending = undefined;
      // Invalid UTF-8: a file that was ASCII so far is Windows-1252; a real UTF-8 file with a
      // damaged byte keeps UTF-8 (the damage becomes U+FFFD).
      if (!sawNonAscii) {
        encoding = 'windows-1252';
        decoder = newDecoder(encoding);
      }
      chunk = bytes;
    }
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = (pending ? decoder.decode(pending, { stream: true }) : '') + decoder.decode();
  if (rest) yield rest;
}
