/**
 * The streaming .xlsx reader: rows as Excel writes them (shared strings, styles, numbers shown
 * through formats), the tokenizer's chunk boundaries, the dedicated cell loop against what the
 * markup says (prefixes, entities, CDATA, comments, phonetic runs, cells without addresses), and
 * text cut inside a multi-byte character between inflated chunks.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberStyle } from '../../../src/readers/spreadsheet/stream/xlsx.js';
import { XmlScanner, wholeUtf8 } from '../../../src/readers/spreadsheet/stream/scanner.js';
import { readSheetText, type SheetContext } from '../../../src/readers/spreadsheet/stream/sheet.js';
import { oneSheetXlsx, writeBigRosterXlsx } from '../../fixtures/big-xlsx.js';
import { recordingSink } from './recording-sink.js';
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

describe('the cell loop', () => {
  const STRINGS = ['Ana Ruiz', 'Case 1', 'Hola'];
  const xml =
    '<?xml version="1.0"?><x:worksheet xmlns:x="urn:x"><x:cols><x:col min="2" max="2" hidden="1"/></x:cols><x:sheetData>' +
    '<x:row r="2" hidden="1"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2" t="s" x:note=\'a>b\'><x:v>0</x:v></x:c></x:row>' +
    '<row r="3" ><c r="A3" t="inlineStr"><is><r><t>Ana </t></r><r><t xml:space="preserve">Ruiz</t></r><rPh sb="0"><t>ana</t></rPh></is></c>' +
    '<c t="str"><f>"Anabel"&amp;" Ortiz"</f><v>Anabel Ortiz</v></c><c r="D3"/><c r="E3" s="1"><v>123456789</v></c><c r="F3" s = "2"><v>36526</v></c></row>' +
    '<row><c r="&#65;4" t="&#115;"><v><![CDATA[1]]></v></c><c r="B4" t="b"><v>1</v></c><c r="C4"><!-- a note --><v>1<!-- x -->5</v></c>' +
    '<c r="D4" t="e"><v>#N/A</v></c><c r="E4" t="s"><v> 1 </v></c><c r="F4"><?pi x?><v>2&#46;5</v></c></row>' +
    '<row r="6"><c r="ZZ6"><v>7</v></c><c t="s"><v>2</v></c><c r="A6" t="d"><v>2001-01-01</v></c><c r="B6" t="s"><v>9</v></c></row>' +
    '</x:sheetData><x:headerFooter><x:oddHeader>Head &amp; Foot</x:oddHeader></x:headerFooter></x:worksheet>';

  async function read(pieces: string[]) {
    const sink = recordingSink();
    const ctx: SheetContext = {
      strings: STRINGS,
      used: new Uint8Array(STRINGS.length),
      styles: [{}, { prefix: 'A', suffix: '', digits: 9 }, { date: true }],
      date1904: false,
      sink,
      counts: { sheets: 1, rows: 0, cells: 0, dangling: 0 },
    };
    const stub = await readSheetText(pieces, ctx, { sheet: 'S', sheetState: 'visible' });
    return { sink, ctx, stub: stub.toString('utf8') };
  }

  it('reads every cell as the markup says', async () => {
    const { sink, ctx, stub } = await read([xml]);
    const [table] = sink.tables;
    expect([...(table!.meta.hiddenColumns ?? [])]).toEqual([1]);
    const rows = table!.rows.map((r) => ({
      ...r,
      cells: Object.fromEntries(r.cells.flatMap((c, i) => (c === undefined ? [] : [[i, c]]))),
    }));
    expect(rows).toEqual([
      { rowNumber: 2, hidden: true, cells: { 0: 'Case 1', 1: 'Ana Ruiz' } },
      { rowNumber: 3, hidden: false, cells: { 0: 'Ana Ruiz', 1: 'Anabel Ortiz', 4: 'A123456789', 5: new Date('2000-01-01') } },
      { rowNumber: 4, hidden: false, cells: { 0: 'Case 1', 1: true, 2: 15, 3: '#N/A', 4: 'Case 1', 5: 2.5 } },
      { rowNumber: 6, hidden: false, cells: { 0: new Date('2001-01-01'), 701: 7, 702: 'Hola' } },
    ]);
    // A formula's literals are read as prose; a cell past the string table is counted, not guessed.
    expect(sink.texts.map((t) => [t.text, t.where.cell])).toEqual([
      ['Anabel', 'B3'],
      [' Ortiz', 'B3'],
    ]);
    expect(ctx.counts.dangling).toBe(1);
    expect([...ctx.used]).toEqual([1, 1, 1]);
    // The markup outside the cells is kept for the part readers.
    expect(stub).toContain('<col min="2" max="2" hidden="1"/>');
    expect(stub).toContain('<oddHeader>Head &amp; Foot</oddHeader>');
    expect(stub).not.toContain('Case');
  });

  it('reads the same rows wherever the text is cut', async () => {
    const whole = JSON.stringify((await read([xml])).sink.tables);
    for (let cut = 1; cut < xml.length; cut++) {
      expect(JSON.stringify((await read([xml.slice(0, cut), xml.slice(cut)])).sink.tables)).toBe(whole);
    }
  });

  it('calls a sheet cut inside its cells corrupt', async () => {
    await expect(read([xml.slice(0, xml.indexOf('<row r="6"'))])).rejects.toMatchObject({ kind: 'corrupt' });
  });
});

describe('inflated chunks', () => {
  it('keep a character cut between two chunks whole', async () => {
    expect(wholeUtf8(Buffer.from('ab', 'utf8'))).toBe(2);
    const accent = Buffer.from('aé', 'utf8');
    expect(wholeUtf8(accent.subarray(0, 2))).toBe(1);
    const emoji = Buffer.from('a\u{1F600}', 'utf8');
    for (let cut = 2; cut < emoji.length; cut++) expect(wholeUtf8(emoji.subarray(0, cut))).toBe(1);
    expect(wholeUtf8(emoji)).toBe(emoji.length);
    // Inline texts of one to four bytes a character, far past one inflated chunk (256 KiB).
    const text = 'Ñandú \u{1F600} Łódź 北京 ';
    const rows = Array.from(
      { length: 12_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${text}${i}</t></is></c></row>`,
    );
    const sink = await readBook(oneSheetXlsx(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`));
    const [table] = sink.tablesOn('cells', 'Roster');
    expect(table!.rows).toHaveLength(12_000);
    for (const [i, row] of table!.rows.entries()) expect(row.cells[0]).toBe(`${text}${i}`);
  });
});
