/**
 * The delimited reader's record parser reads exactly as fast-csv's synchronous parser (the one it
 * replaced) on any text: same records, same unconsumed rest, malformed in the same places. Random
 * text over an alphabet of every character that matters to either parser, for each delimiter,
 * with and without more data to come.
 */
import fc from 'fast-check';
import { parse as fastCsvParse } from 'fast-csv';
import { describe, expect, it } from 'vitest';
import { CsvRecordParser, isJsSpace } from '../../../src/readers/text/csv-records.js';

interface Parsed {
  line: string;
  rows: string[][];
}

/** fast-csv 5's synchronous parser, as the stream wrapper drives it. */
function fastCsv(delimiter: string): { parse(text: string, more: boolean): Parsed | undefined } {
  const inner = (
    fastCsvParse({ delimiter, headers: false, ignoreEmpty: false }) as unknown as {
      parser: { parse(text: string, more: boolean): Parsed };
    }
  ).parser;
  return {
    parse(text, more) {
      try {
        return inner.parse(text, more);
      } catch {
        return undefined;
      }
    },
  };
}

const DELIMITERS = [',', ';', '\t', '|'];
/** Delimiters, quotes, every kind of line end, spaces JavaScript's \s knows, a BOM, letters. */
const ALPHABET = [
  ',',
  ';',
  '\t',
  '|',
  '"',
  '"',
  '\r',
  '\n',
  '\r\n',
  ' ',
  ' ',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\v',
  'a',
  'b',
  'é',
  '😀',
];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((cs) => cs.join(''));

function expectSame(delimiter: string, input: string, more: boolean): void {
  const ours = new CsvRecordParser(delimiter).parse(input, more);
  const theirs = fastCsv(delimiter).parse(input, more);
  if (theirs === undefined) expect(ours).toBeUndefined();
  else {
    expect(ours).toBeDefined();
    expect(ours!.rows).toEqual(theirs.rows);
    // Only the rest of text that may still grow is used (as the next chunk's start).
    if (more) expect(ours!.line).toBe(theirs.line);
  }
}

describe('CSV record parser', () => {
  it('reads random text exactly as fast-csv does, for every delimiter, with and without more data', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...DELIMITERS), fc.boolean(), (input, delimiter, more) => expectSame(delimiter, input, more)),
      { numRuns: 4000 },
    );
  });

  it('reads CSV-shaped text (quoted cells, doubled quotes, ragged rows) exactly as fast-csv does', () => {
    const cell = fc.oneof(
      fc.constantFrom('', ' ', 'x', 'two words', ' lead', 'trail ', 'a"b'),
      fc.constantFrom('""', '"q"', '" q "', '"a""b"', '"a,b"', '"line\nbreak"', '"cr\rlf\r\n"', ' "sp"', '"sp" ', '"bad"x', '"open'),
    );
    const row = fc.array(cell, { maxLength: 5 });
    const csv = fc.tuple(fc.array(row, { maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom(...DELIMITERS));
    fc.assert(
      fc.property(csv, fc.boolean(), ([rows, eol, delimiter], more) => {
        expectSame(delimiter, rows.map((r) => r.join(delimiter)).join(eol), more);
        expectSame(delimiter, rows.map((r) => r.join(delimiter) + eol).join(''), more);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads lines without quotes (split at once) exactly as fast-csv does, mixed with quoted lines', () => {
    const plain = fc
      .array(fc.constantFrom(',', ';', '\t', '|', ' ', '\u00a0', '\r', '\n', '\n', '\r\n', 'a', 'b', 'é', '"'), { maxLength: 60 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(plain, fc.constantFrom(...DELIMITERS), fc.boolean(), (input, delimiter, more) => expectSame(delimiter, input, more)),
      { numRuns: 4000 },
    );
  });

  it('keeps its quirks: space before a leading delimiter, blank records, a CR at the end, a BOM', () => {
    const p = new CsvRecordParser(',');
    expect(p.parse('  ,b\n', true)).toEqual({ line: '', rows: [['', 'b']] });
    expect(p.parse('a\n  \n\nb\n', true)).toEqual({ line: '', rows: [['a'], [], [], ['b']] });
    expect(p.parse('a,b\r', true)).toEqual({ line: 'a,b\r', rows: [] });
    expect(p.parse('a,b\r', false)!.rows).toEqual([['a', 'b']]);
    expect(p.parse('\ufeffa\n', true)).toEqual({ line: '', rows: [['a']] });
    expect(p.parse(' "q" , x\n', true)).toEqual({ line: '', rows: [['q', ' x']] });
    expect(p.parse('"a""b",c\n"d', true)).toEqual({ line: '"d', rows: [['a"b', 'c']] });
    expect(p.parse('"d', false)).toBeUndefined();
    expect(p.parse('"a"b\n', true)).toBeUndefined();
  });

  it('knows JavaScript\u2019s white space exactly', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isJsSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
