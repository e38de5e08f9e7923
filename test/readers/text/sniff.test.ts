import { describe, expect, it } from 'vitest';
import { sniffDelimiter, sniffFormat } from '../../../src/readers/sniff.js';
import { rosterRows, makePeople, toCsv } from '../../fixtures/people.js';

const csv = toCsv(rosterRows(makePeople(5, 71)));
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** The first bytes of a zip whose first entry is a workbook part. */
function zipHead(entryName: string): Uint8Array {
  const name = Buffer.from(entryName, 'latin1');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(name.length, 26);
  return new Uint8Array(Buffer.concat([header, name, Buffer.alloc(64)]));
}

describe('sniffFormat: content decides, the name only breaks ties', () => {
  it("R's printed vectors open like JSON arrays but are text: '[1] 7214', '[1] \"a\" \"b\"'", () => {
    expect(sniffFormat('output.txt', bytes('[1] 7214\n'))).toBe('text');
    expect(sniffFormat('output.txt', bytes('[1] "HONDURAS" "GUATEMALA"\n[3] "MEXICO"\n'))).toBe('text');
    expect(sniffFormat('data.txt', bytes('[1, 2, 3]\n'))).toBe('json');
    expect(sniffFormat('rows.txt', bytes('{"a": 1}\n{"a": 2}\n'))).toBe('ndjson');
  });

  it.each([
    ['a CSV named .xlsx', 'data.xlsx', bytes(csv), 'delimited'],
    ['a CSV named .pdf', 'report.pdf', bytes(csv), 'delimited'],
    ['a workbook named .txt', 'notes.txt', zipHead('xl/workbook.xml'), 'xlsx'],
    ['a workbook named .csv', 'roster.csv', zipHead('xl/worksheets/sheet1.xml'), 'xlsx'],
    ['a PDF named .csv', 'roster.csv', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
    ['JSON named .csv', 'roster.csv', bytes('[{"name": "x"}]'), 'json'],
    ['NDJSON without its extension', 'events.log', bytes('{"a":1}\n{"a":2}\n'), 'ndjson'],
    ['HTML named .txt', 'page.txt', bytes('<!DOCTYPE html><html><body><table></table></body></html>'), 'html'],
    ['XML without a declaration named .txt', 'feed.txt', bytes('<records>\n<r><a>1</a></r>\n</records>\n'), 'xml'],
    ['a Markdown table named .txt', 'notes.txt', bytes('| Name | A-Number |\n|------|----------|\n| x | 1 |\n| y | 2 |\n'), 'markdown'],
    ['a Markdown file starting with a link', 'README', bytes('[![build](badge.svg)](ci)\n\nSome text.\n'), 'text'],
    ['a note starting with [Draft]', 'notes.txt', bytes('[Draft] meeting notes\nmore words\n'), 'text'],
    ['a .md file starting with a link', 'README.md', bytes('[docs](https://example.org)\n'), 'markdown'],
    ['a .json file that is not JSON', 'broken.json', bytes('[Draft'), 'json'],
    ['UTF-16 LE CSV without a BOM', 'export.dat', new Uint8Array(Buffer.from(csv, 'utf16le')), 'delimited'],
    ['plain prose', 'letter.txt', bytes('Dear reader,\nthank you for the note.\nRegards\n'), 'text'],
    ['an empty file', 'x.csv', new Uint8Array(0), 'empty'],
    [
      'an OLE file naming a Workbook stream, named .csv',
      'roster.csv',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.alloc(504), ...Buffer.from('Workbook\u0000', 'utf16le')]),
      'xls',
    ],
  ] as const)('%s', (_what, name, head, expected) => {
    expect(sniffFormat(name, head)).toBe(expected);
  });
});

describe('sniffDelimiter', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n4,5,6\n', 'x.csv'],
    [';', 'a;b;c\n1,5;2;3\n4;5,25;6\n', 'x.csv'],
    ['\t', 'a\tb\n1\t2\n', 'x.txt'],
    ['|', 'a|b|c\n1|2|3\n', 'x.dat'],
    [',', '"last, first",b\n"QUISPE, A",2\n"B; C",3\n', 'x.csv'],
    [';', 'sep=;\na,b;c\n1,2;3\n', 'x.csv'],
    ['\t', 'single column\nvalues\n', 'x.tsv'],
    [',', 'single column\nvalues\n', 'x.csv'],
  ] as const)('%j for %j', (expected, text, name) => {
    expect(sniffDelimiter(text, name)).toBe(expected);
  });
});
