/** End to end (see e2e-harness.ts): the bundled Action on a pull request, on push and workflow_dispatch, and what it scans (the blobs of the commit, not the checkout's bytes). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringTableXlsx } from '../fixtures/big-xlsx.js';
import { fakeState, type FakeFile } from './fake-github.js';
import {
  people,
  HEAD,
  BASE,
  rosterCsv,
  statisticsCsv,
  hiddenTabWorkbook,
  prPayload,
  runAction,
  pr,
  blobRequests,
  annotations,
  reportOf,
  statuses,
  lfsPointer,
  useActionBundle,
} from './e2e-harness.js';

useActionBundle();

describe('the bundled Action on a pull request', () => {
  it('blocks a roster hidden in a workbook tab, reading contents from the API without a checkout', async () => {
    const r = await runAction({ state: pr([{ path: 'site/stats/detention-FY22.xlsx', status: 'added', content: hiddenTabWorkbook() }]) });
    expect(r.code).not.toBe(0);
    expect(Number(r.outputs.blocking)).toBeGreaterThan(0);
    expect(r.outputs.waived).toBe('false');
    expect(blobRequests(r).length).toBe(1);
    expect(annotations(r, 'error').some((l) => l.includes('file=site/stats/detention-FY22.xlsx'))).toBe(true);
    expect(r.summary).toMatch(/hidden sheet/);
    expect(r.summary).toMatch(/Blocked/);
    expect(r.outputs.report).toMatch(/asylum-pii-gate\/report\.json$/);
    const checks = r.github.requests.filter((q) => q.path.endsWith('/check-runs') && q.method === 'POST');
    expect(checks).toHaveLength(1);
    expect(JSON.parse(checks[0]!.body).head_sha).toBe(HEAD);
  });

  it('passes clean statistics', async () => {
    const r = await runAction({ state: pr([{ path: 'site/stats/fear-screening.csv', status: 'modified', content: statisticsCsv() }]) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs.blocking).toBe('0');
    expect(r.outputs['not-inspected']).toBe('0');
    expect(r.summary).toMatch(/Passed/);
    const patch = r.github.requests.filter((q) => q.method === 'PATCH' && q.path.includes('/check-runs/'));
    expect(JSON.parse(patch.at(-1)!.body).conclusion).toBe('success');
  });

  it('honours the memory-limit input: a worker too small to read the file leaves it not inspected, and it blocks', async () => {
    // A workbook whose shared-string table alone outgrows a 32 MB heap (a small CSV streams in
    // far less: scan workers are processes that load only the reader they need).
    const files: FakeFile[] = [
      { path: 'site/stats/strings.xlsx', status: 'modified', content: stringTableXlsx(1_000_000) },
      { path: 'site/stats/fear-screening.csv', status: 'modified', content: statisticsCsv() },
    ];
    const r = await runAction({ state: pr(files), inputs: { 'memory-limit': '32' } });
    expect(r.code).not.toBe(0);
    expect(r.outputs['not-inspected']).toBe('1');
    expect(r.summary).toMatch(/not inspected/i);
  });

  const REAL = '/work/shared/corpus/real';
  it.skipIf(!existsSync(REAL))('passes ICE’s real public workbooks and facility list (through the API)', async () => {
    const files: FakeFile[] = readdirSync(REAL)
      .filter((n) => /\.(xlsx|csv)$/.test(n))
      .map((n) => ({ path: `site/stats/${n}`, status: 'added' as const, content: readFileSync(join(REAL, n)) }));
    const r = await runAction({ state: pr(files) });
    const report = JSON.parse(Object.entries(r.written).find(([p]) => p.endsWith('report.json'))![1]);
    expect(report.files.map((f: { status: string }) => f.status)).toEqual(files.map(() => 'scanned'));
    expect(r.outputs.blocking).toBe('0');
    expect(r.code).toBe(0);
  });

  it('reads the checkout when it holds the head commit (no blob requests)', async () => {
    const files: FakeFile[] = [{ path: 'data/export.csv', status: 'added', content: rosterCsv() }];
    const r = await runAction({ state: pr(files), checkout: { sha: HEAD, files: { 'data/export.csv': rosterCsv() } } });
    expect(blobRequests(r)).toHaveLength(0);
    expect(r.code).not.toBe(0);
    expect(Number(r.outputs.findings)).toBeGreaterThan(0);
  });

  it('does not trust a checkout of another commit (pull_request_target checks out the base)', async () => {
    const files: FakeFile[] = [{ path: 'data/export.csv', status: 'added', content: rosterCsv() }];
    const r = await runAction({
      state: pr(files),
      event: 'pull_request_target',
      payload: prPayload(pr(files), 'opened'),
      sha: BASE,
      checkout: { sha: BASE, files: { 'data/export.csv': 'harmless text\n' } },
    });
    expect(blobRequests(r)).toHaveLength(1);
    expect(r.code).not.toBe(0);
  });

  it('finds a leak on the second page of changed files', async () => {
    const files: FakeFile[] = Array.from({ length: 150 }, (_, i) => ({
      path: `site/page-${String(i).padStart(3, '0')}.md`,
      status: 'added' as const,
      content: `# Page ${i}\n\nPlain public text.\n`,
    }));
    files[130] = { path: 'site/appendix/table.csv', status: 'added', content: rosterCsv() };
    const r = await runAction({ state: pr(files) });
    const pages = r.github.requests.filter((q) => q.path.endsWith('/pulls/7/files')).map((q) => q.query.page);
    expect(pages).toEqual(['1', '2']);
    expect(r.code).not.toBe(0);
    expect(r.summary).toContain('site/appendix/table.csv');
    expect(annotations(r, 'error').some((l) => l.includes('file=site/appendix/table.csv'))).toBe(true);
  });

  it('blocks when the API cut the file list and it cannot be listed another way', async () => {
    const files: FakeFile[] = [{ path: 'site/a.md', status: 'added', content: '# A\n' }];
    const r = await runAction({ state: pr(files, { changedFiles: 3500 }) });
    expect(r.code).not.toBe(0);
    expect(r.outputs.blocking).toBe('1');
    expect(r.summary).toMatch(/### Blocked/);
    expect(r.summary).toMatch(/the list of changed files may be incomplete/);
    expect(annotations(r, 'error').some((l) => l.includes('may be incomplete'))).toBe(true);
  });

  it('keeps hostile and identifying file names inert in every channel', async () => {
    const injected = 'site/x\n::warning title=pwned::injected\r\n%0A.csv';
    const named = `cases/A${people[1]!.aNumber}.csv`;
    const r = await runAction({
      state: pr([
        { path: injected, status: 'added', content: rosterCsv() },
        { path: named, status: 'added', content: 'Public notice.\n' },
      ]),
    });
    expect(r.code).not.toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::warning title=pwned'))).toEqual([]);
    expect(r.stdout).toContain('file=site/x%0A%3A%3Awarning title=pwned%3A%3Ainjected%0D%0A%250A.csv');
    expect(r.summary).not.toMatch(/\n::warning/);
    expect(r.summary).toContain('cases/A….csv');
  });

  it('skips removed files and scans renamed ones', async () => {
    const r = await runAction({
      state: pr([
        { path: 'old/roster.csv', status: 'removed' },
        { path: 'site/renamed.csv', status: 'renamed', previousPath: 'drafts/renamed.csv', content: rosterCsv() },
      ]),
    });
    expect(blobRequests(r)).toHaveLength(1);
    const report = JSON.parse(Object.entries(r.written).find(([p]) => p.endsWith('report.json'))![1]);
    expect(report.files.map((f: { path: string; status: string; reason?: string }) => [f.path, f.status, f.reason ?? ''])).toEqual([
      ['old/roster.csv', 'skipped', 'removed'],
      ['site/renamed.csv', 'scanned', ''],
    ]);
    expect(r.code).not.toBe(0);
  });

  it('reads the config from the base branch, never from the pull request', async () => {
    const state = pr(
      [{ path: 'site/research/roster.csv', status: 'added', content: rosterCsv() }],
      {},
      {
        config: {
          main: 'allowlist:\n  - path: "site/research/**"\n    reason: Reviewed research tables\n',
          [HEAD]: 'allowlist:\n  - path: "**"\n    reason: switch it off\n',
        },
      },
    );
    const r = await runAction({ state });
    const configReads = r.github.requests.filter((q) => q.path.includes('/contents/'));
    expect(configReads.map((q) => q.query.ref)).toEqual(['main']);
    expect(r.code).toBe(0);
    expect(r.summary).toContain('Reviewed research tables');
  });

  it('still annotates and summarises a fork pull request whose token cannot create check runs', async () => {
    const state = pr([{ path: 'data/export.csv', status: 'added', content: rosterCsv() }], {}, { checkRunsStatus: 403 });
    const payload = prPayload(state, 'opened');
    (payload.pull_request as { head: { repo: { full_name: string } } }).head.repo.full_name = 'someone/site';
    const r = await runAction({ state, payload });
    expect(r.code).not.toBe(0);
    expect(annotations(r, 'error').length).toBeGreaterThan(0);
    expect(r.summary).toMatch(/no check run/);
    expect(r.github.requests.filter((q) => q.method === 'PATCH')).toHaveLength(0);
  });
});
describe('push and workflow_dispatch', () => {
  it('scans the pushed range by comparing trees', async () => {
    const before = '1'.repeat(40);
    const after = '2'.repeat(40);
    const state = fakeState({
      trees: {
        [before]: [{ path: 'index.md', content: '# Home\n' }],
        [after]: [
          { path: 'index.md', content: '# Home\n' },
          { path: 'data/export.csv', content: rosterCsv() },
        ],
      },
    });
    const r = await runAction({
      state,
      event: 'push',
      payload: { ref: 'refs/heads/main', before, after, repository: { name: 'site', owner: { login: 'acme' }, default_branch: 'main' } },
      sha: after,
    });
    const report = JSON.parse(Object.entries(r.written).find(([p]) => p.endsWith('report.json'))![1]);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['data/export.csv']);
    expect(r.outputs.waived).toBe('false');
    expect(r.code).not.toBe(0);
  });

  it('scans the given paths of the repository on workflow_dispatch', async () => {
    const sha = '3'.repeat(40);
    const state = fakeState({
      trees: {
        [sha]: [
          { path: 'site/index.md', content: '# Home\n' },
          { path: 'site/stats.csv', content: statisticsCsv() },
          { path: 'private/export.csv', content: rosterCsv() },
        ],
      },
    });
    const r = await runAction({ state, event: 'workflow_dispatch', payload: { inputs: {} }, sha, inputs: { paths: 'site' } });
    const report = JSON.parse(Object.entries(r.written).find(([p]) => p.endsWith('report.json'))![1]);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['site/index.md', 'site/stats.csv']);
    // What a merge of shard reports checks: the commit scanned and a digest of the settings.
    expect(report.commit).toBe(sha);
    expect(report.settings).toMatch(/^[0-9a-f]{32}$/);
    expect(r.code).toBe(0);
  });
});
describe('integrity: what is scanned is what the commit holds', () => {
  it('blocks a Git LFS pointer with what to do, and scans the real file when the checkout holds it', async () => {
    const real = rosterCsv();
    const files: FakeFile[] = [{ path: 'data/export.csv', status: 'added', content: lfsPointer(real) }];
    const api = await runAction({ state: pr(files) });
    expect(api.code).not.toBe(0);
    expect(statuses(api)).toEqual([['data/export.csv', 'not-inspected', 'stored-in-git-lfs']]);
    expect(api.summary).toMatch(/Git LFS/);
    expect(api.summary).toMatch(/lfs: true/);
    const smudged = await runAction({ state: pr(files), checkout: { sha: HEAD, files: { 'data/export.csv': real } } });
    expect(statuses(smudged)).toEqual([['data/export.csv', 'scanned', '']]);
    expect(Number(smudged.outputs.findings)).toBeGreaterThan(0);
    const other = await runAction({ state: pr(files), checkout: { sha: HEAD, files: { 'data/export.csv': statisticsCsv() } } });
    expect(statuses(other)).toEqual([['data/export.csv', 'not-inspected', 'stored-in-git-lfs']]);
  });

  it('never trusts checkout bytes that are not the listed blob (working-tree-encoding, filters, case collisions)', async () => {
    const files: FakeFile[] = [{ path: 'data/export.csv', status: 'added', content: rosterCsv() }];
    // The checkout is at the head commit, but a filter turned the roster into other bytes.
    const r = await runAction({ state: pr(files), checkout: { sha: HEAD, files: { 'data/export.csv': statisticsCsv() } } });
    expect(blobRequests(r)).toHaveLength(1);
    expect(r.code).not.toBe(0);
    expect(Number(r.outputs.findings)).toBeGreaterThan(0);
  });

  it('scans identical blobs once, and reports each path with its own fingerprints', async () => {
    const files: FakeFile[] = [
      { path: 'data/a.csv', status: 'added', content: rosterCsv() },
      { path: 'site/b.csv', status: 'added', content: rosterCsv() },
    ];
    const r = await runAction({ state: pr(files) });
    expect(blobRequests(r)).toHaveLength(1);
    const report = reportOf(r);
    expect(report.files.map((f) => [f.path, f.status])).toEqual([
      ['data/a.csv', 'scanned'],
      ['site/b.csv', 'scanned'],
    ]);
    expect(report.files[1]!.findings.length).toBe(report.files[0]!.findings.length);
    expect(report.files[1]!.findings[0]!.fingerprint).not.toBe(report.files[0]!.findings[0]!.fingerprint);
  });
});
