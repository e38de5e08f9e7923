import { describe, expect, it } from 'vitest';
import { readJson } from '../../../src/readers/text/json.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { findingsOf, ruleIds } from '../../fixtures/detect-reader.js';
import { makePeople, plantedValues } from '../../fixtures/people.js';

const people = makePeople(15, 77);
const planted = plantedValues(people);
const HEADER = ['Name', 'A-Number', 'Date of Birth', 'Country of Citizenship', 'Fear Decision'];
const rows = people.map((p) => [p.lastFirst, `A${p.aNumber}`, p.birthDate, p.nationality, p.fearDecision]);

/** pandas DataFrame.to_json(orient=...) for the roster above. */
const pandas = {
  columns: Object.fromEntries(HEADER.map((h, c) => [h, Object.fromEntries(rows.map((r, i) => [String(i), r[c]]))])),
  index: Object.fromEntries(rows.map((r, i) => [String(i), Object.fromEntries(HEADER.map((h, c) => [h, r[c]]))])),
  split: { columns: HEADER, index: rows.map((_, i) => i), data: rows },
  values: [HEADER, ...rows],
  valuesNoHeader: rows,
  rColumns: Object.fromEntries(HEADER.map((h, c) => [h, rows.map((r) => r[c])])),
};

describe('data-frame JSON layouts are read as tables', () => {
  for (const [layout, doc] of Object.entries(pandas)) {
    it(`${layout}: the roster is a critical person record`, async () => {
      const findings = await findingsOf(readJson, JSON.stringify(doc, null, layout === 'values' ? 0 : 2), `export-${layout}.json`);
      const want = layout === 'valuesNoHeader' ? expect.stringMatching(/^person-record\./) : 'person-record.protection-claim';
      expect(ruleIds(findings)).toEqual([want]);
      expect(findings[0]!.count).toBe(15);
      expectNoLeak({ findings: JSON.stringify(findings) }, planted);
    });
  }

  it('a split layout nested in a document, with a labelled index', async () => {
    const doc = { generated: '2022-11-28', frame: { ...pandas.split, index: rows.map((_, i) => `row-${i}`) } };
    expect(ruleIds(await findingsOf(readJson, JSON.stringify(doc), 'nested.json'))).toEqual(['person-record.protection-claim']);
  });

  it('near miss: a pandas JSON of counts passes in every layout', async () => {
    const header = ['Fiscal Year', 'Citizenship Country', 'Credible Fear Referrals', 'Positive Fear Determinations'];
    const counts = [
      [2019, 'MEXICO', 105439, 60120],
      [2020, 'GUATEMALA', 58162, 31040],
      [2021, 'HONDURAS', 61203, 33110],
      [2022, 'EL SALVADOR', 98012, 52201],
    ];
    const docs = [
      Object.fromEntries(header.map((h, c) => [h, Object.fromEntries(counts.map((r, i) => [String(i), r[c]]))])),
      Object.fromEntries(header.map((h, c) => [h, counts.map((r) => r[c])])),
      { columns: header, index: [0, 1, 2, 3], data: counts },
      [header, ...counts],
    ];
    for (const doc of docs) expect(await findingsOf(readJson, JSON.stringify(doc), 'counts.json')).toEqual([]);
  });
});
