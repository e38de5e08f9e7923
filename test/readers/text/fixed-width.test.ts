import { describe, expect, it } from 'vitest';
import { fixedWidthLayout, readPlainText } from '../../../src/readers/text/fixed-width.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { findingsOf, ruleIds } from '../../fixtures/detect-reader.js';
import { makePeople, plantedValues, type Person } from '../../fixtures/people.js';
import { memoryInput, record } from './recording-sink.js';

const people = makePeople(30, 91);
const planted = plantedValues(people);

/** Columns padded to fixed widths, the way a report writer or a mainframe extract lays them out. */
function fixedWidth(rows: ReadonlyArray<ReadonlyArray<string | number>>, widths: readonly number[], gap = 1): string[] {
  return rows.map((r) =>
    r
      .map((v, i) => String(v).padEnd(widths[i]! + gap))
      .join('')
      .trimEnd(),
  );
}

const HEADER = ['LAST NAME', 'FIRST NAME', 'A-NUMBER', 'DOB', 'CITIZENSHIP', 'FACILITY', 'CFI RESULT'];
const WIDTHS = [18, 16, 10, 10, 22, 38, 32];
const data = (ps: readonly Person[]) =>
  ps.map((p) => [
    p.familyName.toUpperCase(),
    p.givenName.toUpperCase(),
    p.aNumber,
    p.birthDate.replace(/^(\d+)-(\d+)-(\d+)$/, '$2/$3/$1'),
    p.nationality,
    p.facility,
    p.fearDecision.toUpperCase(),
  ]);
const rule = WIDTHS.map((w) => '-'.repeat(w)).join(' ');

describe('fixed-width text exports', () => {
  it('with a dashed rule under the header: a critical person table', async () => {
    const text = [...fixedWidth([HEADER], WIDTHS), rule, ...fixedWidth(data(people), WIDTHS)].join('\n') + '\n';
    const findings = await findingsOf(readPlainText, text, 'DETAINEES.TXT');
    expect(ruleIds(findings)).toEqual(['person-record.protection-claim']);
    expect(findings[0]!.count).toBe(30);
    expect(findings[0]!.location.rows).toEqual({ first: 3, last: 32 });
    expectNoLeak({ findings: JSON.stringify(findings) }, planted);
  });

  it('mainframe style: a title block, no rule, a header wider than its column, page breaks with repeated headers', async () => {
    const lines: string[] = [
      'ICE ENFORCE INTEGRATED DATABASE            RUN DATE 11/28/2022',
      'DETAINED POPULATION EXTRACT                 PAGE 1',
      '',
    ];
    const widths = [18, 16, 10, 10, 14, 38, 32];
    lines.push(
      ...fixedWidth([['LAST NAME', 'FIRST NAME', 'ALIEN NUMBER', 'DOB', 'COUNTRY OF CITIZENSHIP', 'FACILITY', 'FEAR DECISION']], widths, 2),
    );
    lines.push(...fixedWidth(data(people.slice(0, 15)), widths, 2));
    lines.push('', 'DETAINED POPULATION EXTRACT                 PAGE 2', '');
    lines.push(...fixedWidth(data(people.slice(15)), widths, 2));
    const findings = await findingsOf(readPlainText, lines.join('\r\n'), 'EXTRACT.DAT');
    expect(ruleIds(findings)).toContain('person-record.protection-claim');
    expect(findings.filter((f) => f.rule.startsWith('person-record')).reduce((n, f) => n + f.count, 0)).toBe(30);
    expectNoLeak({ findings: JSON.stringify(findings) }, planted);
  });

  it('rows are cut at the columns, the header at its own words', async () => {
    const text = [...fixedWidth([HEADER], WIDTHS), rule, ...fixedWidth(data(people.slice(0, 3)), WIDTHS)].join('\n');
    const { sink } = await record(readPlainText, memoryInput(text, 'x.txt'));
    expect(sink.tables).toHaveLength(1);
    expect(sink.tables[0]!.rows[0]!.cells).toEqual(HEADER);
    expect(sink.tables[0]!.rows[1]!.cells).toEqual(data(people.slice(0, 1))[0]);
  });

  it('near miss: a fixed-width statistics report passes', async () => {
    const rows = [
      ['FISCAL YEAR', 'CITIZENSHIP COUNTRY', 'BOOK-INS', 'CREDIBLE FEAR', 'POSITIVE', 'NEGATIVE'],
      ...['MEXICO', 'GUATEMALA', 'HONDURAS', 'EL SALVADOR', 'HAITI', 'VENEZUELA', 'CUBA', 'INDIA'].map((c, i) => [
        2022,
        c,
        10000 + i * 731,
        2000 + i * 97,
        1200 + i * 51,
        800 + i * 46,
      ]),
    ];
    const widths = [11, 20, 9, 13, 9, 9];
    const text = ['FEAR SCREENING BY COUNTRY, FY2022', '', ...fixedWidth(rows, widths, 3), '', 'SOURCE: ICE IIDS'].join('\n');
    expect(await findingsOf(readPlainText, text, 'stats.txt')).toEqual([]);
    const { sink } = await record(readPlainText, memoryInput(text, 'stats.txt'));
    expect(sink.tables).toHaveLength(1);
  });

  it('prose, code and lists stay prose', () => {
    const prose = [
      'The detention statistics are published every two weeks. They count book-ins by',
      'facility, country of citizenship and fear decision, and are made available to the',
      'public pursuant to the appropriations act. Individual records are never published.',
      'Questions go to the press office.',
      '',
      '  - item one   with a note',
      '  - item two   with a note',
    ];
    expect(fixedWidthLayout(prose)).toBeUndefined();
    const code = ['const a     = 1;', 'const bb    = 2;', 'function f(x) {', '  return x  + a;', '}', 'export { f };'];
    expect(fixedWidthLayout(code)).toBeUndefined();
  });
});
