/**
 * The whole command line, from source, over the hostile corpus: it finishes, exits 0 or 1 (never
 * an unhandled error), prints no stack trace and no planted value in any format.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoLeak } from '../fixtures/canary.js';
import { hasStackTrace } from './capture.js';
import { writeCorpus } from './corpus.js';
import { PLANTED } from './fixtures.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cliSource = join(root, 'src/cli/index.ts');
/** tsx's loader by absolute URL: the run's cwd is the corpus folder, outside the project. */
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
/** Far above what the run needs; only there so that a hang fails the test instead of the suite. */
const KILL_AFTER_MS = 240_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, cliSource, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const killer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      done({ code, signal, stdout, stderr });
    });
  });
}

let dir: string;
/** The JSON report, beside the corpus folder (never inside what is scanned). */
let report: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'apg-hostile-cli-'));
  report = `${dir}.report.json`;
  await writeCorpus(dir);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (report) rmSync(report, { force: true });
});

describe('the command line over the hostile corpus', () => {
  // One scan of the corpus (about 40 s of CPU) in JSON; the text report is rendered from that
  // JSON by `merge --format text`, the same renderer the scan's text output uses, so the text
  // format is checked without scanning the corpus a second time. SARIF is rendered from the same
  // report too; hostile.test.ts checks it for leaks.
  it('finishes with exit 1 (the corpus blocks) in JSON and text, with no stack trace and no planted value', async () => {
    const scan = await runCli(['scan', '--format', 'json', '--output', report, '--concurrency', '1', '.'], dir);
    expect(scan.signal).toBeNull();
    expect(scan.code).toBe(1);
    expect(scan.stdout).toBe('');
    const reportText = readFileSync(report, 'utf8');
    const text = await runCli(['merge', '--format', 'text', report], dir);
    expect(text.code, 'text').toBe(1);
    for (const [name, run] of [
      ['json', { ...scan, stdout: reportText }],
      ['text', text],
    ] as const) {
      expect(hasStackTrace(run.stderr), name).toBe(false);
      expect(hasStackTrace(run.stdout), name).toBe(false);
      expectNoLeak({ [`${name} stdout`]: run.stdout, [`${name} stderr`]: run.stderr }, PLANTED);
    }
    // The reports name every corpus file (so the run really covered them) ...
    const json = JSON.parse(reportText) as { files: Array<{ path: string; status: string }> };
    expect(json.files.length).toBeGreaterThanOrEqual(20);
    // ... and each one ended in a status, which the text report shows for every file.
    for (const f of json.files) expect(['scanned', 'skipped', 'not-inspected']).toContain(f.status);
    expect(text.stdout).toMatch(/\d+ files?: \d+ scanned, \d+ skipped, \d+ not inspected/);
  }, 300_000);
});
