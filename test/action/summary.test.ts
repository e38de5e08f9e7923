import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import * as core from '@actions/core';
import { buildSummary, fullSummary, SUMMARY_BUDGET_BYTES, type ApprovalPolicy, type WaiverStatus } from '../../src/report/summary.js';
import { closingError } from '../../src/report/annotations.js';
import { applyWaiver } from '../../src/action/acceptance.js';
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
  it('groups findings per file with location, kind, rows, severity and hidden state', async () => {
    const r = report([
      scanned('site/FY22.xlsx', [rosterFinding('site/FY22.xlsx', { sheet: 'Data', sheetState: 'very-hidden', hiddenRows: 3 })], 'xlsx'),
    ]);
    const text = await write({ report: r, subject: 'pull request #7 at abc', waiver: absent });
    expect(text).toMatch(/Blocked/);
    expect(text).toContain('#### <code>site/FY22.xlsx</code>');
    expect(text).toContain('sheet &#39;Data&#39; (very hidden sheet), columns A, B, rows 2–41');
    expect(text).toContain('Person-level records linked to a protection claim (name, A-number)');
    expect(text).toContain('<td>40</td><td>critical</td><td>yes: very hidden sheet, 3 hidden rows</td><td><b>blocks</b></td>');
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
    expect(text).toContain('#### <code>&lt;b&gt;bad&lt;/b&gt;.pdf</code>');
    expect(text).toContain('not inspected: the file is corrupt or not what its format claims');
  });

  it('explains why a waiver does not hold, and records the audit line when it does', async () => {
    const r = report([scanned('a.csv', [rosterFinding('a.csv')])]);
    const rejected = await write({
      report: r,
      subject: 'x',
      waiver: {
        state: 'rejected',
        label: 'pii-waiver-approved',
        reasons: ['the label was applied by the pull request’s author; another approver must apply it'],
      },
    });
    expect(rejected).toMatch(
      /is on the pull request, but the waiver does not hold:\n\n- the label was applied by the pull request’s author/,
    );
    core.summary.emptyBuffer();
    const holds = await write({
      report: r,
      subject: 'x',
      waiver: {
        state: 'holds',
        label: 'pii-waiver-approved',
        audit: { approver: 'lead', at: '2026-11-20T11:00:00Z', headSha: 'a'.repeat(40) },
      },
    });
    expect(holds).toMatch(
      /The waiver holds\. Audit: label <code>pii-waiver-approved<\/code> applied by <code>lead<\/code> at 2026-11-20T11:00:00Z \(server time\) for head commit <code>a{40}<\/code>/,
    );
    core.summary.emptyBuffer();
    const voided = await write({
      report: r,
      subject: 'x',
      waiver: { state: 'voided', label: 'pii-waiver-approved', reasons: ['new commits'] },
    });
    expect(voided).toMatch(/was voided:\n\n- new commits/);
  });

  it('over the budget, writes the compact summary instead (verdict, what to do, blocking files), still under 1 MiB', async () => {
    const files = Array.from({ length: 6000 }, (_, i) => scanned(`site/data/part-${i}-${'x'.repeat(100)}.csv`, [rosterFinding(`p${i}`)]));
    const input = { report: report(files), subject: 'x', waiver: absent };
    const budget = 100_000;
    expect(Buffer.byteLength(fullSummary(input))).toBeGreaterThan(budget);
    const text = await write(input, budget);
    expect(Buffer.byteLength(text)).toBeLessThan(budget);
    expect(text).toMatch(/^## ❌ Blocked/);
    expect(text).toContain('### What to do next');
    expect(text).toContain('short version');
    const listed = (text.match(/^- <code>site\/data\/part-/gm) ?? []).length;
    expect(listed).toBeGreaterThan(100);
    if (listed < 6000) expect(text).toContain(`and ${6000 - listed} more (see the JSON report)`);
  });

  it('stays under 1 MiB whatever the content: a huge allowlist, long names, many findings per file', async () => {
    // `&` and `<` grow fivefold and fourfold when escaped: bounds must hold after escaping.
    const allowlisted = Array.from({ length: 20_000 }, (_, i) => ({
      path: `research/${'&<'.repeat(75)}-${i}.csv`,
      status: 'skipped' as const,
      reason: 'allowlisted' as const,
      detail: `Reviewed ${'&'.repeat(400)}`,
      findings: [],
    }));
    const many = scanned(
      'big.xlsx',
      Array.from({ length: 5000 }, (_, i) => rosterFinding('big.xlsx', { sheet: `S${i}-${'s'.repeat(200)}` })),
      'xlsx',
    );
    for (const files of [allowlisted, [many, ...allowlisted], Array.from({ length: 30 }, () => many)]) {
      core.summary.emptyBuffer();
      const text = await write({
        report: report(files),
        subject: 'x'.repeat(10_000),
        waiver: { state: 'rejected', label: 'l', reasons: Array.from({ length: 500 }, () => 'r'.repeat(1000)) },
        blockers: Array.from({ length: 500 }, () => 'b'.repeat(1000)),
        notes: Array.from({ length: 500 }, () => 'n'.repeat(1000)),
      });
      expect(Buffer.byteLength(text)).toBeLessThan(SUMMARY_BUDGET_BYTES);
    }
  });

  it('lists what was left out by configuration and redacts identifying paths', async () => {
    const named = 'cases/Quispe_Marisol_A012345678.csv';
    const r = report([
      { path: 'site/research/t.csv', status: 'skipped', reason: 'allowlisted', detail: 'Reviewed research tables', findings: [] },
      { path: 'old.csv', status: 'skipped', reason: 'removed', findings: [] },
      scanned(named, [finding(named, 'file-name.identifier', 'high', { surface: 'file-name' }, 1)]),
    ]);
    const text = await write({ report: r, subject: 'x', waiver: absent, notes: ['config read from the base branch'] });
    expect(text).toContain('1 file: allowlisted by configuration');
    expect(text).toContain('1 file: the file was removed');
    expect(text).toContain('Reviewed research tables');
    expect(text).toContain('config read from the base branch');
    expectNoLeak({ summary: text }, ['Quispe', 'Marisol', '012345678']);
  });
});

