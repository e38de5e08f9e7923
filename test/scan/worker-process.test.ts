/**
 * A scan worker started ahead of its pool (the command line starts one while it loads): the
 * first pool that fits adopts it and scans with it, even when it said it was ready before the
 * pool listened; one that does not fit (another heap limit) is stopped, not used.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../src/config/scan-options.js';
import { ScanPool } from '../../src/scan/pool.js';
import { prestartScanWorker, takePrestartedWorker, type ProcessWorker } from '../../src/scan/worker-process.js';
import { makePeople, rosterRows, toCsv } from '../fixtures/people.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The module the pool runs from the TypeScript sources (see spawnScanWorker). */
const entry = pathToFileURL(join(here, '../../src/scan/worker-entry.ts')).href;
const options = (memoryLimitMb = 256) => resolveScanOptions({ concurrency: 1, limits: { timeoutMs: 30_000, memoryLimitMb } });

function readyOf(worker: ProcessWorker): Promise<void> {
  if (worker.ready) return Promise.resolve();
  return new Promise((resolve) => {
    const on = (m: { ready?: boolean }) => {
      if (m?.ready === true) {
        worker.off('message', on);
        resolve();
      }
    };
    worker.on('message', on);
  });
}

function exitOf(worker: ProcessWorker): Promise<void> {
  return new Promise((resolve) => (worker.gone ? resolve() : worker.once('exit', () => resolve())));
}

let pool: ScanPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
  await takePrestartedWorker('', options())?.terminate();
});

describe('a prestarted scan worker', () => {
  it('is adopted by the first pool, which scans with it although it said ready before the pool listened', async () => {
    const worker = prestartScanWorker(entry, options())!;
    expect(worker).toBeDefined();
    await readyOf(worker);
    pool = new ScanPool(options());
    const roster = toCsv(rosterRows(makePeople(30, 5)));
    const result = await pool.scan({ displayPath: 'roster.csv', data: new TextEncoder().encode(roster) });
    expect(result.status).toBe('scanned');
    expect(result.findings.map((f) => f.rule)).toContain('person-record.protection-claim');
    // Taken: nothing is left to adopt, and the pool's close stops it.
    expect(takePrestartedWorker(entry, options())).toBeUndefined();
    await pool.close();
    pool = undefined;
    await exitOf(worker);
    expect(worker.gone).toBe(true);
  }, 60_000);

  it('is not used by a pool with another heap limit: it is stopped, and the pool starts its own', async () => {
    const worker = prestartScanWorker(entry, options(256))!;
    expect(takePrestartedWorker(entry, options(512))).toBeUndefined();
    await exitOf(worker);
    expect(worker.gone).toBe(true);
    pool = new ScanPool(options(512));
    const result = await pool.scan({ displayPath: 'stats.csv', data: new TextEncoder().encode('Country,Detained\nHONDURAS,3\n') });
    expect(result.status).toBe('scanned');
  }, 60_000);
});
