import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/model.js';
import { fingerprint } from '../../src/core/fingerprint.js';
import {
  entryCarriesIdentifier,
  pathCarriesIdentifier,
  redactIdentifiers,
  redactPath,
  shownFingerprint,
  shownFinding,
  shownPath,
} from '../../src/core/redact.js';
import { finding } from '../report/sample-report.js';

const fileName: Finding = finding('x', 'file-name.identifier', 'high', { surface: 'file-name' }, 1);
const other: Finding = finding('x', 'person-record.names-only', 'notice', {}, 3);

describe('redactPath', () => {
  it.each([
    ['cases/Garcia_Jose_A012345678.pdf', 'cases/…_…_A….pdf'],
    ['GARCIA-LOPEZ, JOSE 12345678.xlsx', '…, … ….xlsx'],
    ['Intake/Núñez María José/A-2023456789.docx', '…/… … …/A-….docx'],
    ["O'Brien_Saint-Fleur.csv", '…_….csv'],
    ['uploads/2023/scan_0012345.PDF', 'uploads/2023/scan_….PDF'],
    ['data/roster 123456.csv', 'data/roster 123456.csv'],
    ['a/b/c', 'a/b/c'],
  ])('%s → %s', (path, expected) => {
    expect(redactPath(path, [other, fileName])).toBe(expected);
  });

  it('leaves a path alone unless the file has a file-name finding', () => {
    expect(redactPath('cases/Garcia_Jose_A012345678.pdf', [other])).toBe('cases/Garcia_Jose_A012345678.pdf');
    expect(redactPath('cases/Garcia_Jose_A012345678.pdf', [])).toBe('cases/Garcia_Jose_A012345678.pdf');
    expect(pathCarriesIdentifier([fileName])).toBe(true);
  });

  it('keeps short lower-case words, short numbers and the extension', () => {
    expect(redactIdentifiers('site/data/fy2023/report-v2.csv')).toBe('site/data/fy2023/report-v2.csv');
    expect(redactIdentifiers('docs/A.md')).toBe('docs/A.md');
  });
});

describe('shownFingerprint', () => {
  it('is the finding’s own fingerprint unless the path carries an identifier', () => {
    const path = 'cases/Garcia_Jose_A012345678.pdf';
    const own = finding(path, 'file-name.identifier', 'high', { surface: 'file-name' }, 1);
    const table = finding(path, 'person-record.names-only', 'notice', { rows: { first: 2, last: 3 } }, 2);
    expect(shownFingerprint({ path, findings: [table] }, table)).toBe(table.fingerprint);
    const shown = shownFingerprint({ path, findings: [own, table] }, table);
    expect(shown).not.toBe(table.fingerprint);
    expect(shown).toBe(fingerprint('cases/…_…_A….pdf', 'person-record.names-only', { rows: { first: 2, last: 3 } }));
    // Stable: another A-number in the same place gives the same shown fingerprint (nothing of it is hashed).
    const other = 'cases/Garcia_Jose_A098765432.pdf';
    expect(shownFingerprint({ path: other, findings: [own] }, own)).toBe(shownFingerprint({ path, findings: [own] }, own));
  });
});

describe('shownFinding for archive entries', () => {
  const path = 'site/uploads.zip';
  const entry = 'cases/Garcia_Jose_A012345678.pdf';
  const named = finding(path, 'file-name.identifier', 'high', { entry, surface: 'file-name' }, 1);
  const inside = finding(path, 'prose.immigration-number', 'high', { entry, surface: 'text', lines: { first: 1, last: 1 } }, 1);
  const elsewhere = finding(path, 'person-record.names-only', 'notice', { entry: 'staff.csv', rows: { first: 2, last: 9 } }, 8);
  const file = { path, findings: [named, inside, elsewhere] };

  it('redacts the entry name in location, message and fingerprint, and leaves the archive path alone', () => {
    expect(entryCarriesIdentifier(file.findings)).toBe(true);
    expect(pathCarriesIdentifier(file.findings)).toBe(false);
    expect(shownPath(file)).toBe(path);
    for (const f of [named, inside]) {
      expect(f.message).toContain('012345678');
      const shown = shownFinding(file, f);
      expect(shown.location.entry).toBe('cases/…_…_A….pdf');
      expect(shown.message).toContain("entry 'cases/…_…_A….pdf'");
      expect(shown.message).not.toContain('012345678');
      expect(shown.message).not.toContain('Garcia');
      expect(shown.fingerprint).toBe(fingerprint(path, f.rule, { ...f.location, entry: 'cases/…_…_A….pdf' }));
      expect(shown.rule).toBe(f.rule);
      expect(shown.count).toBe(f.count);
    }
    expect(shownFinding(file, elsewhere).location.entry).toBe('staff.csv');
    expect(shownFinding(file, elsewhere).message).toBe(elsewhere.message);
  });

  it('redacts nested entry names segment by segment', () => {
    expect(redactIdentifiers('inner.zip!Lopez_Ana_2123456789.csv')).toBe('inner.zip!…_…_….csv');
  });
});

describe('redaction happens once, where results are made', () => {
  it('scanFile returns redacted messages and fingerprints for a file whose path names a person', async () => {
    const { scanFile } = await import('../../src/scan/scan-file.js');
    const { resolveScanOptions } = await import('../../src/config/scan-options.js');
    const { fingerprint } = await import('../../src/core/fingerprint.js');
    const path = 'cases/Garcia_Jose_A012345678.txt';
    const result = await scanFile({ displayPath: path, data: Buffer.from('Nothing else here.\n') }, resolveScanOptions());
    const fileName = result.findings.find((f) => f.rule === 'file-name.identifier');
    expect(fileName).toBeDefined();
    // The fingerprint is taken over the redacted path: a hash over the A-number could be reversed.
    expect(fileName!.fingerprint).toBe(fingerprint(redactIdentifiers(path), fileName!.rule, fileName!.location));
    expect(fileName!.fingerprint).not.toBe(fingerprint(path, fileName!.rule, fileName!.location));
    expect(JSON.stringify(result.findings)).not.toMatch(/012345678|Garcia/);
    // Idempotent: reporters applying it again change nothing.
    expect(result.findings.map((f) => shownFinding(result, f))).toEqual(result.findings);
  });
});
