import { TextDecoder } from 'node:util';
import { ReadError, type ReaderInput } from './types.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

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
  // Trim a possibly cut multi-byte sequence at the end of the head before validating.
  let end = n;
  while (end > 0 && end > n - 4 && (head[end - 1]! & 0xc0) === 0x80) end--;
  if (end > 0 && head[end - 1]! >= 0xc0) end--;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'windows-1252', bom: 0 };
  }
}

/** Decode a reader input as text, chunk by chunk, with the BOM removed. */
export async function* decodeStream(input: ReaderInput): AsyncGenerator<string> {
  const { encoding, bom } = detectEncoding(input.head);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { ignoreBOM: false });
  } catch {
    throw new ReadError('unreadable-encoding');
  }
  let skip = bom;
  for await (const raw of input.stream()) {
    let chunk = raw as Buffer;
    if (skip > 0) {
      const drop = Math.min(skip, chunk.length);
      chunk = chunk.subarray(drop);
      skip -= drop;
    }
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
