import { describe, expect, it } from 'vitest';
import { completeUtf8Length, decodeStream, detectEncoding } from '../../../src/readers/text/encoding.js';
import { memoryInput } from './recording-sink.js';

async function decodeAll(bytes: Buffer, pieceSize?: number): Promise<string> {
  let out = '';
  for await (const text of decodeStream(memoryInput(bytes, 'x.txt', pieceSize))) out += text;
  return out;
}

const SAMPLE = 'Nohemí Ramírez-Oxlaj, Nadège Saint-Fleur, 张伟, emoji 🙂, end\n';

describe('text decoding', () => {
  it.each([1, 2, 3, 5, 7, 64])('UTF-8 with multi-byte characters cut at every seam (pieces of %i bytes)', async (piece) => {
    expect(await decodeAll(Buffer.from(SAMPLE.repeat(3)), piece)).toBe(SAMPLE.repeat(3));
  });

  it.each([1, 3])('a BOM split across pieces is dropped once (pieces of %i bytes)', async (piece) => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]);
    expect(await decodeAll(withBom, piece)).toBe(SAMPLE);
    const utf16 = Buffer.from(`\ufeff${SAMPLE}`, 'utf16le');
    expect(await decodeAll(utf16, piece)).toBe(SAMPLE);
  });

  it('detects each encoding from the head', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', bom: 3 });
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'utf-16le', bom: 2 });
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: 'utf-16be', bom: 2 });
    expect(detectEncoding(Buffer.from('Name,A\nx,1\n', 'utf16le'))).toEqual({ encoding: 'utf-16le', bom: 0 });
    expect(detectEncoding(Buffer.from('Pérez', 'latin1'))).toEqual({ encoding: 'windows-1252', bom: 0 });
    // A head cut inside a multi-byte character is still UTF-8.
    const cut = Buffer.from('abc é');
    expect(detectEncoding(cut.subarray(0, cut.length - 1))).toEqual({ encoding: 'utf-8', bom: 0 });
  });

  it('completeUtf8Length stops before a cut character only', () => {
    const euro = Buffer.from('a€'); // 61 e2 82 ac
    expect(completeUtf8Length(euro)).toBe(4);
    expect(completeUtf8Length(euro.subarray(0, 3))).toBe(1);
    expect(completeUtf8Length(euro.subarray(0, 2))).toBe(1);
    expect(completeUtf8Length(Buffer.from('abc'))).toBe(3);
  });

  it('Windows-1252 bytes after an ASCII head switch the rest to Windows-1252 (curly quotes and accents)', async () => {
    const ascii = 'a'.repeat(70_000) + '\n';
    const tail = Buffer.from([0x93, 0x50, 0xe9, 0x72, 0x65, 0x7a, 0x94, 0x0a]); // “Pérez”
    expect(await decodeAll(Buffer.concat([Buffer.from(ascii), tail]), 4096)).toBe(`${ascii}“Pérez”\n`);
  });

  it('a damaged byte in a real UTF-8 file stays UTF-8 (one replacement character)', async () => {
    const bytes = Buffer.concat([Buffer.from('é'.repeat(10) + '\n'), Buffer.alloc(70_000, 0x61), Buffer.from([0xff]), Buffer.from('ñ\n')]);
    const text = await decodeAll(bytes, 4096);
    expect(text.endsWith('a\ufffdñ\n')).toBe(true);
    expect(text.startsWith('é'.repeat(10))).toBe(true);
  });
});
