import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/model.js';
import { fingerprint } from '../../src/core/fingerprint.js';
import { pathCarriesIdentifier, redactIdentifiers, redactPath, shownFingerprint } from '../../src/report/redact-path.js';
import { finding } from './sample-report.js';

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
