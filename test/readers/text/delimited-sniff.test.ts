import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../../src/config/scan-options.js';
import type { FileResult } from '../../../src/core/model.js';
import { blockingCount } from '../../../src/core/verdict.js';
import { delimitedReading, sniffDelimiter, sniffFormat } from '../../../src/readers/sniff.js';
import { readDelimited } from '../../../src/readers/text/delimited.js';
import { scanFile } from '../../../src/scan/scan-file.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { templatedMemo } from '../../fixtures/code.js';
import { makePeople, plantedValues, rosterRows, toCsv } from '../../fixtures/people.js';
import { memoryInput, record } from './recording-sink.js';

const people = makePeople(8, 313);
const planted = plantedValues(people);
const roster = rosterRows(people);
const options = resolveScanOptions();
const blocks = (r: FileResult) => blockingCount(r, { failOn: 'high', notInspectedBlocks: true });
const scan = (name: string, text: string) => scanFile({ displayPath: name, data: Buffer.from(text, 'utf8') }, options);
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('rare delimiters', () => {
  it.each(['^', '~'])('a %j-delimited roster named .txt is read as delimited text and blocks', async (d) => {
    const text = toCsv(roster, d);
    expect(sniffFormat('export.txt', bytes(text))).toBe('delimited');
    expect(sniffDelimiter(text, 'export.txt')).toBe(d);
    const { sink } = await record(readDelimited, memoryInput(text, 'export.txt'));
    expect(sink.cells(sink.tables.findIndex((t) => t.meta.lettered))).toEqual(roster);
    const result = await scan('export.txt', text);
    // Read as a table (before, it was prose: its columns were never judged as columns).
    expect(result.findings.some((f) => f.location.surface === 'cells' && f.severity !== 'notice')).toBe(true);
    expect(blocks(result)).toBeGreaterThan(0);
    expectNoLeak({ result: JSON.stringify(result) }, planted);
  });

  it('a sep= hint may name them', () => {
    expect(sniffDelimiter('sep=^\na^b,c\n1^2,3\n', 'x.csv')).toBe('^');
  });
});

describe('the same count of commas on each line does not make a CSV', () => {
  it('a templated memo is read both ways (table and prose), passes, and is never corrupt', async () => {
    const memo = templatedMemo();
    expect(delimitedReading(memo, 'memo.txt')).toBe('either');
    const { sink, error } = await record(readDelimited, memoryInput(memo, 'memo.txt'));
    expect(error).toBeUndefined();
    expect(sink.tables.length).toBeGreaterThan(0);
    expect(sink.allProse()).toContain('completed its annual inspection');
    const result = await scan('memo.txt', memo);
    expect(result.status).toBe('scanned');
    expect(blocks(result)).toBe(0);
  });

  it('a roster written as templated sentences is found by one of the two readings', async () => {
    const lines = people.map(
      (p) =>
        `Detainee ${p.fullName}, A-number A${p.aNumber}, born ${p.birthDate}, received a ${p.fearDecision.toLowerCase()} determination.`,
    );
    const text = lines.join('\n') + '\n';
    expect(delimitedReading(text, 'notes.txt')).toBe('either');
    const result = await scan('notes.txt', text);
    expect(blocks(result)).toBeGreaterThan(0);
    expectNoLeak({ result: JSON.stringify(result) }, planted);
  });

  it('prose with a stray quote and one comma a line is text, not a corrupt CSV', async () => {
    const letter =
      [
        'Dear colleagues, thank you for the "quick review of the draft.',
        'As discussed, the tables follow next week.',
        'If anything is unclear, write to the data desk.',
        'With thanks, the editors.',
      ].join('\n') + '\n';
    expect(delimitedReading(letter, 'letter.txt')).toBe('none');
    expect(sniffFormat('letter.txt', bytes(letter))).toBe('text');
    const result = await scan('letter.txt', letter);
    expect(result.status).toBe('scanned');
  });

  it('prose with several commas a line and a stray quote is read both ways and never corrupt', async () => {
    const text =
      Array.from({ length: 6 }, (_, i) => `"Item ${i}, reviewed by the desk, approved, and filed in the archive.`).join('\n') + '\n';
    const result = await scan('log.txt', text);
    expect(result.format).toBe('delimited');
    expect(result.status).toBe('scanned');
  });

  it('a fixed-width export with thousands separators is read both ways', () => {
    const text =
      [
        'Facility                          ADP        Book-ins',
        ...['ADELANTO ICE PROCESSING CENTER', 'STEWART DETENTION CENTER', 'OTERO COUNTY PROCESSING CENTER', 'WINN CORRECTIONAL CENTER'].map(
          (f, i) =>
            `${f.padEnd(32)}  ${(1200 + i).toLocaleString('en-US').padStart(5)}      ${(23456 + i * 1111).toLocaleString('en-US').padStart(6)}`,
        ),
      ].join('\n') + '\n';
    expect(delimitedReading(text, 'report.txt')).not.toBe('table');
  });

  it('a clean CSV without a delimited extension is a table, read once', async () => {
    const text = toCsv(roster);
    expect(delimitedReading(text, 'export.dat')).toBe('table');
    const { sink } = await record(readDelimited, memoryInput(text, 'export.dat'));
    expect(sink.texts).toEqual([]);
  });
});

describe('valid RFC 4180 quoting is never corrupt, whatever the delimiter', () => {
  const CHARS = ['a', 'Z', '0', ' ', '"', '\r', '\n', 'é', '-'];
  it('reads back exactly the records it is given', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(',', ';', '\t', '|', '^', '~'),
        fc.integer({ min: 3, max: 6 }),
        fc.integer({ min: 1, max: 48 }),
        fc.integer({ min: 0, max: 1000 }),
        async (delimiter, width, piece, seed) => {
          const cell = fc.array(fc.constantFrom(...CHARS, delimiter), { maxLength: 10 }).map((cs) => cs.join(''));
          const rows = fc.sample(fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 2, maxLength: 20 }), {
            numRuns: 1,
            seed,
          })[0]!;
          // A first row of plain names, as real files have, so the delimiter is unambiguous.
          const all = [Array.from({ length: width }, (_, i) => `col${i}`), ...rows];
          const { sink, error } = await record(readDelimited, memoryInput(toCsv(all, delimiter), 'p.csv', piece));
          expect(error).toBeUndefined();
          const blankAsEmpty = (rs: string[][]) => rs.map((r) => r.map((c) => (c.trim() === '' ? '' : c)));
          expect(blankAsEmpty(sink.cells())).toEqual(blankAsEmpty(all));
        },
      ),
      { numRuns: 150 },
    );
  });
});
