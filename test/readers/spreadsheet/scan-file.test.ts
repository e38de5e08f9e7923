import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../../src/config/scan-options.js';
import { scanFile } from '../../../src/scan/scan-file.js';
import { expectNoLeak } from '../../fixtures/canary.js';
import { makePeople, plantedValues, rosterRows } from '../../fixtures/people.js';
import { buildWorkbook, buildZip } from './build-xlsx.js';
import { readBook } from './helpers.js';

const people = makePeople(40, 53);
const planted = plantedValues(people);
const REAL = '/work/shared/corpus/real';

function onDisk(name: string, data: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'apg-xlsx-'));
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

describe('scanFile on workbooks on disk', () => {
  it('finds a roster on a very hidden sheet behind an aggregate, and says where without the data', async () => {
    const buf = buildWorkbook([
      {
        name: 'Fear Decisions',
        rows: [
          ['USCIS-Established Fear Decisions'],
          [],
          ['Facility', 'Count'],
          ['STEWART DETENTION CENTER', 12],
          ['OTERO COUNTY PROCESSING CENTER', 7],
        ],
      },
      { name: 'extract', rows: rosterRows(people), hidden: 2 },
    ]);
    const path = onDisk('fear-decisions.xlsx', buf);
    const result = await scanFile({ path, displayPath: 'site/data/fear-decisions.xlsx' }, resolveScanOptions());
    expect(result).toMatchObject({ status: 'scanned', format: 'xlsx' });
    const onHidden = result.findings.filter((f) => f.location.sheet === 'extract');
    expect(onHidden.length).toBeGreaterThan(0);
    expect(onHidden[0]!.location.sheetState).toBe('very-hidden');
    expect(result.findings.some((f) => f.rule.startsWith('person-record.'))).toBe(true);
    expectNoLeak({ result: JSON.stringify(result) }, planted);
  });

  it('reports truncated, bombed and encrypted workbooks as not-inspected with a plain reason', async () => {
    const roster = buildWorkbook([{ name: 'Roster', rows: rosterRows(people) }]);
    const truncated = await scanFile(
      { path: onDisk('cut.xlsx', roster.subarray(0, roster.length - 200)), displayPath: 'cut.xlsx' },
      resolveScanOptions(),
    );
    expect(truncated).toMatchObject({ status: 'not-inspected', reason: 'truncated' });
    const bomb = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>', declaredSize: 0xfff00000 },
    ]);
    const bombed = await scanFile({ path: onDisk('bomb.xlsx', bomb), displayPath: 'bomb.xlsx' }, resolveScanOptions());
    expect(bombed).toMatchObject({ status: 'not-inspected', reason: 'too-large-decompressed' });
    for (const r of [truncated, bombed]) expectNoLeak({ result: JSON.stringify(r) }, planted);
  });
});

describe.skipIf(!existsSync(REAL))('real public ICE workbooks', () => {
  const files = existsSync(REAL) ? readdirSync(REAL).filter((f) => /\.xlsx$/i.test(f)) : [];

  it.each(files)('%s reads without error', async (file) => {
    const book = await readBook(readFileSync(join(REAL, file)));
    expect(book.counts.sheets).toBeGreaterThan(0);
    expect(book.counts.rows).toBeGreaterThan(100);
    expect(book.tables.every((t) => t.ended)).toBe(true);
    // Their metadata names the staff who made them: observed, for a notice.
    expect(book.observations.some((o) => o.kind === 'document-author' && o.where === 'docProps/core.xml creator')).toBe(true);
    const result = await scanFile({ path: join(REAL, file), displayPath: file }, resolveScanOptions());
    expect(result.status).toBe('scanned');
  });
});
