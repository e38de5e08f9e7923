/**
 * Smoke test of the bundle as users run it: bundle src/cli/index.ts with ncc into a temp dir
 * (the lead's CI also runs the committed dist/cli/index.js), then run it as a child process.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOOL } from '../../src/core/tool.js';
import type { JsonReport } from '../../src/report/json.js';
import type { SarifLog } from '../../src/report/sarif.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { makePeople, plantedValues, rosterRows, toCsv } from '../fixtures/people.js';
import { sarifProblems } from '../report/sarif-checks.js';
import { stringTableXlsx } from '../fixtures/big-xlsx.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let bundle: string;
let fixtures: string;
const people = makePeople(30, 23);
const planted = plantedValues(people);

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(bundle, 'index.js'), ...args],
      { cwd: fixtures, env: { PATH: process.env.PATH, ...env }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** Scan worker processes of this bundle still running (Linux: read from /proc). */
function workersLeft(): string[] {
  const left: string[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    if (cmdline.includes(join(bundle, 'index.js')) && cmdline.includes('--asylum-pii-gate-scan-worker')) left.push(pid);
  }
  return left;
}

async function noWorkersLeft(): Promise<string[]> {
  for (let i = 0; i < 50 && workersLeft().length; i++) await new Promise((r) => setTimeout(r, 100));
  return workersLeft();
}

beforeAll(() => {
  bundle = mkdtempSync(join(tmpdir(), 'apg-cli-bundle-'));
  // Transpile only: the types are checked by `npm run typecheck`, and CI rebuilds dist/ with the
  // type-checked release build; a type-checked build here would cost about 15 s more of CPU.
  execFileSync(
    process.execPath,
    ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'src/cli/index.ts', '-o', bundle, '-q', '--transpile-only'],
    { stdio: 'pipe' },
  );
  fixtures = mkdtempSync(join(tmpdir(), 'apg-cli-fixtures-'));
  mkdirSync(join(fixtures, 'public'));
  writeFileSync(join(fixtures, 'public', 'stats.csv'), 'Country,Detained\nHONDURAS,1203\nGUATEMALA,998\nMEXICO,1500\n');
  writeFileSync(join(fixtures, 'public', 'news.md'), '# Fear screening\n\nIn FY2023, 6,252 people had a credible fear decision.\n');
  mkdirSync(join(fixtures, 'leak'));
  writeFileSync(join(fixtures, 'leak', 'roster.csv'), toCsv(rosterRows(people)));
  writeFileSync(join(fixtures, 'big.csv'), `Country,Detained\n${'HONDURAS,1\n'.repeat(300)}`);
}, 300_000);

