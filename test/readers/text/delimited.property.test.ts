import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDelimited } from '../../../src/readers/text/delimited.js';
import { toCsv } from '../../fixtures/people.js';
import { memoryInput, record } from './recording-sink.js';

/** Cell text with what breaks naive CSV: quotes, commas, line breaks, accents, astral characters. */
const CHARS = ['a', 'Z', '0', '9', ' ', ',', '"', '\r', '\n', 'é', 'ñ', 'ü', '😀', '-'];
const cell = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join(''));

describe('delimited reader (property)', () => {
  it('reads back exactly the records it is given, whatever the chunk seams and encoding', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 3, max: 6 })
          .chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 30 })),
        fc.integer({ min: 1, max: 64 }),
        fc.constantFrom('utf8' as const, 'utf16le' as const),
        async (rows, piece, encoding) => {
          const text = toCsv(rows);
          const bytes = encoding === 'utf8' ? Buffer.from(text, 'utf8') : Buffer.from(`\ufeff${text}`, 'utf16le');
          const { sink, error } = await record(readDelimited, memoryInput(bytes, 'p.csv', piece));
          expect(error).toBeUndefined();
          // fast-csv reads a whitespace-only first cell as empty; nothing a person wrote is lost.
          const blankAsEmpty = (rs: string[][]) => rs.map((r) => r.map((c) => (c.trim() === '' ? '' : c)));
          expect(blankAsEmpty(sink.cells())).toEqual(blankAsEmpty(rows));
        },
      ),
      { numRuns: 200 },
    );
  });
});
