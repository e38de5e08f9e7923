import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveScanOptions, type ScanOptions } from '../../src/config/scan-options.js';
import type { FileResult } from '../../src/core/model.js';
import { checkedResult, ScanPool, spawnModuleWorker, type SpawnWorker } from '../../src/scan/pool.js';
import { builtinsSnapshot, handleRequest } from '../../src/scan/worker-entry.js';
import type { ScanTarget } from '../../src/scan/scan-file.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { makePeople, plantedValues, rosterRows, ROSTER_HEADER } from '../fixtures/people.js';
import { SECRET } from './misbehaving-worker.js';
import { captureOutput } from '../hostile/capture.js';

const here = dirname(fileURLToPath(import.meta.url));
const misbehaving: SpawnWorker = (options) =>
  spawnModuleWorker(pathToFileURL(join(here, 'misbehaving-worker.ts')).href, { role: 'test' }, options);

const planted = [SECRET, 'Marisol Quispe', '012345678'];

function target(name: string, text = 'plain words\n'): ScanTarget {
  return { displayPath: `dir/${name}`, data: new TextEncoder().encode(text) };
}

const options = (over: Partial<ScanOptions['limits']> = {}, concurrency = 2) =>
  resolveScanOptions({ concurrency, limits: { timeoutMs: 4_000, memoryLimitMb: 128, ...over } });

let pool: ScanPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('the worker pool under misbehaving workers', () => {
  it('starts workers with an empty environment: a parser never sees the token', async () => {
    process.env.APG_TEST_TOKEN = 'ghs_not_for_parsers';
    try {
      pool = new ScanPool(options(), misbehaving);
      const r = await pool.scan(target('env'));
      expect(r.detail).toBe('env:');
    } finally {
      delete process.env.APG_TEST_TOKEN;
    }
  });

  it('turns every failure into a plain not-inspected result, replaces the worker and keeps going', async () => {
    pool = new ScanPool(options(), misbehaving);
    const names = [
      'hang',
      'ok-1.txt',
      'throw-later',
      'reject-later',
      'exit',
      'throws',
      'bad-shape',
      'bad-reason',
      'uncloneable',
      'ok-2.txt',
    ];
    const { value: results, stdout, stderr } = await captureOutput(() => Promise.all(names.map((n) => pool!.scan(target(n)))));
    const byName = Object.fromEntries(results.map((r: FileResult) => [r.path.split('/').pop(), [r.status, r.reason]]));
    expect(byName).toEqual({
      hang: ['not-inspected', 'timed-out'],
      'ok-1.txt': ['scanned', undefined],
      'throw-later': ['not-inspected', 'internal-error'],
      'reject-later': ['not-inspected', 'internal-error'],
      exit: ['not-inspected', 'internal-error'],
      throws: ['not-inspected', 'internal-error'],
      'bad-shape': ['not-inspected', 'internal-error'],
      'bad-reason': ['not-inspected', 'internal-error'],
      uncloneable: ['not-inspected', 'internal-error'],
      'ok-2.txt': ['scanned', undefined],
    });
    expect(results.map((r) => r.path)).toEqual(names.map((n) => `dir/${n}`));
    expectNoLeak({ results: JSON.stringify(results), stdout, stderr }, planted);
  });

  it('reports a worker that runs out of memory as out-of-memory and carries on', async () => {
    // A generous clock: under a loaded machine the heap fills slowly, and this is about the memory limit.
    pool = new ScanPool(options({ timeoutMs: 120_000 }, 1), misbehaving);
    expect(await pool.scan(target('oom'))).toMatchObject({ status: 'not-inspected', reason: 'out-of-memory', findings: [] });
    expect((await pool.scan(target('ok.txt'))).status).toBe('scanned');
  }, 180_000);

  it('keeps the findings of a reader that got stuck, and retires its worker', async () => {
    // 10 s: the worker gives up at 8 s, leaving 2 s for its answer before the pool's hard limit.
    pool = new ScanPool(options({ timeoutMs: 10_000 }, 1), misbehaving);
    const stuck = await pool.scan(target('stuck-after-rows'));
    expect(stuck).toMatchObject({ status: 'not-inspected', reason: 'timed-out' });
    expect(stuck.findings.some((f) => f.severity === 'critical')).toBe(true);
    expect((await pool.scan(target('ok.txt'))).status).toBe('scanned');
    expectNoLeak({ result: JSON.stringify(stuck) }, [...planted, ...plantedValues(makePeople(5, 77))]);
  });

  it('drops everything a worker prints', async () => {
    pool = new ScanPool(options(), misbehaving);
    const { value, stdout, stderr } = await captureOutput(() => pool!.scan(target('print')));
    expect(value.status).toBe('scanned');
    expect(stdout + stderr).toBe('');
    expectNoLeak({ stdout, stderr, result: JSON.stringify(value) }, planted);
  });

  it('retires a worker whose file polluted Object.prototype and reports the file as internal-error', async () => {
    pool = new ScanPool(options({}, 1), misbehaving);
    const polluted = await pool.scan(target('pollute'));
    expect(polluted).toMatchObject({ status: 'not-inspected', reason: 'internal-error', findings: [] });
    // The next file runs in a fresh worker whose prototypes are clean.
    const next = await pool.scan(target('ok.txt'));
    expect(next.status).toBe('scanned');
    expect(({} as Record<string, unknown>).sheet).toBeUndefined();
    expectNoLeak({ results: JSON.stringify([polluted, next]) }, planted);
  });

  it('takes a time limit beyond the timer range as "very long", not as "now"', async () => {
    pool = new ScanPool(options({ timeoutMs: 3e9 }, 1), misbehaving);
    const { value, stderr } = await captureOutput(() => pool!.scan(target('ok.txt')));
    expect(value.status).toBe('scanned');
    expect(stderr).toBe('');
  });

  it('does not count the time reader code takes to load against the file', async () => {
    // The worker's reader code takes twice the file's whole limit to load (a busy machine).
    pool = new ScanPool(options({ timeoutMs: 2_000 }, 1), misbehaving);
    const csv = [ROSTER_HEADER, ...rosterRows(makePeople(30, 5))]
      .map((r) => r.map((v) => (v.includes(',') ? `"${v}"` : v)).join(','))
      .join('\n');
    const result = await pool.scan(target('slow-code-load', `${csv}\n`));
    expect(result.status).toBe('scanned');
    expect(result.findings.some((f) => f.severity === 'critical')).toBe(true);
  }, 30_000);

  it('gives every queued file a result when the pool is closed', async () => {
    pool = new ScanPool(options({ timeoutMs: 60_000 }, 1), misbehaving);
    const pending = [pool.scan(target('hang')), pool.scan(target('ok.txt'))];
    await new Promise((r) => setTimeout(r, 50));
    await pool.close();
    const results = await Promise.all(pending);
    expect(results.map((r) => r.status)).toEqual(['not-inspected', 'not-inspected']);
    expect(await pool.scan(target('late.txt'))).toMatchObject({ status: 'not-inspected', reason: 'internal-error' });
  });

  it('gives a file a result when its worker cannot even be started', async () => {
    pool = new ScanPool(options(), () => {
      throw new Error(SECRET);
    });
    expect(await pool.scan(target('a.txt'))).toMatchObject({ status: 'not-inspected', reason: 'internal-error' });
  });
});

