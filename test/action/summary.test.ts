import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import * as core from '@actions/core';
import { buildSummary, SUMMARY_BUDGET_BYTES, type WaiverStatus } from '../../src/report/summary.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { finding, report, rosterFinding, scanned } from './report-fixtures.js';

// core.summary remembers the file it first wrote to: one file for the suite, emptied per test.
const file = join(mkdtempSync(join(tmpdir(), 'apg-summary-')), 'summary.md');
writeFileSync(file, '');
process.env.GITHUB_STEP_SUMMARY = file;
beforeEach(() => {
  writeFileSync(file, '');
  core.summary.emptyBuffer();
});

const absent: WaiverStatus = { state: 'absent', label: 'pii-waiver-approved' };

async function write(input: Parameters<typeof buildSummary>[1], budget?: number): Promise<string> {
  await buildSummary(core.summary, input, budget).write({ overwrite: true });
  return readFileSync(file, 'utf8');
}

describe('job summary (real core.summary)', () => {
  it('tables findings with location, kind, rows, severity and hidden state', async () => {
    const r = report([scanned('site/FY22.xlsx', [rosterFinding('site/FY22.xlsx', { sheet: 'Data', sheetState: 'very-hidden', hiddenRows: 3 })], 'xlsx')]);
    const text = await write({ report: r, subject: 'pull request #7 at abc', waiver: absent });
    expect(text).toMatch(/Blocked/);
    expect(text).toContain('<td><code>site/FY22.xlsx</code></td>');
    expect(text).toContain('sheet &#39;Data&#39; (very hidden sheet), columns A, B, rows 2–41');
    expect(text).toContain('Person-level records linked to a protection claim (name, A-number)');
    expect(text).toContain('<td>40</td><td>critical</td><td>yes: very hidden sheet, 3 hidden rows</td><td>blocks</td>');
    expect(text).toMatch(/label <code>pii-waiver-approved<\/code> is not on the pull request/);
  });

  it('HTML-escapes file names, sheet names and reasons', async () => {
    const evil = 'site/<img src=x onerror=alert(1)>.csv';
    const r = report([
      scanned(evil, [rosterFinding(evil, { sheet: '<script>x</script>' })]),
      { path: '<b>bad</b>.pdf', status: 'not-inspected', reason: 'corrupt', detail: '<i>detail</i> @team', findings: [] },
    ]);
    const text = await write({ report: r, subject: 'x', waiver: { state: 'rejected', label: '<l>', reasons: ['<reason> @someone'] } });
    expect(text).not.toMatch(/<img|<script|<b>bad|<i>detail|<reason>|<l>/);
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).not.toMatch(/@someone|@team/);
    expect(text).toMatch(/Files not inspected \(1\)/);
    expect(text).toContain('the file is corrupt or not what its format claims');
  });

  it('explains why a waiver does not hold, and records the audit line when it does', async () => {
    const r = report([scanned('a.csv', [rosterFinding('a.csv')])]);
    const rejected = await write({ report: r, subject: 'x', waiver: { state: 'rejected', label: 'pii-waiver-approved', reasons: ['the label was applied by the pull request’s author; another approver must apply it'] } });
    expect(rejected).toMatch(/is on the pull request, but the waiver does not hold:\n\n- the label was applied by the pull request’s author/);
    core.summary.emptyBuffer();
    const holds = await write({ report: r, subject: 'x', waiver: { state: 'holds', label: 'pii-waiver-approved', audit: { approver: 'lead', at: '2026-11-20T11:00:00Z', headSha: 'a'.repeat(40) } } });
    expect(holds).toMatch(/The waiver holds\. Audit: label <code>pii-waiver-approved<\/code> applied by <code>lead<\/code> at 2026-11-20T11:00:00Z \(server time\) for head commit <code>a{40}<\/code>/);
    core.summary.emptyBuffer();
    const voided = await write({ report: r, subject: 'x', waiver: { state: 'voided', label: 'pii-waiver-approved', reasons: ['new commits'] } });
    expect(voided).toMatch(/was voided:\n\n- new commits/);
  });

  it('stays under the budget and says how many findings it left out', async () => {
    const files = Array.from({ length: 6000 }, (_, i) => scanned(`site/data/part-${i}-${'x'.repeat(100)}.csv`, [rosterFinding(`p${i}`)]));
    const text = await write({ report: report(files), subject: 'x', waiver: absent });
    expect(Buffer.byteLength(text)).toBeLessThan(SUMMARY_BUDGET_BYTES);
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    const shown = (text.match(/<tr><td>/g) ?? []).length;
    expect(shown).toBeGreaterThan(100);
    expect(text).toContain(`${6000 - shown} more finding(s) are not shown`);
  });

  it('lists what was left out by configuration and redacts identifying paths', async () => {
    const named = 'cases/Quispe_Marisol_A012345678.csv';
    const r = report([
      { path: 'site/research/t.csv', status: 'skipped', reason: 'allowlisted', detail: 'Reviewed research tables', findings: [] },
      { path: 'old.csv', status: 'skipped', reason: 'removed', findings: [] },
      scanned(named, [finding(named, 'file-name.identifier', 'high', { surface: 'file-name' }, 1)]),
    ]);
    const text = await write({ report: r, subject: 'x', waiver: absent, notes: ['config read from the base branch'] });
    expect(text).toContain('1 file(s): allowlisted by configuration');
    expect(text).toContain('1 file(s): the file was removed');
    expect(text).toContain('Reviewed research tables');
    expect(text).toContain('config read from the base branch');
    expectNoLeak({ summary: text }, ['Quispe', 'Marisol', '012345678']);
  });
});

describe('job summary with many files not inspected', () => {
  it('lists them within half the budget and counts the rest', async () => {
    const files = Array.from({ length: 20000 }, (_, i) => ({ path: `site/big-${i}-${'y'.repeat(60)}.xlsx`, status: 'not-inspected' as const, reason: 'timed-out' as const, findings: [] }));
    const text = await write({ report: report(files), subject: 'x', waiver: absent });
    expect(Buffer.byteLength(text)).toBeLessThan(SUMMARY_BUDGET_BYTES);
    const listed = (text.match(/<li>/g) ?? []).length;
    expect(listed).toBeGreaterThan(100);
    expect(text).toContain(`${20000 - listed} more file(s) not inspected are not listed here`);
  });
});
