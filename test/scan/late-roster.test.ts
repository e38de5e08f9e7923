/**
 * A roster is found wherever its rows are: after 100,000 rows of a statistics table, whether a
 * blank row separates the two or the roster's header follows the last statistics row directly
 * (a wider row ends the counted table, as a blank row does). The statistics alone stay clean.
 * Through the whole scan of one CSV file: reader, record parser and detection.
 */
import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../src/config/scan-options.js';
import { scanFile } from '../../src/scan/scan-file.js';
import { makePeople, plantedValues, rosterRows, toCsv } from '../fixtures/people.js';
import { expectNoLeak } from '../fixtures/canary.js';

const STATS_ROWS = 100_000;
const people = makePeople(40, 9);

function statistics(): string {
  const lines = ['Country,Fiscal Year,Detained,Released'];
  const countries = ['HONDURAS', 'GUATEMALA', 'MEXICO', 'EL SALVADOR', 'INDIA'];
  for (let i = 0; i < STATS_ROWS; i++) lines.push(`${countries[i % 5]},${2000 + (i % 25)},${(i * 7) % 5000},${(i * 3) % 900}`);
  return `${lines.join('\n')}\n`;
}

async function scan(text: string) {
  return scanFile({ displayPath: 'data/stats.csv', data: Buffer.from(text) }, resolveScanOptions({}));
}

describe('a roster far down a statistics file', () => {
  const stats = statistics();
  const roster = toCsv(rosterRows(people));

  it.each([
    ['after a blank row', '\n'],
    ['stacked right under the statistics', ''],
  ])(
    'is found %s',
    async (_, gap) => {
      const r = await scan(stats + gap + roster);
      expect(r.status).toBe('scanned');
      const found = r.findings.find((f) => f.rule === 'person-record.protection-claim');
      expect(found?.count).toBe(people.length);
      expect(found!.location.rows!.first).toBeGreaterThan(STATS_ROWS);
      expectNoLeak({ findings: JSON.stringify(r.findings) }, plantedValues(people));
    },
    60_000,
  );

  it('leaves the statistics alone, also with a wider footnote row at the end', async () => {
    expect((await scan(stats)).findings).toEqual([]);
    expect((await scan(`${stats},,,,Source: ICE Annual Report\n`)).findings).toEqual([]);
  }, 60_000);
});
