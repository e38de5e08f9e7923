/**
 * Hand-made reports for the report builders: every status, every severity, hidden surfaces,
 * a prose finding with lines, an accepted finding, and a path that carries an identifier.
 */
import type { FileResult, Finding, Location, RuleId, ScanReport, Severity } from '../../src/core/model.js';
import { describeFinding } from '../../src/core/describe.js';
import { fingerprint } from '../../src/core/fingerprint.js';
import { buildReport } from '../../src/core/verdict.js';
import { TOOL } from '../../src/core/tool.js';

export function finding(
  path: string,
  rule: RuleId,
  severity: Severity,
  location: Location,
  count: number,
  extra: Partial<Finding> = {},
): Finding {
  return {
    rule,
    severity,
    message: describeFinding(rule, location, count, rule.startsWith('prose.') ? 'occurrences' : 'person rows'),
    location,
    count,
    fingerprint: fingerprint(path, rule, location),
    ...extra,
  };
}

export const ROSTER_PATH = 'site/data/roster.xlsx';
export const NOTES_PATH = 'site/news/notes.md';
export const IDENTIFYING_PATH = 'cases/Garcia_Jose_A012345678.pdf';

export function sampleFiles(): FileResult[] {
  return [
    {
      path: ROSTER_PATH,
      status: 'scanned',
      format: 'xlsx',
      bytes: 40_000,
      ms: 12,
      findings: [
        finding(ROSTER_PATH, 'metadata.author', 'notice', { surface: 'metadata' }, 1),
        finding(
          ROSTER_PATH,
          'person-record.protection-claim',
          'critical',
          {
            sheet: 'Roster',
            sheetState: 'hidden',
            surface: 'cells',
            rows: { first: 2, last: 314 },
            columns: [
              { index: 0, letter: 'A', header: 'Name', kind: 'full-name' },
              { index: 1, letter: 'B', header: 'A-Number', kind: 'a-number' },
              { index: 5, letter: 'F', header: 'Fear Determination', kind: 'protection-claim' },
            ],
          },
          313,
        ),
        finding(
          ROSTER_PATH,
          'person-record.quasi-identifier',
          'high',
          { sheet: 'Staff', rows: { first: 5, last: 9 }, columns: [{ index: 2, letter: 'C', kind: 'birthdate' }], hiddenRows: 2 },
          5,
        ),
      ],
    },
    {
      path: NOTES_PATH,
      status: 'scanned',
      format: 'markdown',
      findings: [finding(NOTES_PATH, 'prose.immigration-number', 'high', { surface: 'text', lines: { first: 3, last: 5 } }, 2)],
    },
    { path: 'site/data/stats.csv', status: 'scanned', format: 'csv', findings: [] },
    {
      path: 'site/data/directory.csv',
      status: 'scanned',
      format: 'csv',
      findings: [
        finding(
          'site/data/directory.csv',
          'person-record.names-only',
          'notice',
          { rows: { first: 2, last: 40 }, columns: [{ index: 0, letter: 'A', header: 'Staff', kind: 'full-name' }] },
          39,
        ),
      ],
    },
    {
      path: 'site/data/accepted.csv',
      status: 'scanned',
      format: 'csv',
      findings: [
        finding(
          'site/data/accepted.csv',
          'person-record.immigration-number',
          'high',
          { rows: { first: 2, last: 3 }, columns: [{ index: 1, letter: 'B', kind: 'a-number' }] },
          2,
          {
            accepted: { reason: 'Consent on file, ticket PRIV-42', by: 'octo-privacy' },
          },
        ),
      ],
    },
    {
      path: 'site/data/huge.csv',
      status: 'not-inspected',
      reason: 'too-large',
      detail: '2048 bytes; the limit is 1024',
      bytes: 2048,
      findings: [],
    },
    { path: 'site/img/logo.png', status: 'skipped', reason: 'binary-media', format: 'media', findings: [] },
    {
      path: IDENTIFYING_PATH,
      status: 'scanned',
      format: 'pdf',
      findings: [finding(IDENTIFYING_PATH, 'file-name.identifier', 'high', { surface: 'file-name' }, 1)],
    },
  ];
}

export function sampleReport(policy: { failOn?: Severity; notInspectedBlocks?: boolean } = {}): ScanReport {
  return buildReport(sampleFiles(), { failOn: policy.failOn ?? 'high', notInspectedBlocks: policy.notInspectedBlocks ?? true }, TOOL);
}

/** Untrusted text that tries to escape: terminal escapes, line breaks, a workflow command at a line start. */
export const HOSTILE = {
  path: 'evil/\u001b[2J\u001b[31mred\u0007\r\n::error file=x::pwned\u009b1m.csv',
  sheet: 'Sheet\n::warning::injected\u001b]0;title\u0007',
  header: 'Name\r\n::error::header\u001b[5m',
};

export function hostileReport(): ScanReport {
  const files: FileResult[] = [
    {
      path: HOSTILE.path,
      status: 'scanned',
      format: 'xlsx',
      findings: [
        finding(
          HOSTILE.path,
          'person-record.protection-claim',
          'critical',
          {
            sheet: HOSTILE.sheet,
            sheetState: 'very-hidden',
            rows: { first: 2, last: 3 },
            columns: [
              { index: 0, letter: 'A', header: HOSTILE.header, kind: 'full-name' },
              { index: 1, letter: 'B', kind: 'protection-claim' },
            ],
          },
          2,
        ),
      ],
    },
    { path: `${HOSTILE.path}.bin`, status: 'not-inspected', reason: 'corrupt', detail: 'bad\u001b[0m\n::error::detail', findings: [] },
    { path: `${HOSTILE.path}.skip`, status: 'skipped', reason: 'empty', findings: [] },
  ];
  return buildReport(files, { failOn: 'high', notInspectedBlocks: true }, TOOL);
}

/** Any C0/C1 control character, ESC included (a tab or newline is checked separately). */

export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