describe('the worker loop', () => {
  it('reports a file that polluted Object.prototype as internal-error with no findings and asks to retire', async () => {
    const baseline = builtinsSnapshot();
    const request = { id: 1, target: target('x.csv'), options: options() };
    try {
      const { result, healthy } = await handleRequest(
        request,
        async (t) => {
          (Object.prototype as Record<string, unknown>).header = SECRET;
          return {
            path: t.displayPath,
            status: 'scanned',
            findings: [{ rule: 'custom', severity: 'high', message: 'x', location: {}, count: 1, fingerprint: 'f' }],
          };
        },
        baseline,
      );
      expect(healthy).toBe(false);
      expect(result).toMatchObject({ status: 'not-inspected', reason: 'internal-error', findings: [] });
    } finally {
      delete (Object.prototype as Record<string, unknown>).header;
    }
  });

  it('passes a clean result through and stays healthy', async () => {
    const baseline = builtinsSnapshot();
    const { result, healthy } = await handleRequest(
      { id: 1, target: target('x.csv'), options: options() },
      async (t) => ({ path: t.displayPath, status: 'scanned', findings: [] }),
      baseline,
    );
    expect(healthy).toBe(true);
    expect(result.status).toBe('scanned');
  });
});

describe('checking what a worker sends back', () => {
  const t = target('a.csv');
  it('rejects unknown statuses and reasons and keeps the requested path', () => {
    expect(checkedResult({ status: 'weird', findings: [] }, t)).toMatchObject({ status: 'not-inspected', reason: 'internal-error' });
    expect(checkedResult({ status: 'not-inspected', reason: 'because', findings: [] }, t)).toMatchObject({ reason: 'internal-error' });
    expect(checkedResult({ status: 'skipped', reason: 'toString', findings: [] }, t)).toMatchObject({ status: 'not-inspected' });
    expect(checkedResult(null, t)).toMatchObject({ status: 'not-inspected' });
    expect(checkedResult({ path: 'other', status: 'scanned', findings: [] }, t)).toMatchObject({ path: 'dir/a.csv', status: 'scanned' });
  });
});
