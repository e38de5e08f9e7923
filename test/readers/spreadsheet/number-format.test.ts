/**
 * Identifiers shown through a number format: a cell stores 12345678 and the sheet shows
 * "A012345678" because its format is "A"000000000. Detection must judge what the sheet shows.
 */
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECT_OPTIONS, DEFAULT_LIMITS } from '../../../src/config/scan-options.js';
import { createAnalyzer } from '../../../src/detect/analyzer.js';
import { readWorkbook } from '../../../src/readers/spreadsheet/index.js';
import { shownIdentifier } from '../../../src/readers/spreadsheet/sheets.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { makePeople, plantedValues } from '../../fixtures/people.js';

const people = makePeople(12, 23);

function book(format: string, header: string): Buffer {
  const ws = XLSX.utils.aoa_to_sheet([[header, 'Detainee Name'], ...people.map((p) => [Number(p.aNumber), p.fullName])]);
  for (let r = 1; r <= people.length; r++) (ws[XLSX.utils.encode_cell({ r, c: 0 })] as XLSX.CellObject).z = format;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Roster');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

async function scanBook(buf: Buffer) {
  const analyzer = createAnalyzer('book.xlsx', DEFAULT_DETECT_OPTIONS);
  await readWorkbook(buf, 'xlsx', { name: 'book.xlsx', depth: 0 }, analyzer, { limits: DEFAULT_LIMITS });
  return analyzer.finish();
}

describe('identifiers shown through a number format', () => {
  it('restores the prefix and the zeros the format shows', () => {
    expect(shownIdentifier(12345678, '"A"000000000')).toBe('A012345678');
    expect(shownIdentifier(12345678, '\\A000000000')).toBe('A012345678');
    expect(shownIdentifier(12345678, '000000000')).toBe('012345678');
    // Near misses: ordinary number formats, fractions, numbers longer than the format.
    expect(shownIdentifier(1234, '#,##0')).toBeUndefined();
    expect(shownIdentifier(12.5, '"A"000000000')).toBeUndefined();
    expect(shownIdentifier(1234567890123, '"A"000000000')).toBeUndefined();
  });

  it('a column of numbers formatted "A"000000000 under a header no vocabulary knows is an A-number column', async () => {
    const findings = await scanBook(book('"A"000000000', 'Ref'));
    expect(findings.map((f) => f.rule)).toEqual(['person-record.immigration-number']);
    expect(findings[0]!.location.columns?.map((c) => c.kind)).toEqual(['a-number', 'full-name']);
    expectNoLeak({ findings: JSON.stringify(findings) }, plantedValues(people));
  });

  it('near miss: the same numbers in a plain format are only names beside numbers', async () => {
    const findings = await scanBook(book('0', 'Ref'));
    expect(findings.map((f) => f.rule)).toEqual(['person-record.names-only']);
  });
});
