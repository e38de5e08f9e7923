/**
 * The streaming .xlsx reader: rows as Excel writes them (shared strings, styles, numbers shown
 * through formats), the tokenizer's chunk boundaries, and flat memory on a large sheet.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberStyle } from '../../../src/readers/spreadsheet/stream/xlsx.js';
import { XmlScanner } from '../../../src/readers/spreadsheet/stream/scanner.js';
import { writeBigRosterXlsx } from '../../fixtures/big-xlsx.js';
import { makePeople } from '../../fixtures/people.js';
import { readBook } from './helpers.js';

describe('number formats', () => {
  it('show identifiers as people see them and recognise dates', () => {
    expect(numberStyle('"A"000000000')).toEqual({ prefix: 'A', suffix: '', digits: 9 });
    expect(numberStyle('\\A000000000')).toEqual({ prefix: 'A', suffix: '', digits: 9 });
    expect(numberStyle('000000000')).toEqual({ prefix: '', suffix: '', digits: 9 });
    expect(numberStyle('yyyy-mm-dd')).toEqual({ date: true });
    expect(numberStyle('[$-409]d-mmm-yy;@')).toEqual({ date: true });
    for (const plain of ['0', '00', '#,##0', '0.00', '0%', 'General', '"$"#,##0.00']) expect(numberStyle(plain)).toEqual({});
  });
});

describe('the tokenizer', () => {
  it('gives the same events wherever the chunks are cut', () => {
    const xml =
      '<?xml version="1.0"?><x:sheetData><!-- c --><row r="2" hidden="1"><c r="B2" t="s" a=\'>\'><v>1&amp;2</v></c><c r="C2"><is><t><![CDATA[<a>]]></t></is></c></row></x:sheetData>';
    const events = (cuts: number[]) => {
      const out: string[] = [];
      const scanner = new XmlScanner({
        open: (n, a, s) => out.push(`<${n} ${a}${s ? '/' : ''}>`),
        close: (n) => out.push(`</${n}>`),
        text: (t) => out.push(t),
      });
      let from = 0;
      for (const cut of [...cuts, xml.length]) {
        scanner.write(xml.slice(from, cut));
        from = cut;
      }
      scanner.end();
      return out.join(''); // a text may arrive in pieces: joined, the events must not differ
    };
    const whole = events([]);
    expect(whole).toContain('1&2');
    expect(whole).toContain('<a>');
    for (let cut = 1; cut < xml.length; cut++) expect(events([cut])).toBe(whole);
  });

  it('calls a part cut inside a tag or an element corrupt', () => {
    const scanner = new XmlScanner({ open() {}, close() {}, text() {} });
    scanner.write('<sheetData><row r="1"><c r="A');
    expect(() => scanner.end()).toThrow(expect.objectContaining({ kind: 'corrupt' }));
  });
});

describe('a workbook as Excel writes it', () => {
  it('reads every row, A-numbers through their "A"000000000 format, birth dates as dates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apg-stream-'));
    const path = join(dir, 'roster.xlsx');
    await writeBigRosterXlsx(path, 3_000);
    const sink = await readBook(readFileSync(path));
    const [table] = sink.tablesOn('cells', 'Roster');
    expect(table!.rows).toHaveLength(3_002);
    expect(sink.counts.rows).toBe(3_002);
    const people = makePeople(5_000, 9);
    const first = table!.rows.find((r) => r.rowNumber === 4)!;
    expect(first.cells[0]).toBe(people[0]!.lastFirst);
    expect(first.cells[1]).toBe(`A${people[0]!.aNumber}`);
    expect(first.cells[2]).toBeInstanceOf(Date);
    expect((first.cells[2] as Date).toISOString().slice(0, 10)).toBe(people[0]!.birthDate);
  });
});
