import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/readers/types.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { makePeople, plantedValues, rosterRows } from '../fixtures/people.js';
import { analyseGrid, outputs, rules } from './helpers.js';

const people = makePeople(12, 31);
const planted = plantedValues(people);

/** A grid turned a quarter turn: row i becomes column i. */
function transpose(grid: ReadonlyArray<ReadonlyArray<CellValue>>): CellValue[][] {
  const width = Math.max(...grid.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => grid.map((r) => r[c] ?? ''));
}

describe('transposed rosters (one person per column)', () => {
  it('labels down column A, one person per column, is a person table with a claim', () => {
    const findings = analyseGrid(transpose(rosterRows(people)), { sheet: 'Roster' });
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect([f.rule, f.severity, f.count]).toEqual(['person-record.protection-claim', 'critical', 12]);
    expect(f.location.personColumns).toEqual({ first: 'B', last: 'M' });
    expect(f.location.columns?.map((c) => [c.index + 1, c.kind])).toContainEqual([1, 'full-name']);
    expect(f.location.columns?.map((c) => c.kind)).toContain('protection-claim');
    expect(f.message).toContain('one person per column');
    expect(f.message).toContain('columns B–M');
    expectNoLeak(outputs(findings), planted);
  });

  it('below a title, with a label header row ("Field", "Detainee 1", ...)', () => {
    const grid: CellValue[][] = [
      ['Detainee summary'],
      [],
      ['Field', ...people.map((_, i) => `Detainee ${i + 1}`)],
      ['Full Name', ...people.map((p) => p.fullName)],
      ['DOB', ...people.map((p) => p.birthDate)],
      ['Country of Citizenship', ...people.map((p) => p.nationality)],
      ['CFI Result', ...people.map((p) => p.fearDecision)],
    ];
    expect(rules(analyseGrid(grid))).toEqual(['person-record.protection-claim']);
  });

  it('near miss: a transposed statistics table passes', () => {
    const grid: CellValue[][] = [
      ['Fiscal Year', 2019, 2020, 2021, 2022],
      ['Total Detained', 510854, 182869, 228644, 316258],
      ['Average Length of Stay', 34.3, 39.9, 27.9, 22.4],
      ['Credible Fear Referrals', 105439, 58162, 61203, 98012],
      ['Country', 'All', 'All', 'All', 'All'],
      ['Facility', 'All facilities', 'All facilities', 'All facilities', 'All facilities'],
      ['Gender', 'All', 'All', 'All', 'All'],
    ];
    expect(analyseGrid(grid)).toEqual([]);
  });
});

describe('column groups of one roster far apart', () => {
  const identity = [['Name', 'Alien File Number', 'Birth Date'], ...people.map((p) => [p.lastFirst, p.aNumber, p.birthDate])];
  const claim = [['Fear Decision', 'Case Category'], ...people.map((p) => [p.fearDecision, p.caseCategory])];

  for (const gap of [1, 3, 8, 40]) {
    it(`the identity half and the claim half ${gap} empty columns apart are one critical record`, () => {
      const grid = identity.map((row, i) => [...row, ...new Array<CellValue>(gap).fill(''), ...claim[i]!]);
      const findings = analyseGrid(grid);
      expect(rules(findings)).toEqual(['person-record.protection-claim']);
      const kinds = findings[0]!.location.columns?.map((c) => c.kind);
      expect(kinds).toEqual(expect.arrayContaining(['full-name', 'a-number', 'protection-claim']));
      expectNoLeak(outputs(findings), planted);
    });
  }

  it('near miss: separate side-by-side aggregate tables (own header rows, own row ranges) pass', () => {
    const left: CellValue[][] = [
      ['Citizenship Country', 'Detained'],
      ['MEXICO', 1203],
      ['GUATEMALA', 833],
      ['HONDURAS', 701],
      ['EL SALVADOR', 402],
      ['Total', 3139],
    ];
    const right: CellValue[][] = [
      ['', ''],
      ['', ''],
      ['Fear Decision', 'Count'],
      ['Positive Credible Fear', 6252],
      ['Negative Credible Fear', 1107],
      ['Total', 7359],
    ];
    const grid = left.map((row, i) => [...row, '', '', '', '', ...right[i]!]);
    expect(analyseGrid(grid)).toEqual([]);
  });

  it('near miss: a staff list beside an equally long table of claim outcomes and counts stays two tables', () => {
    const staff = [['Name', 'Title'], ...people.slice(0, 4).map((p) => [p.fullName, 'Supervisory Detention Officer'])];
    const outcomes = [
      ['Fear Decision', 'Count'],
      ['Positive Credible Fear', 6252],
      ['Negative Credible Fear', 1107],
      ['Persecution Claim Established', 203],
      ['Torture Claim Established', 41],
    ];
    const grid = staff.map((row, i) => [...row, '', '', '', ...outcomes[i]!]);
    const findings = analyseGrid(grid);
    expect(rules(findings)).not.toContain('person-record.protection-claim');
  });
});

describe('rebuilt tables (PDF) that are not person tables are judged as text', () => {
  const sentences = people
    .slice(0, 6)
    .map((p, i) => [
      `Case ${i + 1}`,
      `${p.fullName}, A${p.aNumber}, was referred for a credible fear interview and requested asylum.`,
      'open',
    ]);
  it('a claim in cell text that the table decision does not link is still found in a rebuilt table', () => {
    const rebuilt = analyseGrid(sentences, { surface: 'table', page: 2, rebuilt: true });
    expect(rules(rebuilt)).toContain('prose.protection-claim');
    expect(rebuilt.every((f) => f.location.page === 2)).toBe(true);
    expectNoLeak(outputs(rebuilt), planted);
    // Cells a reader read as cells (a sheet, a CSV) are judged as a table only.
    expect(rules(analyseGrid(sentences, { surface: 'table', page: 2 }))).not.toContain('prose.protection-claim');
  });

  it('a rebuilt person table is not judged twice', () => {
    const findings = analyseGrid(rosterRows(people), { surface: 'table', page: 1, rebuilt: true });
    expect(rules(findings)).toEqual(['person-record.protection-claim']);
  });
});
