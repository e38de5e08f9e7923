/**
 * The whole command line, from source, over the hostile corpus: it finishes, exits 0 or 1 (never
 * an unhandled error), prints no stack trace and no planted value in any format.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'apg-hostile-cli-'));
  await writeCorpus(dir);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the command line over the hostile corpus', () => {
  // SARIF is rendered from the same report as JSON; hostile.test.ts checks it for leaks. Two
  // runs here keep the cost of a whole CLI run over the corpus (about 40 s of CPU) bounded.
  it('finishes with exit 1 (the corpus blocks) in text and JSON, with no stack trace and no planted value', async () => {
    const formats = ['json', 'text'] as const;
    const runs = await Promise.all(formats.map((f) => runCli(['scan', '--format', f, '--concurrency', '1', '.'], dir)));
    runs.forEach((run, i) => {
      const format = formats[i]!;
      expect(run.signal, format).toBeNull();
      expect(run.code, format).toBe(1);
      expect(hasStackTrace(run.stderr), format).toBe(false);
      expect(hasStackTrace(run.stdout), format).toBe(false);
      expectNoLeak({ [`${format} stdout`]: run.stdout, [`${format} stderr`]: run.stderr }, PLANTED);
    });
    // The reports name every corpus file (so the run really covered them) ...
    const json = JSON.parse(runs[0]!.stdout) as { files: Array<{ path: string; status: string }> };
    expect(json.files.length).toBeGreaterThanOrEqual(20);
    // ... and each one ended in a status.
    for (const f of json.files) expect(['scanned', 'skipped', 'not-inspected']).toContain(f.status);
  }, 300_000);
});
