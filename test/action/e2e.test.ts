/**
 * End to end: the BUNDLED Action run as a child process the way the runner runs it (INPUT_*
 * with hyphens kept, GITHUB_* variables, an event file, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT
 * files) against a GitHub API stand-in on 127.0.0.1. Every run asserts that no planted value
 * reaches stdout, stderr, the summary, the outputs, the files written or the API.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { stringTableXlsx } from '../fixtures/big-xlsx.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { makePeople, plantedValues, rosterRows, toCsv } from '../fixtures/people.js';
import { fakeState, startFakeGitHub, type FakeFile, type FakeGitHub, type FakeState } from './fake-github.js';
import { writeSite } from '../fixtures/site.js';
import { runCli } from '../../src/cli/main.js';
import { reportFromJson } from '../../src/report/merge.js';
import { toJsonReport, type JsonReport } from '../../src/report/json.js';
import { buildReport } from '../../src/core/verdict.js';
import { shardOf } from '../../src/scan/shard.js';

const people = makePeople(40, 3303);
const planted = plantedValues(people);
const HEAD = 'c0ffee'.padEnd(40, '1');
const BASE = 'ba5e00'.padEnd(40, '2');

let bundleDir: string;

let buildDir: string;

/**
 * Bundle src/index.ts with ncc as `npm run bundle` does, from a copy of src/ (never into dist/).
 * node_modules is linked, not copied.
 */
beforeAll(() => {
  buildDir = mkdtempSync(join(tmpdir(), 'apg-action-build-'));
  bundleDir = join(buildDir, 'out');
  if (process.env.APG_E2E_STRICT_BUNDLE) {
    // Exactly the release build (type-checks the whole project): for the lead, once nobody is mid-edit.
    execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'src/index.ts', '-o', bundleDir, '-q'], {
      stdio: 'pipe',
    });
    return;
  }
  cpSync('src', join(buildDir, 'src'), { recursive: true });
  cpSync('package.json', join(buildDir, 'package.json'));
  const tsconfig = JSON.parse(readFileSync('tsconfig.json', 'utf8'));
  // Transpile only (types are tsc's job; other areas' files may be mid-edit); ESNext modules so
  // that per-file transpiling still emits ESM, as the real build does under "type": "module".
  writeFileSync(
    join(buildDir, 'tsconfig.json'),
    JSON.stringify({
      ...tsconfig,
      compilerOptions: { ...tsconfig.compilerOptions, module: 'ESNext', moduleResolution: 'Bundler' },
      include: ['src/**/*.ts'],
    }),
  );
  symlinkSync(resolve('node_modules'), join(buildDir, 'node_modules'), 'dir');
  execFileSync(
    process.execPath,
    [resolve('node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'src/index.ts', '-o', bundleDir, '-q', '--transpile-only'],
    { cwd: buildDir, stdio: 'pipe' },
  );
}, 180_000);

afterAll(() => {
  rmSync(buildDir, { recursive: true, force: true });
});

function rosterCsv(): string {
  return toCsv(rosterRows(people));
}

function statisticsCsv(): string {
  return toCsv([
    ['Fiscal Year', 'Credible Fear Referrals', 'Positive Fear Determinations', 'Average Length of Stay (days)'],
    ['FY2021', 48213, 30214, 41.2],
    ['FY2022', 61870, 38155, 39.7],
    ['FY2023', 73020, 44102, 35.1],
  ]);
}

/** A workbook whose visible tab holds aggregates and whose hidden tab holds the roster. */
function hiddenTabWorkbook(): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ['Detention statistics FY2022'],
      [],
      ['Facility type', 'Average daily population'],
      ['Dedicated', 12034.5],
      ['Non-dedicated', 8001.25],
    ]),
    'Summary',
  );
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rosterRows(people)), 'Data');
  wb.Workbook = {
    Sheets: [
      { name: 'Summary', Hidden: 0 },
      { name: 'Data', Hidden: 1 },
    ],
  };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

interface RunOptions {
  state: FakeState;
  event?: string;
  payload?: Record<string, unknown>;
  inputs?: Record<string, string>;
  /** Files of a checkout at `checkoutSha`. */
  checkout?: { sha: string; files: Record<string, string | Buffer> };
  sha?: string;
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  written: Record<string, string>;
  github: FakeGitHub;
}