describe('job summary with many files not inspected', () => {
  it('stays under the budget and lists as many as fit', async () => {
    const files = Array.from({ length: 20000 }, (_, i) => ({
      path: `site/big-${i}-${'y'.repeat(60)}.xlsx`,
      status: 'not-inspected' as const,
      reason: 'timed-out' as const,
      findings: [],
    }));
    const text = await write({ report: report(files), subject: 'x', waiver: absent });
    expect(Buffer.byteLength(text)).toBeLessThan(SUMMARY_BUDGET_BYTES);
    expect(text).toContain('20000 files that could not be inspected');
    const listed = (text.match(/^#### <code>site\/big-/gm) ?? []).length;
    expect(listed).toBe(200);
    expect(text).toContain('19800 more are in the JSON report');
  });
});

const policy: ApprovalPolicy = { approvers: [], minPermission: 'maintain', allowSelf: false, configPath: '.github/asylum-pii-gate.yml' };
const HEAD = 'c0ffee'.padEnd(40, '1');

describe('job summary: verdict first, then what to do next', () => {
  const blocked = () =>
    report([
      scanned('a.csv', [
        rosterFinding('a.csv'),
        rosterFinding('a.csv', { sheet: 'S2' }),
        finding('a.csv', 'metadata.author', 'notice', { surface: 'metadata' }, 1),
      ]),
      scanned('b.csv', [rosterFinding('b.csv'), rosterFinding('b.csv', { sheet: 'S2' }), rosterFinding('b.csv', { sheet: 'S3' })]),
      { path: 'c.xlsx', status: 'not-inspected', reason: 'timed-out', findings: [] },
      { path: 'd.pdf', status: 'not-inspected', reason: 'corrupt', findings: [] },
    ]);

  it('leads with the verdict, with counts that add up (5 findings in 2 files, 2 files not inspected: 4 files)', async () => {
    const r = blocked();
    const text = await write({ report: r, subject: 'pull request #7 at c0ffee111111', waiver: absent, approval: policy, headSha: HEAD });
    const lines = text.split('\n');
    expect(lines[0]).toBe('## ❌ Blocked (asylum-pii-gate)');
    expect(lines[2]).toBe('**5 findings at or above the fail level (high) in 2 files; 2 files that could not be inspected.**');
    expect(text).toContain('### Files that block (4)');
    expect(text.indexOf('### What to do next')).toBeLessThan(text.indexOf('### Files that block'));
    // The closing error says the same numbers.
    expect(closingError(r)).toContain('5 blocking findings in 2 files, 2 files not inspected');
  });

  it('tells the author what to do and who may approve, and the approver what the label means', async () => {
    const text = await write({ report: blocked(), subject: 'x', waiver: absent, approval: policy, headSha: HEAD });
    expect(text).toContain('**If you wrote this pull request**');
    expect(text).toMatch(/Remove the files that block .*publish aggregates instead/);
    expect(text).toContain(
      'ask someone with at least <code>maintain</code> permission on this repository (not the author of the pull request) to review the files and apply the label <code>pii-waiver-approved</code>',
    );
    expect(text).toContain('**If you are an approver**');
    expect(text).toContain('It covers this head commit only (<code>c0ffee111111</code>): a new push voids it');
    expect(text).toMatch(
      /add its fingerprints to <code>accepted-findings<\/code> in <code>\.github\/asylum-pii-gate\.yml<\/code> on the base branch/,
    );
    core.summary.emptyBuffer();
    const listed = await write({
      report: blocked(),
      subject: 'x',
      waiver: absent,
      approval: { ...policy, approvers: ['privacy-lead', 'acme/privacy'], allowSelf: true },
      headSha: HEAD,
    });
    expect(listed).toContain(
      'ask one of the configured approvers: <code>privacy-lead</code>, <code>acme/privacy (team)</code> to review the files',
    );
    // Each blocked file says what to do about it.
    expect(listed).toMatch(
      /#### <code>c\.xlsx<\/code>\n\nnot inspected: reading the file took longer than the time limit\.\n\n\*\*What to do:\*\* Raise the time limit/,
    );
  });

  it('keeps fingerprints out of the tables (folded in a ready-to-paste accepted-findings snippet) and folds long lists', async () => {
    const many = scanned(
      'many.xlsx',
      Array.from({ length: 12 }, (_, i) => rosterFinding('many.xlsx', { sheet: `S${i}` })),
      'xlsx',
    );
    const r = report([many]);
    const text = await write({ report: r, subject: 'x', waiver: absent, approval: policy });
    const [beforeSnippet, snippet] = text.split('<details><summary>Fingerprints of the blocking findings');
    for (const f of many.findings) {
      expect(beforeSnippet).not.toContain(f.fingerprint);
      expect(snippet).toContain(`  - fingerprint: ${f.fingerprint}`);
    }
    const table = beforeSnippet!.slice(beforeSnippet!.indexOf('#### <code>many.xlsx'));
    const [open, folded] = table.split('<details><summary>7 more findings in this file</summary>');
    expect((open!.match(/<tr><td>/g) ?? []).length).toBe(5);
    expect((folded!.match(/<tr><td>/g) ?? []).length).toBe(7);
  });

  it('under a waiver, says so first and shows the audit once, not on every row', async () => {
    const audit = { approver: 'privacy-lead', at: '2026-11-20T11:00:00Z', headSha: HEAD };
    const files = applyWaiver(blocked().files, audit as never, 'pii-waiver-approved');
    const text = await write({
      report: report(files, 'high', false),
      subject: 'x',
      waiver: { state: 'holds', label: 'pii-waiver-approved', audit },
      approval: policy,
      headSha: HEAD,
    });
    expect(text.split('\n')[0]).toBe('## ✅ Passed under an approved waiver (asylum-pii-gate)');
    expect(text).toMatch(
      /The label <code>pii-waiver-approved<\/code> applied by <code>privacy-lead<\/code> at 2026-11-20T11:00:00Z \(server time\) for head commit <code>c0ffee111111<\/code> waives what would block \(6 findings accepted, 2 files not inspected\)\.\*\* It covers this commit only\./,
    );
    expect(text).not.toContain('What to do next');
    // Every row points at one acceptance line instead of repeating it.
    expect((text.match(/accepted \(A1\)/g) ?? []).length).toBe(6);
    expect((text.match(/waiver label &#39;pii-waiver-approved&#39; applied at/g) ?? []).length).toBe(1);
  });

  it('points to no path on the runner, and shows how to keep the JSON report as an artifact', async () => {
    const text = await write({
      report: blocked(),
      subject: 'x',
      waiver: absent,
      reportPath: '/home/runner/work/_temp/asylum-pii-gate/report.json',
    });
    expect(text).not.toContain('/home/runner');
    expect(text).toContain('- uses: actions/upload-artifact@v4');
    expect(text).toContain('path: ${{ steps.gate.outputs.report }}');
  });
});
