/**
 * End to end: the BUNDLED Action run as a child process the way the runner runs it (INPUT_*
 * with hyphens kept, GITHUB_* variables, an event file, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT
 * files) against a GitHub API stand-in on 127.0.0.1. Every run asserts that no planted value
 * reaches stdout, stderr, the summary, the outputs, the files written or the API. What the e2e
 * files share: the bundle (built once per test run), the fixtures and runAction.
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
import { beforeAll } from 'vitest';
import * as XLSX from 'xlsx';
import { expectNoLeak } from '../fixtures/canary.js';
import { makePeople, plantedValues, rosterRows, toCsv } from '../fixtures/people.js';
import { SHARED_BUNDLE } from './shared-bundle.js';
import { fakeState, startFakeGitHub, type FakeFile, type FakeGitHub, type FakeState } from './fake-github.js';
export const people = makePeople(40, 3303);
export const planted = plantedValues(people);
export const HEAD = 'c0ffee'.padEnd(40, '1');
export const BASE = 'ba5e00'.padEnd(40, '2');

let bundleDir: string;

/**
 * Bundle src/index.ts with ncc as `npm run bundle` does, from a copy of src/ (never into dist/).
 * node_modules is linked, not copied.
 */
function build(buildDir: string, out: string): void {
  mkdirSync(buildDir, { recursive: true });
  if (process.env.APG_E2E_STRICT_BUNDLE) {
    // Exactly the release build (type-checks the whole project): for the lead, once nobody is mid-edit.
    execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'src/index.ts', '-o', out, '-q'], {
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
    [resolve('node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'src/index.ts', '-o', out, '-q', '--transpile-only'],
    { cwd: buildDir, stdio: 'pipe' },
  );
}

/** The first e2e file to get here builds (it makes the folder); the others wait for its mark. */
async function sharedBundle(): Promise<string> {
  const shared = SHARED_BUNDLE(process.ppid);
  const out = join(shared, 'out');
  try {
    mkdirSync(shared);
  } catch {
    for (let waited = 0; waited < 240_000; waited += 100) {
      if (existsSync(join(shared, 'built'))) return out;
      if (existsSync(join(shared, 'failed'))) throw new Error('the shared e2e bundle could not be built');
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the shared e2e bundle was not built in time');
  }
  try {
    build(join(shared, 'work'), out);
  } catch (error) {
    writeFileSync(join(shared, 'failed'), '');
    throw error;
  }
  writeFileSync(join(shared, 'built'), '');
  return out;
}

/** Call once at the top of an e2e file: its runs use the bundle built for this test run. */
export function useActionBundle(): void {
  beforeAll(async () => {
    bundleDir = await sharedBundle();
  }, 240_000);
}

export function rosterCsv(): string {
  return toCsv(rosterRows(people));
}

export function statisticsCsv(): string {
  return toCsv([
    ['Fiscal Year', 'Credible Fear Referrals', 'Positive Fear Determinations', 'Average Length of Stay (days)'],
    ['FY2021', 48213, 30214, 41.2],
    ['FY2022', 61870, 38155, 39.7],
    ['FY2023', 73020, 44102, 35.1],
  ]);
}

/** A workbook whose visible tab holds aggregates and whose hidden tab holds the roster. */
export function hiddenTabWorkbook(): Buffer {
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

export interface RunOptions {
  state: FakeState;
  event?: string;
  payload?: Record<string, unknown>;
  inputs?: Record<string, string>;
  /** Files of a checkout at `checkoutSha`. */
  checkout?: { sha: string; files: Record<string, string | Buffer> };
  sha?: string;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  written: Record<string, string>;
  github: FakeGitHub;
}

export function prPayload(state: FakeState, action: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
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

export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

export function readAll(dir: string): Record<string, string> {
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

export async function runAction(o: RunOptions): Promise<RunResult> {
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

export function expectNoLeakIn(r: RunResult): void {
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

export function pr(files: FakeFile[], extra: Partial<FakeState['pull']> = {}, state: Partial<FakeState> = {}): FakeState {
  return fakeState({ ...state, pull: { headSha: HEAD, baseSha: BASE, files, ...extra } });
}

export const blobRequests = (r: RunResult) => r.github.requests.filter((q) => q.path.includes('/git/blobs/'));
export const annotations = (r: RunResult, level: string) => r.stdout.split('\n').filter((l) => l.startsWith(`::${level}`));

export const reportOf = (r: RunResult) =>
  JSON.parse(Object.entries(r.written).find(([p]) => p.endsWith('report.json'))![1]) as {
    files: Array<{
      path: string;
      status: string;
      reason?: string;
      detail?: string;
      findings: Array<{ fingerprint: string; count: number; rule: string }>;
    }>;
  };
export const statuses = (r: RunResult) => reportOf(r).files.map((f) => [f.path, f.status, f.reason ?? '']);
export const lfsPointer = (content: string) =>
  `version https://git-lfs.github.com/spec/v1\noid sha256:${createHash('sha256').update(content).digest('hex')}\nsize ${Buffer.byteLength(content)}\n`;
