import { describe, expect, it } from 'vitest';
import { readDbf } from '../../../src/readers/data/dbf.js';
import { sniffFormat } from '../../../src/readers/sniff.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { memoryInput, record } from '../text/recording-sink.js';
import { blocking, dbf, dbfOf, PEOPLE, PLANTED, ROSTER, scanBytes, STATISTICS } from './build.js';

const SHORT = ['NAME', 'A_NUMBER', 'DOB', 'COUNTRY', 'GENDER', 'FACILITY', 'FAC_CODE', 'BOOK_IN', 'FEAR_DEC', 'CASE_CAT'];
const roster = () => dbfOf([SHORT, ...ROSTER.slice(1)]);

describe('dBase reader', () => {
  it('is sniffed by its header structure, not its name', () => {
    expect(sniffFormat('attributes.dbf', roster())).toBe('dbf');
    expect(sniffFormat('attributes.bin', roster())).toBe('dbf');
    // A text file and random bytes named .dbf are not dBase.
    expect(sniffFormat('x.dbf', Buffer.from('NAME,DOB\nA,B\n'))).not.toBe('dbf');
    const broken = roster();
    broken.writeUInt16LE(broken.readUInt16LE(10) + 1, 10); // record length no longer adds up
    expect(sniffFormat('x.dbf', broken)).not.toBe('dbf');
  });

  it('reads field names as the header and every record, deleted ones as hidden rows', async () => {
    const { sink, error } = await record(readDbf, memoryInput(dbfOf([SHORT, ...ROSTER.slice(1)], { deleted: [2] }), 'a.dbf'));
    expect(error).toBeUndefined();
    expect(sink.tables[0]!.meta).toMatchObject({ shape: 'records', header: SHORT });
    expect(sink.cells(0)).toEqual(ROSTER.slice(1));
    expect(sink.tables[0]!.rows[2]!.hidden).toBe(true);
    expect(sink.tables[0]!.rows[0]!.hidden).toBeUndefined();
  });

  it('decodes numbers, dates and logicals; text as UTF-8 when it is, else by the code-page byte', async () => {
    const fields = [
      { name: 'NAME', type: 'C', length: 20 },
      { name: 'N', type: 'N', length: 6, decimals: 1 },
      { name: 'D', type: 'D', length: 8 },
      { name: 'L', type: 'L', length: 1 },
    ] as const;
    const utf8 = dbf(fields, [['José Núñez', '12.5', '19840203', 'T']], { encode: (s) => Buffer.from(s, 'utf8') });
    expect((await record(readDbf, memoryInput(utf8, 'u.dbf'))).sink.tables[0]!.rows[0]!.cells).toEqual([
      'José Núñez',
      12.5,
      '1984-02-03',
      true,
    ]);
    const cyrillic = dbf(fields, [['Иван', '', '', 'N']], {
      ldid: 0xc9,
      encode: (s) =>
        Buffer.from(new Uint8Array([...s].map((c) => (c.charCodeAt(0) >= 0x410 ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))))),
    });
    expect((await record(readDbf, memoryInput(cyrillic, 'c.dbf'))).sink.tables[0]!.rows[0]!.cells).toEqual(['Иван', null, null, false]);
    const latin = dbf(fields, [['José', '', '', '?']]);
    expect((await record(readDbf, memoryInput(latin, 'l.dbf'))).sink.tables[0]!.rows[0]!.cells[0]).toBe('José');
  });

  it('a roster blocks, a statistics table passes', async () => {
    const r = await scanBytes('shapes/detainees.dbf', roster());
    expect(r.status).toBe('scanned');
    expect(r.format).toBe('dbf');
    expect(blocking(r).length).toBeGreaterThan(0);
    expectNoLeak({ json: JSON.stringify(r) }, PLANTED);
    const stats = await scanBytes('shapes/counties.dbf', dbfOf(STATISTICS.map((row) => row.map((c, i) => (i === 0 ? String(c) : c)))));
    expect(stats.status).toBe('scanned');
    expect(stats.findings).toEqual([]);
  });

  it('a table cut short is read as far as it goes, then truncated', async () => {
    const full = roster();
    const { sink, error } = await record(readDbf, memoryInput(full.subarray(0, full.length - 200), 'cut.dbf'));
    expect(error).toMatchObject({ name: 'ReadError', kind: 'truncated' });
    expect(sink.tables[0]!.rows.length).toBeGreaterThan(0);
    expect(sink.tables[0]!.rows.length).toBeLessThan(PEOPLE.length);
  });
});