function prPayload(state: FakeState, action: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const pr = state.pull;
  return {
    action,
    number: pr.number,
    pull_request: {
      number: pr.number,
      user: { login: pr.author },
      head: { sha: pr.headSha, ref: 'feature', repo: { full_name: `${state.owner}/${state.repo}` } },
      base: { sha: pr.baseSha, ref: pr.baseRef, repo: { full_name: `${state.owner}/${state.repo}` } },
      labels: pr.labels.map((name) => ({ name })),
    },
    repository: { name: state.repo, owner: { login: state.owner }, default_branch: 'main' },
    ...extra,
  };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

function readAll(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[p] = readFileSync(p, 'latin1');
    }
  };
  walk(dir);
  return out;
}

async function runAction(o: RunOptions): Promise<RunResult> {
  const github = await startFakeGitHub(o.state);
  const dir = mkdtempSync(join(tmpdir(), 'apg-action-run-'));
  try {
    const runnerTemp = join(dir, 'runner-temp');
    const workspace = join(dir, 'workspace');
    mkdirSync(runnerTemp);
    mkdirSync(workspace);
    if (o.checkout) {
      mkdirSync(join(workspace, '.git'));
      writeFileSync(join(workspace, '.git', 'HEAD'), `${o.checkout.sha}\n`);
      for (const [path, content] of Object.entries(o.checkout.files)) {
        mkdirSync(dirname(join(workspace, path)), { recursive: true });
        writeFileSync(join(workspace, path), content);
      }
    }
    const eventPath = join(dir, 'event.json');
    const summaryPath = join(dir, 'step-summary.md');
    const outputPath = join(dir, 'output.txt');
    const event = o.event ?? 'pull_request';
    writeFileSync(eventPath, JSON.stringify(o.payload ?? prPayload(o.state, 'opened')));
    writeFileSync(summaryPath, '');
    writeFileSync(outputPath, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      INPUT_TOKEN: 'ghs_faketoken0000000000000000000000000',
      GITHUB_ACTIONS: 'true',
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: `${o.state.owner}/${o.state.repo}`,
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SHA: o.sha ?? (event.startsWith('pull_request') ? 'e1e1e1'.padEnd(40, '3') : o.state.pull.headSha),
      GITHUB_REF: event.startsWith('pull_request') ? `refs/pull/${o.state.pull.number}/merge` : 'refs/heads/main',
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '1',
      RUNNER_TEMP: runnerTemp,
    };
    for (const [k, v] of Object.entries(o.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [join(bundleDir, 'index.js')],
        { env, cwd: workspace, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
        (error, stdout, stderr) => {
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
        },
      );
    });
    const result: RunResult = {
      code,
      stdout,
      stderr,
      summary: readFileSync(summaryPath, 'utf8'),
      outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
      written: readAll(runnerTemp),
      github,
    };
    expectNoLeakIn(result);
    // Set APG_E2E_DUMP=<dir> to look at what a run produced (after the leak check).
    if (process.env.APG_E2E_DUMP) {
      const name = join(process.env.APG_E2E_DUMP, `${Date.now()}-${code}`);
      mkdirSync(name, { recursive: true });
      writeFileSync(join(name, 'stdout.txt'), stdout);
      writeFileSync(join(name, 'stderr.txt'), stderr);
      writeFileSync(join(name, 'summary.html'), result.summary);
      writeFileSync(join(name, 'outputs.json'), JSON.stringify(result.outputs, null, 2));
    }
    return result;
  } finally {
    await github.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function expectNoLeakIn(r: RunResult): void {
  expectNoLeak(
    {
      stdout: r.stdout,
      stderr: r.stderr,
      summary: r.summary,
      outputs: JSON.stringify(r.outputs),
      ...Object.fromEntries(Object.entries(r.written).map(([p, t]) => [`file ${p.split('/').pop()}`, t])),
      requests: r.github.requests.map((q) => `${q.method} ${q.path} ${JSON.stringify(q.query)} ${q.body}`).join('\n'),
    },
    planted,
  );
}

function pr(files: FakeFile[], extra: Partial<FakeState['pull']> = {}, state: Partial<FakeState> = {}): FakeState {
  return fakeState({ ...state, pull: { headSha: HEAD, baseSha: BASE, files, ...extra } });
}

const blobRequests = (r: RunResult) => r.github.requests.filter((q) => q.path.includes('/git/blobs/'));
const annotations = (r: RunResult, level: string) => r.stdout.split('\n').filter((l) => l.startsWith(`::${level}`));

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

describe('waivers, checked live', () => {
  const LABEL = 'pii-waiver-approved';
  const roster: FakeFile[] = [{ path: 'data/export.csv', status: 'added', content: rosterCsv() }];
  const labeledBy = (actor: string) => [
    { event: 'labeled', actor: 'someone', label: 'documentation', at: '2026-11-20T10:00:00Z' },
    { event: 'labeled', actor, label: LABEL, at: '2026-11-20T11:00:00Z' },
  ];

  it('holds when a maintainer who is not the author applied the label to this head', async () => {
    const state = pr(roster, { labels: [LABEL] }, { events: labeledBy('privacy-lead'), roles: { 'privacy-lead': 'maintain' } });
    const r = await runAction({ state, payload: prPayload(state, 'labeled', { label: { name: LABEL } }) });
    expect(r.code).toBe(0);
    expect(r.outputs.waived).toBe('true');
    expect(r.outputs.blocking).toBe('0');
    expect(r.summary).toMatch(/waiver holds/i);
    expect(r.summary).toContain('privacy-lead');
    expect(r.summary).toContain(HEAD);
    expect(r.summary).toContain('2026-11-20T11:00:00Z');
    expect(annotations(r, 'error')).toHaveLength(0);
  });

  it('accepts an approver listed by team membership', async () => {
    const state = pr(roster, { labels: [LABEL] }, { events: labeledBy('counsel'), teams: { 'acme/privacy': ['counsel'] } });
    const r = await runAction({ state, payload: prPayload(state, 'labeled'), inputs: { 'waiver-approvers': 'acme/privacy' } });
    expect(r.outputs.waived).toBe('true');
    expect(r.code).toBe(0);
  });

  it('does not hold when the author applied it', async () => {
    const state = pr(roster, { labels: [LABEL] }, { events: labeledBy('contributor'), roles: { contributor: 'admin' } });
    const r = await runAction({ state, payload: prPayload(state, 'labeled') });
    expect(r.code).not.toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.summary).toMatch(/does not hold/);
    expect(r.summary).toMatch(/author/);
  });

  it('does not hold when the labeler lacks the minimum permission', async () => {
    const state = pr(roster, { labels: [LABEL] }, { events: labeledBy('helper'), roles: { helper: 'write' } });
    const r = await runAction({ state, payload: prPayload(state, 'labeled') });
    expect(r.code).not.toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.summary).toMatch(/has write permission; at least maintain is required/);
  });

  it('does not hold when the permission check cannot be made', async () => {
    const state = pr(
      roster,
      { labels: [LABEL] },
      { events: labeledBy('privacy-lead'), roles: { 'privacy-lead': 'admin' }, permissionStatus: 500 },
    );
    const r = await runAction({ state, payload: prPayload(state, 'labeled') });
    expect(r.code).not.toBe(0);
    expect(r.summary).toMatch(/permission check could not be made/);
  });

  it('is voided by a push: the synchronize run removes the label and fails', async () => {
    const clean: FakeFile[] = [{ path: 'site/stats/fear-screening.csv', status: 'modified', content: statisticsCsv() }];
    const state = pr(
      clean,
      { labels: [LABEL] },
      { events: labeledBy('privacy-lead'), roles: { 'privacy-lead': 'maintain' }, arrivals: { [HEAD]: '2026-11-20T12:00:00Z' } },
    );
    const r = await runAction({ state, payload: prPayload(state, 'synchronize') });
    const deletes = r.github.requests.filter((q) => q.method === 'DELETE');
    expect(deletes.map((q) => q.path)).toEqual([`/repos/acme/site/issues/7/labels/${LABEL}`]);
    expect(r.code).not.toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.summary).toMatch(/voided/);
    expect(r.summary).toMatch(/applied at 2026-11-20T11:00:00Z, before the head commit/);
  });

  it('a re-run of that synchronize run keeps a label applied again after the push', async () => {
    const state = pr(
      roster,
      { labels: [LABEL] },
      { events: labeledBy('privacy-lead'), roles: { 'privacy-lead': 'maintain' }, arrivals: { [HEAD]: '2026-11-20T10:30:00Z' } },
    );
    const r = await runAction({ state, payload: prPayload(state, 'synchronize') });
    expect(r.github.requests.filter((q) => q.method === 'DELETE')).toHaveLength(0);
    expect(r.github.requests.some((q) => q.path === `/repos/acme/site/commits/${HEAD}/check-suites`)).toBe(true);
    expect(r.outputs.waived).toBe('true');
    expect(r.code).toBe(0);
  });

  it('ignores a stale payload on a re-run: the label in the payload is no longer on the pull request', async () => {
    const state = pr(
      roster,
      { labels: [] },
      {
        events: [...labeledBy('privacy-lead'), { event: 'unlabeled', actor: 'privacy-lead', label: LABEL, at: '2026-11-20T12:00:00Z' }],
        roles: { 'privacy-lead': 'maintain' },
      },
    );
    const payload = prPayload(state, 'labeled', { label: { name: LABEL } });
    (payload.pull_request as { labels: unknown[] }).labels = [{ name: LABEL }];
    const r = await runAction({ state, payload });
    expect(r.code).not.toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.summary).toMatch(/not on the pull request now/);
  });

  it('ignores a re-run of an older head commit', async () => {
    const mergeBase = '9'.repeat(40);
    const state = pr(
      [{ path: 'site/newer.md', status: 'added', content: '# Newer\n' }],
      { labels: [LABEL], headSha: 'd'.repeat(40) },
      {
        events: labeledBy('privacy-lead'),
        roles: { 'privacy-lead': 'maintain' },
        mergeBase,
        trees: { [HEAD]: [{ path: 'data/export.csv', content: rosterCsv() }], [mergeBase]: [] },
      },
    );
    const payload = prPayload(state, 'labeled');
    (payload.pull_request as { head: { sha: string } }).head.sha = HEAD;
    const r = await runAction({ state, payload });
    expect(r.code).not.toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.summary).toMatch(/a waiver applies only to the current head/);
    // The files of the commit this run gates, not those of the newer head.
    const report = JSON.parse(Object.entries(r.written).find(([p]) => p.endsWith('report.json'))![1]);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['data/export.csv']);
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

