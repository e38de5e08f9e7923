/**
 * The no-repeat canary over every report format, for reports built from real scans of generated
 * roster files (synthetic people only).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScanReport } from '../../src/core/model.js';
import { resolveScanOptions } from '../../src/config/scan-options.js';
import { scan } from '../../src/scan/scanner.js';
import { expandPaths } from '../../src/scan/walk.js';
import { toJson } from '../../src/report/json.js';
import { toSarif } from '../../src/report/sarif.js';
import { toText } from '../../src/report/text.js';
import { expectNoLeak, findLeaks, FIRST_ROW_NAME, firstRowRecordTable } from '../fixtures/canary.js';
import { makeDocx } from '../readers/documents/office/make-office.js';
import { makePdf, tablePages } from '../readers/documents/pdf/make-pdf.js';
import { buildWorkbook, buildZip } from '../readers/spreadsheet/build-xlsx.js';
import { makePeople, plantedValues, ROSTER_HEADER, rosterRow, rosterRows, toCsv, type Person } from '../fixtures/people.js';

function allFormats(report: ScanReport): Record<string, string> {
  return {
    text: toText(report),
    'text-color': toText(report, { color: true }),
    'text-quiet': toText(report, { quiet: true }),
    json: toJson(report),
    sarif: toSarif(report),
  };
}

function markdownTable(people: readonly Person[]): string {
  const rows = rosterRows(people);
  const line = (r: readonly string[]) => `| ${r.join(' | ')} |`;
  return ['# Intake list', '', line(rows[0]!), line(rows[0]!.map(() => '---')), ...rows.slice(1).map(line), ''].join('\n');
}

function htmlTable(people: readonly Person[]): string {
  const cells = (r: readonly string[], tag: string) => `<tr>${r.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
  return `<html><body><h1>Detainees</h1><table>${cells(ROSTER_HEADER, 'th')}${people.map((p) => cells(rosterRow(p), 'td')).join('')}</table></body></html>`;
}

describe('no report format repeats a planted value', () => {
  const people = makePeople(40, 7);
  const planted = plantedValues(people);
  const named = people[0]!;
  const identifyingName = `${named.familyName.replace(/\s+/g, '_')}_${named.givenName.replace(/\s+/g, '_')}_A${named.aNumber}.csv`;
  let report: ScanReport;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apg-report-canary-'));
    writeFileSync(join(dir, 'roster.csv'), toCsv(rosterRows(people.slice(0, 20))));
    writeFileSync(join(dir, 'roster.tsv'), toCsv(rosterRows(people.slice(20)), '\t'));
    writeFileSync(
      join(dir, 'roster.json'),
      JSON.stringify(people.slice(0, 10).map((p) => Object.fromEntries(ROSTER_HEADER.map((h, i) => [h, rosterRow(p)[i]])))),
    );
    writeFileSync(join(dir, 'roster.md'), markdownTable(people.slice(10, 20)));
    writeFileSync(join(dir, 'roster.html'), htmlTable(people.slice(20, 30)));
    writeFileSync(
      join(dir, 'notes.txt'),
      people
        .slice(30, 35)
        .map((p) => `${p.fullName}, A-number A${p.aNumber}, born ${p.birthDate}, received a ${p.fearDecision} determination.`)
        .join('\n'),
    );
    writeFileSync(join(dir, identifyingName), 'Country,Detained\nHONDURAS,1203\n');
    const inZip = people[1]!;
    writeFileSync(
      join(dir, 'bundle.zip'),
      buildZip([
        { name: `cases/${inZip.familyName}_${inZip.givenName}_A${inZip.aNumber}.txt`, data: 'intake notes' },
        { name: 'stats.csv', data: 'Country,Detained\nHONDURAS,1203\n' },
      ]),
    );
    const files = await expandPaths([dir], dir);
    report = await scan(files, resolveScanOptions({ concurrency: 2 }));
  });

  it('the fixture would be caught by the canary if a format echoed it', () => {
    expect(findLeaks({ raw: toCsv(rosterRows(people.slice(0, 1))) }, planted).length).toBeGreaterThan(0);
    expect(findLeaks({ path: identifyingName }, planted).length).toBeGreaterThan(0);
  });

  it('text, JSON and SARIF hold no planted value (the identifying file name aside)', () => {
    const withoutNamedFile: ScanReport = { ...report, files: report.files.filter((f) => !f.path.includes(String(Number(named.aNumber)))) };
    expect(withoutNamedFile.files.length).toBe(report.files.length - 1);
    expectNoLeak(allFormats(withoutNamedFile), planted);
  });

  // Needs detection: these hold once the detection engine flags rosters and identifying file names.
  it('every roster blocks', () => {
    for (const name of ['roster.csv', 'roster.tsv', 'roster.json', 'roster.md', 'roster.html', 'notes.txt']) {
      const file = report.files.find((f) => f.path === name);
      expect(
        file?.findings.some((f) => f.severity === 'critical' || f.severity === 'high'),
        name,
      ).toBe(true);
    }
  });

  it('a file whose name carries a person’s identifiers is shown redacted in every format', () => {
    const file = report.files.find((f) => f.path === identifyingName)!;
    expect(file.findings.some((f) => f.rule === 'file-name.identifier')).toBe(true);
    expectNoLeak(allFormats({ ...report, files: [file] }), planted);
  });

  it('an archive entry whose name carries identifiers is shown redacted in every format, and the archive path is not', () => {
    const file = report.files.find((f) => f.path === 'bundle.zip')!;
    expect(file.findings.some((f) => f.rule === 'file-name.identifier' && f.location.entry !== undefined)).toBe(true);
    const outputs = allFormats({ ...report, files: [file] });
    expectNoLeak(outputs, planted);
    expect(outputs.text).toMatch(/^BLOCK\s+bundle\.zip — /m);
    expect(outputs.text).toContain("entry 'cases/…_…_A….txt'");
    // Redaction happens where the result is made (scan-file), so the result itself holds no value.
    expectNoLeak({ result: JSON.stringify(file) }, planted);
    expectNoLeak(allFormats(report), planted);
  });
});

describe('a first row that is a record is never shown as a header, in any format that rebuilds tables', () => {
  const people = makePeople(16, 19);
  const rows = firstRowRecordTable(people.map((p) => p.fullName));
  const planted = [FIRST_ROW_NAME, ...plantedValues(people)];
  const line = (r: readonly string[]) => `| ${r.join(' | ')} |`;
  const files: Record<string, Buffer | string> = {
    'deaths.csv': toCsv(rows),
    'deaths.md': [line(rows[0]!), line(rows[0]!.map(() => '---')), ...rows.slice(1).map(line), ''].join('\n'),
    'deaths.html': `<html><body><table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></body></html>`,
    'deaths.pdf': (() => {
      const { pages, width } = tablePages(rows, { size: 8 });
      return makePdf(pages, { width });
    })(),
    'deaths.docx': makeDocx({ body: [{ p: 'Deaths in custody' }, { table: rows }] }),
    'deaths.xlsx': buildWorkbook([{ name: 'Deaths', rows }]),
  };
  let report: ScanReport;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apg-first-row-'));
    for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
    report = await scan(await expandPaths([dir], dir), resolveScanOptions({ concurrency: 2 }));
  });

  it('the canary would catch the first row if a format echoed it', () => {
    expect(findLeaks({ raw: rows[0]!.join(',') }, planted).length).toBeGreaterThan(0);
  });

  it.each(Object.keys(files))('%s: a finding, and no value (the first row included) in any output', (name) => {
    const file = report.files.find((f) => f.path === name)!;
    expect(file.findings.length, name).toBeGreaterThan(0);
    expectNoLeak(allFormats({ ...report, files: [file] }), planted);
  });
});
