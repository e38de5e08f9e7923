import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../../../src/config/scan-options.js';
import { scan } from '../../../../src/scan/scanner.js';
import { expandPaths } from '../../../../src/scan/walk.js';
import { makePeople, plantedValues, rosterRows, toCsv } from '../../../fixtures/people.js';
import { expectNoLeak } from '../../../fixtures/canary.js';
import { buildZip } from '../../spreadsheet/build-xlsx.js';
import { makeDocx, makeOdt, makePptx } from '../../documents/office/make-office.js';
import { makePdf, prosePage, tablePages } from '../../documents/pdf/make-pdf.js';

describe('documents and archives in the scan workers', () => {
  it('reads every format in a worker thread (pdf.js included) and reports them in order, without leaking', async () => {
    const people = makePeople(12, 2024);
    const roster = rosterRows(people);
    const { pages, width } = tablePages(roster);
    const dir = mkdtempSync(join(tmpdir(), 'apg-docs-'));
    const files: Array<[string, Buffer]> = [
      ['a-roster.pdf', makePdf(pages, { width, height: 612, flate: true })],
      ['b-scan.pdf', makePdf([{ image: true }])],
      ['c-roster.docx', makeDocx({ body: [{ table: roster }] })],
      ['d-deck.pptx', makePptx([{ title: 'Cases', table: roster }])],
      ['e-report.odt', makeOdt({ body: [{ table: roster }] })],
      [
        'f-site.zip',
        buildZip([
          { name: 'exports/roster.csv', data: toCsv(roster) },
          { name: 'notes/release.pdf', data: makePdf([prosePage(['Statistics for the year.'])]) },
        ]),
      ],
    ];
    for (const [name, data] of files) writeFileSync(join(dir, name), data);
    const report = await scan(await expandPaths([dir], dir), resolveScanOptions({ concurrency: 2 }));
    expect(report.files.map((f) => [f.path, f.format, f.status, f.reason])).toEqual([
      ['a-roster.pdf', 'pdf', 'scanned', undefined],
      ['b-scan.pdf', 'pdf', 'not-inspected', 'no-text-layer'],
      ['c-roster.docx', 'docx', 'scanned', undefined],
      ['d-deck.pptx', 'pptx', 'scanned', undefined],
      ['e-report.odt', 'odt', 'scanned', undefined],
      ['f-site.zip', 'zip', 'scanned', undefined],
    ]);
    // Every roster is found, wherever it sits.
    for (const file of report.files.filter((f) => f.status === 'scanned')) {
      expect(file.findings.some((f) => f.rule.startsWith('person-record.'))).toBe(true);
    }
    expectNoLeak({ report: JSON.stringify(report) }, plantedValues(people));
  });
});
