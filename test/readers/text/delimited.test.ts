import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../../src/config/scan-options.js';
import { sniffFormat } from '../../../src/readers/sniff.js';
import { MAX_PENDING_CHARS, readDelimited } from '../../../src/readers/text/delimited.js';
import { ReadError } from '../../../src/readers/types.js';
import { scanFile } from '../../../src/scan/scan-file.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { makePeople, plantedValues, ROSTER_HEADER, rosterRows, toCsv } from '../../fixtures/people.js';
import { errorText, memoryInput, record } from './recording-sink.js';

const people = makePeople(5, 11);
const planted = plantedValues(people);
const roster = rosterRows(people);

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (order === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

describe('delimited reader', () => {
  it.each([
    [',', 'roster.csv'],
    [';', 'roster.csv'],
    ['\t', 'roster.tsv'],
    ['\t', 'roster.txt'],
    ['|', 'roster.psv'],
    ['|', 'roster.dat'],
  ])('reads %j-separated records as one lettered grid, header = record 1 (%s)', async (delimiter, name) => {
    const { sink, error } = await record(readDelimited, memoryInput(toCsv(roster, delimiter), name));
    expect(error).toBeUndefined();
    expect(sink.tables).toHaveLength(1);
    expect(sink.tables[0]!.meta).toMatchObject({ surface: 'cells', shape: 'grid', lettered: true });
    expect(sink.tables[0]!.ended).toBe(true);
    expect(sink.cells()).toEqual(roster);
    expect(sink.tables[0]!.rows.map((r) => r.rowNumber)).toEqual(roster.map((_, i) => i + 1));
  });

  it('prefers the delimiter that splits every record the same way over a stray one in the data', async () => {
    // Decimal commas in a semicolon file: commas are inconsistent, semicolons are not.
    const text = 'Facility;ADP;ALOS\nAdelanto;1,5;12,25\nStewart;2;3\nOtero;4,75;6\n';
    const { sink } = await record(readDelimited, memoryInput(text, 'stats.csv'));
    expect(sink.cells()).toEqual([
      ['Facility', 'ADP', 'ALOS'],
      ['Adelanto', '1,5', '12,25'],
      ['Stewart', '2', '3'],
      ['Otero', '4,75', '6'],
    ]);
  });

  it('strips a UTF-8 BOM so the first header is clean', async () => {
    const { sink } = await record(
      readDelimited,
      memoryInput(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(toCsv(roster))]), 'r.csv'),
    );
    expect(sink.cells()[0]![0]).toBe('Name');
    expect(sink.cells()).toEqual(roster);
  });

  it.each([
    ['le', true],
    ['le', false],
    ['be', true],
    ['be', false],
  ] as const)('reads UTF-16 %s (BOM: %s), across odd chunk seams', async (order, bom) => {
    const bytes = utf16(toCsv(roster, '\t'), order, bom);
    const { sink, error } = await record(readDelimited, memoryInput(bytes, 'export.txt', 333));
    expect(error).toBeUndefined();
    expect(sink.cells()).toEqual(roster);
  });

  it('reads Windows-1252 accented names as the names they are, also past the head', async () => {
    const header = ['Name', 'Alien File Number'];
    const filler = Array.from({ length: 5000 }, (_, i) => [`Plain ${i}`, String(100000000 + i)]);
    const accented = [
      ['PÉREZ, NOHEMÍ', '012345678'],
      ['NUÑEZ, JOSÉ LUIS', '212345678'],
    ];
    const text = toCsv([header, ...filler, ...accented]);
    const bytes = Buffer.from(text, 'latin1'); // these letters are the same bytes in Windows-1252
    expect(bytes.length).toBeGreaterThan(64 * 1024); // the accents are beyond the sniffed head
    const { sink } = await record(readDelimited, memoryInput(bytes, 'export.csv', 4096));
    const rows = sink.cells();
    expect(rows.at(-2)).toEqual(accented[0]);
    expect(rows.at(-1)).toEqual(accented[1]);

    const early = await record(readDelimited, memoryInput(Buffer.from(toCsv([header, ...accented]), 'latin1'), 'e.csv'));
    expect(early.sink.cells().slice(1)).toEqual(accented);
  });

  it('keeps quoted newlines, delimiters and quotes inside one cell', async () => {
    const rows = [
      ['Name', 'Note'],
      [people[0]!.lastFirst, 'line one\nline "two", still the cell'],
      ['x', 'y'],
    ];
    const { sink } = await record(readDelimited, memoryInput(toCsv(rows), 'n.csv'));
    expect(sink.cells()).toEqual(rows);
    expect(sink.tables[0]!.rows.map((r) => r.rowNumber)).toEqual([1, 2, 3]);
  });

  it('reads ragged records as they are, without error', async () => {
    const text = 'a,b,c\n1,2\n\n3,4,5,6\n';
    const { sink, error } = await record(readDelimited, memoryInput(text, 'r.csv'));
    expect(error).toBeUndefined();
    expect(sink.cells()).toEqual([['a', 'b', 'c'], ['1', '2'], [], ['3', '4', '5', '6']]);
  });

  it('reads records across many small chunks exactly as from one', async () => {
    const text = toCsv(rosterRows(makePeople(200, 3)));
    const whole = await record(readDelimited, memoryInput(text, 'a.csv'));
    const pieces = await record(readDelimited, memoryInput(text, 'a.csv', 97));
    expect(pieces.sink.cells()).toEqual(whole.sink.cells());
    expect(whole.sink.cells()).toHaveLength(201);
  });

  it('an unbalanced quote right before a name: rows still reach the sink, then corrupt without library text', async () => {
    const [header, first, second, ...rest] = roster;
    const broken = `"${second!.join(',')}`; // opening quote, never closed
    const text = [header, first, broken, ...rest].map((r) => (Array.isArray(r) ? toCsv([r]).trimEnd() : r)).join('\n') + '\n';
    const { sink, error } = await record(readDelimited, memoryInput(text, 'roster.csv'));
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).kind).toBe('corrupt');
    expect((error as ReadError).detail).toBe('malformed quoting near record 3');
    const seen = sink.cells().map((r) => r.join(','));
    // Every person after the broken record is still delivered as a row, numbered on.
    for (const p of people.slice(2)) expect(seen.some((line) => line.includes(p.aNumber))).toBe(true);
    expect(seen.some((line) => line.includes(people[1]!.aNumber))).toBe(true);
    expect(sink.tables[0]!.rows.map((r) => r.rowNumber)).toEqual(roster.map((_, i) => i + 1));
    expect(sink.tables[0]!.ended).toBe(true);
    expectNoLeak({ error: errorText(error) }, planted);
  });

  it('text after a closing quote (a malformed cell) is recovered and reported by record number', async () => {
    const p = people[0]!;
    const text = `Name,A-Number\n"${p.familyName}" Jr,${p.aNumber}\nok,1\n`;
    const { sink, error } = await record(readDelimited, memoryInput(text, 'm.csv'));
    expect((error as ReadError).kind).toBe('corrupt');
    expect((error as ReadError).detail).toBe('malformed quoting near record 2');
    expect(sink.cells()).toEqual([
      ['Name', 'A-Number'],
      [`${p.familyName} Jr`, p.aNumber],
      ['ok', '1'],
    ]);
    expectNoLeak({ error: errorText(error) }, planted);
  });

  it('a quote never closed in a file without other quotes does not hold the rest of the file', async () => {
    const lines = Array.from({ length: Math.ceil((MAX_PENDING_CHARS * 1.5) / 30) }, (_, i) => `row ${i},${100000000 + i},x`);
    const text = `h1,h2,h3\n"open,1,2\n${lines.join('\n')}\n${people[0]!.lastFirst.replace(',', '')},${people[0]!.aNumber},y\n`;
    const { sink, error } = await record(readDelimited, memoryInput(text, 'big.csv'));
    expect((error as ReadError).kind).toBe('corrupt');
    expect((error as ReadError).detail).toBe('malformed quoting near record 2');
    const rows = sink.cells();
    expect(rows).toHaveLength(lines.length + 3);
    expect(rows.at(-1)![1]).toBe(people[0]!.aNumber);
    expectNoLeak({ error: errorText(error) }, planted);
  });

  it('one record longer than the held-text limit is read in pieces and reported as such, not as bad quoting', async () => {
    const long = 'x'.repeat(MAX_PENDING_CHARS + 600_000);
    const text = `a,b\n1,${long},${people[0]!.aNumber}\n2,3\n`;
    const { sink, error } = await record(readDelimited, memoryInput(text, 'wide.csv'));
    expect((error as ReadError).kind).toBe('corrupt');
    expect((error as ReadError).detail).toBe(`a record longer than ${MAX_PENDING_CHARS} characters at record 2`);
    const rows = sink.cells().map((r) => r.join(','));
    expect(rows.some((r) => r.includes(people[0]!.aNumber))).toBe(true);
    expect(rows.at(-1)).toBe('2,3');
  });

  it('scans a CSV file on disk end to end: scanned, delimited', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apg-text-formats-'));
    const path = join(dir, 'roster.csv');
    writeFileSync(path, toCsv(rosterRows(people)));
    const result = await scanFile({ displayPath: 'data/roster.csv', path }, resolveScanOptions());
    expect(result).toMatchObject({ status: 'scanned', format: 'delimited', path: 'data/roster.csv' });
    expectNoLeak({ result: JSON.stringify(result) }, planted);
  });

  it('the header row is delivered like any record (detection decides what it is)', async () => {
    const { sink } = await record(readDelimited, memoryInput(toCsv([[...ROSTER_HEADER]]), 'h.csv'));
    expect(sink.cells()).toEqual([[...ROSTER_HEADER]]);
  });

  const realCsv = '/work/shared/corpus/real/ice_facility_codes_2017-11-06.csv';
  it.skipIf(!existsSync(realCsv))("reads ICE's public facility-code CSV whole: every record, every column", async () => {
    const data = readFileSync(realCsv);
    expect(sniffFormat('ice_facility_codes.csv', data.subarray(0, 64 * 1024))).toBe('delimited');
    const { sink, error } = await record(readDelimited, memoryInput(data, 'ice_facility_codes.csv', 8192));
    expect(error).toBeUndefined();
    const rows = sink.cells();
    expect(rows[0]!.slice(0, 3)).toEqual(['detloc', 'name', 'address']);
    expect(rows.length).toBeGreaterThan(1600);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });
});

describe('delimited reader, bare CR line ends', () => {
  it('reads records split by CR alone, also in recovery after a malformed record', async () => {
    const clean = await record(readDelimited, memoryInput('a,b\r1,2\r3,4\r', 'mac.csv'));
    expect(clean.sink.cells()).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    const broken = await record(readDelimited, memoryInput('a,b\r"x"y,2\r3,4\r5,6\r', 'mac.csv'));
    expect((broken.error as ReadError).kind).toBe('corrupt');
    expect(broken.sink.cells().slice(-2)).toEqual([
      ['3', '4'],
      ['5', '6'],
    ]);
  });
});
