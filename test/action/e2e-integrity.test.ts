/** End to end (see e2e-harness.ts): integrity (links, every commit, its own gate, events, accepted fingerprints, hardening) and the merge mode of a matrix audit. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoLeak } from '../fixtures/canary.js';
import { makePeople, plantedValues } from '../fixtures/people.js';
import { fakeState, type FakeFile } from './fake-github.js';
import { writeSite } from '../fixtures/site.js';
import { runCli } from '../../src/cli/main.js';
import { reportFromJson } from '../../src/report/merge.js';
import { toJsonReport, type JsonReport } from '../../src/report/json.js';
import { buildReport } from '../../src/core/verdict.js';
import { shardOf } from '../../src/scan/shard.js';
import {
  people,
  planted,
  HEAD,
  rosterCsv,
  statisticsCsv,
  prPayload,
  runAction,
  pr,
  blobRequests,
  annotations,
  reportOf,
  statuses,
  useActionBundle,
} from './e2e-harness.js';

useActionBundle();

describe('integrity: symbolic links', () => {
  const tree = (links: Record<string, string>) => [
    { path: 'private/roster.csv', content: rosterCsv() },
    { path: 'site/index.md', content: '# Home\n' },
    ...Object.entries(links).map(([path, target]) => ({ path, content: target, mode: '120000' as const })),
  ];

  it('scans the target of a link the pull request added, though the target did not change', async () => {
    const state = pr(
      [{ path: 'site/data.csv', status: 'added', content: '../private/roster.csv' }],
      {},
      { trees: { [HEAD]: tree({ 'site/data.csv': '../private/roster.csv' }) } },
    );
    const r = await runAction({ state });
    expect(r.code).not.toBe(0);
    expect(statuses(r)).toEqual([['site/data.csv', 'scanned', '']]);
    expect(reportOf(r).files[0]!.findings.some((f) => f.rule.startsWith('person-record'))).toBe(true);
  });

  it('blocks a link out of the repository and a link to a folder, with reasons', async () => {
    const links = { 'site/passwd.csv': '../../../etc/passwd', 'site/abs.csv': '/etc/passwd', 'site/all': '../private' };
    const state = pr(
      Object.entries(links).map(([path, content]) => ({ path, status: 'added' as const, content })),
      {},
      { trees: { [HEAD]: tree(links) } },
    );
    const r = await runAction({ state });
    expect(r.code).not.toBe(0);
    expect(statuses(r)).toEqual([
      ['site/passwd.csv', 'not-inspected', 'link-out-of-repository'],
      ['site/abs.csv', 'not-inspected', 'link-out-of-repository'],
      ['site/all', 'not-inspected', 'link-to-folder'],
    ]);
    expect(r.summary).toMatch(/symbolic link/);
  });
});
describe('integrity: every commit of the pull request', () => {
  const C1 = 'c1'.repeat(20);
  const history = (files: FakeFile[]) => ({
    commits: [
      { sha: C1, files: [{ path: 'data/export.csv', status: 'added' as const, content: rosterCsv() }, ...files] },
      { sha: HEAD, files: [{ path: 'data/export.csv', status: 'removed' as const }] },
    ],
  });

  it('blocks a roster added in one commit and removed in the next, naming the commit', async () => {
    const net: FakeFile[] = [{ path: 'site/index.md', status: 'added', content: '# Home\n' }];
    const r = await runAction({ state: pr(net, history(net)) });
    expect(r.code).not.toBe(0);
    expect(statuses(r)).toEqual([
      ['site/index.md', 'scanned', ''],
      [`data/export.csv (commit ${C1.slice(0, 12)})`, 'scanned', ''],
    ]);
    expect(r.summary).toContain(`data/export.csv (commit ${C1.slice(0, 12)})`);
    expect(blobRequests(r)).toHaveLength(2);
  });

  it('can be turned off for squash-only repositories', async () => {
    const net: FakeFile[] = [{ path: 'site/index.md', status: 'added', content: '# Home\n' }];
    const r = await runAction({ state: pr(net, history(net)), inputs: { 'scan-every-commit': 'false' } });
    expect(r.code).toBe(0);
    expect(statuses(r)).toEqual([['site/index.md', 'scanned', '']]);
  });
});
describe('integrity: a pull request cannot switch off its own gate', () => {
  const files: FakeFile[] = [{ path: '.github/workflows/gate.yml', status: 'modified', content: 'on: push\njobs: {}\n' }];

  it('blocks a change to the workflows on pull_request, and not on pull_request_target', async () => {
    const r = await runAction({ state: pr(files) });
    expect(r.code).not.toBe(0);
    expect(r.summary).toMatch(/changes 1 workflow file/);
    const target = await runAction({ state: pr(files), event: 'pull_request_target', payload: prPayload(pr(files), 'opened') });
    expect(target.code).toBe(0);
    const off = await runAction({ state: pr(files), inputs: { 'block-gate-changes': 'false' } });
    expect(off.code).toBe(0);
  });

  it('blocks a change to the gate’s config file on pull_request', async () => {
    const r = await runAction({ state: pr([{ path: '.github/asylum-pii-gate.yml', status: 'added', content: 'allowlist: []\n' }]) });
    expect(r.code).not.toBe(0);
    expect(r.summary).toMatch(/the gate’s config file/);
  });
});
describe('integrity: events', () => {
  it('edited: judges against the live base branch, not the payload’s', async () => {
    const state = pr(
      [{ path: 'site/research/roster.csv', status: 'added', content: rosterCsv() }],
      {},
      { config: { main: 'allowlist:\n  - path: "site/research/**"\n    reason: Reviewed research tables\n' } },
    );
    const payload = prPayload(state, 'edited', { changes: { base: { ref: { from: 'main' } } } });
    (payload.pull_request as { base: { ref: string } }).base.ref = 'old-base';
    const r = await runAction({ state, payload });
    expect(r.github.requests.filter((q) => q.path.includes('/contents/')).map((q) => q.query.ref)).toEqual(['main']);
    expect(r.code).toBe(0);
    expect(r.summary).toMatch(/judged against the live base/);
  });

  it('merge_group: scans the queue’s merge commit against its base', async () => {
    const base = '4'.repeat(40);
    const head = '5'.repeat(40);
    const state = fakeState({
      trees: {
        [base]: [{ path: 'index.md', content: '# Home\n' }],
        [head]: [
          { path: 'index.md', content: '# Home\n' },
          { path: 'data/export.csv', content: rosterCsv() },
        ],
      },
    });
    const r = await runAction({
      state,
      event: 'merge_group',
      payload: {
        action: 'checks_requested',
        merge_group: { head_sha: head, base_sha: base, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7', base_ref: 'refs/heads/main' },
      },
      sha: head,
    });
    expect(r.code).not.toBe(0);
    expect(statuses(r)).toEqual([['data/export.csv', 'scanned', '']]);
    const checks = r.github.requests.filter((q) => q.path.endsWith('/check-runs') && q.method === 'POST');
    expect(JSON.parse(checks[0]!.body).head_sha).toBe(head);
  });

  it('a push that deletes a branch passes with a note, and makes no check run', async () => {
    const r = await runAction({
      state: fakeState(),
      event: 'push',
      payload: {
        ref: 'refs/heads/old',
        before: '6'.repeat(40),
        after: '0'.repeat(40),
        deleted: true,
        repository: { name: 'site', owner: { login: 'acme' }, default_branch: 'main' },
      },
      sha: '0'.repeat(40),
    });
    expect(r.code).toBe(0);
    expect(r.summary).toMatch(/deleted a branch or tag/);
    expect(r.github.requests.filter((q) => q.path.includes('/check-runs'))).toHaveLength(0);
  });

  it('a push that creates a branch reads the config from the default branch', async () => {
    const after = '7'.repeat(40);
    const state = fakeState({
      trees: { [after]: [{ path: 'data/export.csv', content: rosterCsv() }] },
      config: { [after]: 'allowlist:\n  - path: "**"\n    reason: off\n' },
    });
    const r = await runAction({
      state,
      event: 'push',
      payload: {
        ref: 'refs/heads/feature',
        before: '0'.repeat(40),
        after,
        created: true,
        repository: { name: 'site', owner: { login: 'acme' }, default_branch: 'main' },
      },
      sha: after,
    });
    expect(r.github.requests.filter((q) => q.path.includes('/contents/')).map((q) => q.query.ref)).toEqual(['main']);
    expect(r.code).not.toBe(0);
  });
});
describe('integrity: accepted fingerprints', () => {
  const named = (n: number) => `cases/A${people[n]!.aNumber}.csv`;
  const accept = (fingerprint: string, count?: number) =>
    `accepted-findings:\n  - fingerprint: ${fingerprint}\n    reason: Reviewed\n    approver: privacy-lead\n    expires: 2099-01-01\n${count ? `    count: ${count}\n` : ''}`;

  it('an acceptance for one roster whose name carries an identifier never passes another that redacts the same way', async () => {
    const first = await runAction({ state: pr([{ path: named(1), status: 'added', content: rosterCsv() }]) });
    const fp = reportOf(first).files[0]!.findings.find((f) => f.rule.startsWith('person-record'))!.fingerprint;
    const r = await runAction({
      state: pr([{ path: named(2), status: 'added', content: rosterCsv() }], {}, { config: { main: accept(fp) } }),
    });
    expect(r.code).not.toBe(0);
    expect(r.summary).toMatch(/cannot be accepted by fingerprint/);
  });

  it('an acceptance with a count does not cover new rows, and one without says how many rows it covers', async () => {
    const first = await runAction({ state: pr([{ path: 'data/export.csv', status: 'added', content: rosterCsv() }]) });
    const blocking = reportOf(first).files[0]!.findings.filter((f) => f.rule.startsWith('person-record'));
    const grown = await runAction({
      state: pr(
        [{ path: 'data/export.csv', status: 'added', content: rosterCsv() }],
        {},
        {
          config: {
            main: blocking
              .map((f) => accept(f.fingerprint, f.count - 1).replace('accepted-findings:\n', ''))
              .join('')
              .replace(/^/, 'accepted-findings:\n'),
          },
        },
      ),
    });
    expect(grown.code).not.toBe(0);
    expect(grown.summary).toMatch(/more than the \d+ it was accepted for/);
    const open = await runAction({
      state: pr(
        [{ path: 'data/export.csv', status: 'added', content: rosterCsv() }],
        {},
        {
          config: {
            main: `accepted-findings:\n${blocking.map((f) => accept(f.fingerprint).replace('accepted-findings:\n', '')).join('')}`,
          },
        },
      ),
    });
    expect(open.code).toBe(0);
    expect(open.summary).toMatch(/has no count: it covers the finding.{1,6}s \d+ row/);
  });
});
describe('integrity: hardening', () => {
  it('waits for a rate limit (403 with x-ratelimit-reset, 429 with Retry-After) and goes on', async () => {
    const reset = String(Math.ceil(Date.now() / 1000) + 1);
    const state = pr(
      [{ path: 'site/stats/fear-screening.csv', status: 'modified', content: statisticsCsv() }],
      {},
      {
        faults: [
          {
            path: '/pulls/7/files',
            status: 403,
            headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
            message: 'API rate limit exceeded',
            times: 1,
          },
          {
            path: '/git/blobs/',
            status: 429,
            headers: { 'retry-after': '1' },
            message: 'You have exceeded a secondary rate limit',
            times: 1,
          },
        ],
      },
    );
    const r = await runAction({ state });
    expect(r.code).toBe(0);
    expect(r.github.requests.filter((q) => q.path.endsWith('/pulls/7/files'))).toHaveLength(2);
    expect(blobRequests(r)).toHaveLength(2);
  });

  it('does not wait past the cap: the file list fails and the gate blocks, saying why', async () => {
    const state = pr(
      [{ path: 'site/a.md', status: 'added', content: '# A\n' }],
      {},
      {
        faults: [
          {
            path: '/pulls/7/files',
            status: 429,
            headers: { 'retry-after': '86400' },
            message: 'You have exceeded a secondary rate limit',
            times: 5,
          },
        ],
      },
    );
    const r = await runAction({ state });
    expect(r.code).not.toBe(0);
    expect(r.summary).toMatch(/may be incomplete.*HTTP 429/);
  });

  it('blocks when a config path set in the inputs is missing', async () => {
    const r = await runAction({
      state: pr([{ path: 'site/a.md', status: 'added', content: '# A\n' }]),
      inputs: { config: '.github/gate.yml' },
    });
    expect(r.code).not.toBe(0);
    expect(r.summary).toMatch(/config file set in the config input is missing/);
  });

  it('keeps to one time budget: files not reached are listed and block', async () => {
    // Five pages that each take seconds to read (100,000 nested elements) ahead of eight small
    // ones (each different: identical blobs are scanned once): with at most four files in flight,
    // some cannot start within a 1 s budget however
    // fast the machine (small pages alone now finish inside it).
    const slow = `<!doctype html><html><body>${'<div>'.repeat(100_000)}${'</div>'.repeat(100_000)}<p>statistics</p></body></html>`;
    const files: FakeFile[] = [
      ...Array.from({ length: 5 }, (_, i) => ({ path: `site/deep-${i}.html`, status: 'added' as const, content: `${slow}<!-- ${i} -->` })),
      ...Array.from({ length: 8 }, (_, i) => ({ path: `site/page-${i}.md`, status: 'added' as const, content: `# Page ${i}\n` })),
    ];
    const r = await runAction({ state: pr(files), inputs: { 'time-budget': '1' } });
    expect(r.code).not.toBe(0);
    expect(statuses(r).filter(([, , reason]) => reason === 'not-reached').length).toBeGreaterThan(0);
    expect(r.summary).toMatch(/time budget \(1 s\) ran out/);
  });
});
describe('mode merge: the merge job of a matrix audit', () => {
  // A 40-file site with 4 rosters, scanned once by the command line; its shard reports (4 of them,
  // as `shard: i/4` jobs write them: report-i-of-4.json) are the files of that one run split by
  // shardOf, which test/cli/shard-merge.test.ts shows is what sharded scans give.
  const SITE_SHA = '5'.repeat(40);
  const sitePlanted = plantedValues(makePeople(40, 31));
  let single: JsonReport;
  const shards: Record<string, string> = {};

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apg-merge-site-'));
    try {
      writeSite(join(dir, 'site'), 40, 10);
      let out = '';
      const code = await runCli(['scan', '--format', 'json', 'site'], { stdout: (t) => (out += t), stderr: () => undefined, cwd: dir });
      expect(code).toBe(1);
      single = JSON.parse(out) as JsonReport;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const whole = reportFromJson(single, 'single');
    if (!whole.ok) throw new Error('the single run’s report does not read back');
    for (let i = 1; i <= 4; i++) {
      const files = whole.report.files.filter((f) => shardOf(f.path, 4) === i);
      const report = buildReport(files, whole.report, whole.report.tool);
      Object.assign(report, { shard: { index: i, count: 4 }, commit: SITE_SHA, settings: single.settings });
      shards[`reports/report-${i}-of-4.json`] = JSON.stringify(toJsonReport(report));
    }
  }, 60_000);

  const merge = (files: Record<string, string>) =>
    runAction({
      state: fakeState(),
      event: 'schedule',
      payload: {},
      sha: SITE_SHA,
      checkout: { sha: SITE_SHA, files },
      inputs: { mode: 'merge', reports: 'reports' },
    });
  const essence = (r: { files: JsonReport['files'] }) =>
    r.files.map((f) => [f.path, f.status, f.reason, f.findings.map((x) => [x.rule, x.severity, x.count, x.fingerprint, x.blocks])]);

  it('gives the verdict, summary, annotations, check run, outputs, JSON and SARIF of one run over the site', async () => {
    expect(single.files).toHaveLength(40);
    expect(Object.values(shards).every((t) => (JSON.parse(t) as JsonReport).files.length > 0)).toBe(true);
    const r = await merge(shards);
    expectNoLeak({ stdout: r.stdout, summary: r.summary, files: Object.values(r.written).join('\n') }, sitePlanted);
    expect(r.code).not.toBe(0);
    const merged = reportOf(r) as unknown as JsonReport;
    expect(essence(merged)).toEqual(essence(single));
    expect(merged.summary).toEqual(single.summary);
    expect(merged.commit).toBe(SITE_SHA);
    expect(r.outputs.blocking).toBe(String(single.summary.blocking));
    expect(r.outputs.findings).toBe(String(single.summary.findings));
    expect(r.outputs.waived).toBe('false');
    expect(r.outputs.report).toMatch(/asylum-pii-gate\/report\.json$/);
    const sarif = JSON.parse(Object.entries(r.written).find(([p]) => p.endsWith('report.sarif'))![1]) as {
      runs: Array<{ results: unknown[] }>;
    };
    expect(sarif.runs[0]!.results.length).toBeGreaterThanOrEqual(4);
    expect(r.summary).toMatch(/merged from 4 of 4 shard report/);
    expect(r.summary).toMatch(/Blocked/);
    expect(annotations(r, 'error').filter((l) => /file=site\/.*extract-\d+\.csv/.test(l)).length).toBe(4);
    const post = r.github.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/check-runs'));
    expect(JSON.parse(post[0]!.body).head_sha).toBe(SITE_SHA);
    const patch = r.github.requests.filter((q) => q.method === 'PATCH' && q.path.includes('/check-runs/'));
    expect(JSON.parse(patch.at(-1)!.body).conclusion).toBe('failure');
    // It reads nothing of the repository: only the reports.
    expect(r.github.requests.filter((q) => /\/git\/|\/contents\//.test(q.path))).toEqual([]);
  });

  it('blocks when a shard is missing, merging the others; a field an edit planted in a report goes nowhere', async () => {
    const three = Object.fromEntries(Object.entries(shards).filter(([p]) => !p.includes('report-3-of-4')));
    const first = JSON.parse(three['reports/report-1-of-4.json']!) as JsonReport & Record<string, unknown>;
    first.note = planted[0];
    Object.assign(first.files[0]!, { sample: planted[1] });
    three['reports/report-1-of-4.json'] = JSON.stringify(first);
    const r = await merge(three);
    expect(r.code).not.toBe(0);
    expect(r.summary).toMatch(/shard 3\/4 is missing/);
    const merged = reportOf(r) as unknown as JsonReport;
    expect(merged.blockers).toEqual([expect.stringMatching(/^shard 3\/4 is missing/)]);
    expect(merged.files.length).toBe(40 - (JSON.parse(shards['reports/report-3-of-4.json']!) as JsonReport).files.length);
    expect(Number(r.outputs.blocking)).toBe(merged.summary.blocking + 1);
    expect(annotations(r, 'error').some((l) => /shard 3\/4 is missing/.test(l))).toBe(true);
  });

  it('refuses reports of another commit or edited ones: nothing is merged, and it blocks', async () => {
    const edited = { ...shards };
    const two = JSON.parse(edited['reports/report-2-of-4.json']!) as JsonReport;
    two.commit = '6'.repeat(40);
    edited['reports/report-2-of-4.json'] = JSON.stringify(two);
    const four = JSON.parse(edited['reports/report-4-of-4.json']!) as JsonReport;
    four.summary.files += 1;
    edited['reports/report-4-of-4.json'] = JSON.stringify(four);
    const r = await merge(edited);
    expect(r.code).not.toBe(0);
    expect(r.summary).toMatch(/scanned another commit/);
    expect(r.summary).toMatch(/summary does not match its files/);
    // The edited report is refused as such, not counted as a missing shard.
    expect(r.summary).not.toMatch(/is missing/);
    expect(reportOf(r).files).toEqual([]);
    expect(Number(r.outputs.blocking)).toBeGreaterThanOrEqual(2);
  });
});