const reportOf = (r: RunResult) =>
  JSON.parse(Object.entries(r.written).find(([p]) => p.endsWith('report.json'))![1]) as {
    files: Array<{
      path: string;
      status: string;
      reason?: string;
      detail?: string;
      findings: Array<{ fingerprint: string; count: number; rule: string }>;
    }>;
  };
const statuses = (r: RunResult) => reportOf(r).files.map((f) => [f.path, f.status, f.reason ?? '']);
const lfsPointer = (content: string) =>
  `version https://git-lfs.github.com/spec/v1\noid sha256:${createHash('sha256').update(content).digest('hex')}\nsize ${Buffer.byteLength(content)}\n`;

describe('integrity: a waiver covers only the head its approver reviewed', () => {
  const LABEL = 'pii-waiver-approved';
  const roster: FakeFile[] = [{ path: 'data/export.csv', status: 'added', content: rosterCsv() }];
  const labeled = [{ event: 'labeled', actor: 'privacy-lead', label: LABEL, at: '2026-11-20T11:00:00Z' }];

  it('does not pass a head that arrived after the label on a reopened run, even when the label could not be removed', async () => {
    const state = pr(
      roster,
      { labels: [LABEL] },
      { events: labeled, roles: { 'privacy-lead': 'maintain' }, arrivals: { [HEAD]: '2026-11-20T11:05:00Z' }, removeLabelStatus: 403 },
    );
    const r = await runAction({ state, payload: prPayload(state, 'reopened') });
    expect(r.code).not.toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.summary).toMatch(/before the head commit .* arrived/);
    expect(r.summary).toMatch(/could not be removed automatically/);
    expect(r.summary).not.toMatch(/approved by privacy-lead/);
  });

  it('blocks the waiver when the head’s arrival cannot be read', async () => {
    const state = pr(roster, { labels: [LABEL] }, { events: labeled, roles: { 'privacy-lead': 'maintain' }, arrivalsStatus: 403 });
    const r = await runAction({ state, payload: prPayload(state, 'labeled') });
    expect(r.code).not.toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.summary).toMatch(/when the head commit arrived could not be read/);
  });

  it('reads every event page: a pull request padded past the page cap never holds on an older approval', async () => {
    const padding = Array.from({ length: 10_050 }, (_, i) => ({
      event: 'mentioned',
      actor: 'bot',
      at: `2026-11-20T11:${String(10 + (i % 40)).padStart(2, '0')}:00Z`,
    }));
    const events = [
      ...labeled,
      { event: 'unlabeled', actor: 'contributor', label: LABEL, at: '2026-11-20T11:01:00Z' },
      ...padding,
      { event: 'labeled', actor: 'contributor', label: LABEL, at: '2026-11-20T12:00:00Z' },
    ];
    const state = pr(roster, { labels: [LABEL] }, { events, roles: { 'privacy-lead': 'maintain', contributor: 'write' } });
    const r = await runAction({ state, payload: prPayload(state, 'labeled') });
    expect(r.code).not.toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.summary).toMatch(/more than 10000 events/);
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