describe('the bundled command line', () => {
  it('keeps its shebang and prints its version', async () => {
    expect(readFileSync(join(bundle, 'index.js'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${TOOL.name} ${TOOL.version}\n`, stderr: '' });
  });

  it('starts without loading the heavy readers: SheetJS and pdf.js sit in chunks loaded on demand', () => {
    const start = readFileSync(join(bundle, 'index.js'), 'utf8');
    expect(start).not.toContain('XLSX.version');
    expect(start).not.toContain('pdfjsVersion');
    expect(start.length).toBeLessThan(1_000_000);
  });

  it('reads .xlsx without loading SheetJS: the streaming reader chunk does not hold it', () => {
    const chunks = readdirSync(bundle).filter((f) => f.endsWith('.js'));
    const streaming = chunks.filter((f) => readFileSync(join(bundle, f), 'utf8').includes('of markup besides its cells'));
    expect(streaming).toHaveLength(1);
    expect(readFileSync(join(bundle, streaming[0]!), 'utf8')).not.toContain('XLSX.version');
    // SheetJS is still there, for .xls, .xlsb and .ods.
    expect(chunks.some((f) => readFileSync(join(bundle, f), 'utf8').includes('XLSX.version'))).toBe(true);
  });

  it('reports a workbook that outgrows the worker memory limit as out-of-memory and scans the other files', async () => {
    // A V8 heap limit ends its whole process (before: exit 134 and no report): workers are processes.
    const dir = join(fixtures, 'oom');
    mkdirSync(dir);
    writeFileSync(join(dir, 'big.xlsx'), stringTableXlsx(1_000_000));
    writeFileSync(join(dir, 'stats.csv'), 'Country,Detained\nHONDURAS,1203\n');
    const r = await run(['scan', '--format', 'json', '--memory-limit', '32', '--concurrency', '1', 'oom']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    const byPath = Object.fromEntries(report.files.map((f) => [f.path, [f.status, f.reason]]));
    expect(byPath).toEqual({ 'oom/big.xlsx': ['not-inspected', 'out-of-memory'], 'oom/stats.csv': ['scanned', undefined] });
    expect(r.stderr).not.toMatch(/FATAL|heap|at /);
  }, 120_000);

  it('exit 2 for usage errors', async () => {
    const r = await run(['scan', '--format', 'xml', 'public']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: asylum-pii-gate scan');
    expect((await run(['scan', 'missing.csv'])).code).toBe(2);
  });

  it.runIf(existsSync('/proc/self/cmdline'))(
    'starts its scan worker early and leaves none behind: after a usage error, after a scan, with another heap limit',
    async () => {
      expect((await run(['scan', '--format', 'xml', 'public'])).code).toBe(2);
      expect(await noWorkersLeft()).toEqual([]);
      expect((await run(['scan', 'public'])).code).toBe(0);
      expect(await noWorkersLeft()).toEqual([]);
      // Another heap limit: the early worker is not used (a heap limit is set at start), the scan still runs.
      const r = await run(['scan', '--memory-limit', '256', 'public']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/2 files: 2 scanned/);
      expect(await noWorkersLeft()).toEqual([]);
    },
    60_000,
  );

  // Node 22.1+ only (the Node 24 CI step runs this file); on Node 20 there is no compile cache.
  it.skipIf(!('enableCompileCache' in nodeModule))(
    "keeps Node's compile cache in the user's own folder, not the shared temporary folder",
    async () => {
      const home = mkdtempSync(join(tmpdir(), 'apg-home-'));
      expect((await run(['scan', 'public/stats.csv'], { HOME: home })).code).toBe(0);
      expect(readdirSync(join(home, '.cache', 'asylum-pii-gate', 'node-compile-cache')).length).toBeGreaterThan(0);
      const off = mkdtempSync(join(tmpdir(), 'apg-home-'));
      expect((await run(['scan', 'public/stats.csv'], { HOME: off, NODE_DISABLE_COMPILE_CACHE: '1' })).code).toBe(0);
      expect(existsSync(join(off, '.cache', 'asylum-pii-gate', 'node-compile-cache'))).toBe(false);
    },
  );

  it('exit 0 on public statistics', async () => {
    const r = await run(['scan', 'public']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 files: 2 scanned/);
  });

  it('exit 1 on a file it could not inspect (size limit), in its worker pool', async () => {
    const r = await run(['scan', '--format', 'json', '--max-file-size', '1k', 'big.csv', 'public']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as JsonReport;
    expect(doc.files.map((f) => f.status)).toEqual(['not-inspected', 'scanned', 'scanned']);
  });

  it('writes valid SARIF with --output', async () => {
    const r = await run(['scan', '--format', 'sarif', '--output', 'report.sarif', 'public', 'leak']);
    expect(r.stdout).toBe('');
    const log = JSON.parse(readFileSync(join(fixtures, 'report.sarif'), 'utf8')) as SarifLog;
    expect(log.version).toBe('2.1.0');
    expect(sarifProblems(log)).toEqual([]);
    expectNoLeak({ sarif: JSON.stringify(log), stderr: r.stderr }, planted);
  });

  it('never repeats the roster, in any format', async () => {
    const outputs: Record<string, string> = {};
    for (const format of ['text', 'json', 'sarif']) {
      const r = await run(['scan', '--format', format, 'leak'], { NO_COLOR: '1' });
      outputs[`${format} stdout`] = r.stdout;
      outputs[`${format} stderr`] = r.stderr;
    }
    expectNoLeak(outputs, planted);
  });

  // Needs detection: holds once the detection engine flags rosters.
  it('exit 1 on a roster', async () => {
    const r = await run(['scan', 'leak']);
    expectNoLeak({ stdout: r.stdout, stderr: r.stderr }, planted);
    expect(r.stdout).toMatch(/^BLOCK\s+leak\/roster\.csv/m);
    expect(r.code).toBe(1);
  });
});
