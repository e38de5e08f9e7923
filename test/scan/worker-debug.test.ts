/**
 * Two things a maintainer needs from the pool when running the Action locally: it starts its
 * workers when its module URL carries a query (as under @github/local-action, which loads
 * src/main.ts with one), and with step debug logging on it says why a worker failed — the event
 * and Node's error code, never the error's message (which here holds a planted name).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../src/config/scan-options.js';
import { ScanPool, spawnModuleWorker, type SpawnWorker } from '../../src/scan/pool.js';
import { setWorkerDebug } from '../../src/scan/debug.js';
import type { ScanTarget } from '../../src/scan/scan-file.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { SECRET } from './misbehaving-worker.js';

const here = dirname(fileURLToPath(import.meta.url));
const options = resolveScanOptions({ concurrency: 1, limits: { timeoutMs: 4_000, memoryLimitMb: 128 } });
const target = (name: string): ScanTarget => ({ displayPath: `dir/${name}`, data: new TextEncoder().encode('plain words\n') });

let pool: ScanPool | undefined;
afterEach(async () => {
  setWorkerDebug(undefined);
  await pool?.close();
  pool = undefined;
});

describe('scan workers started from a module URL with a query', () => {
  it('still run a TypeScript worker through tsx', async () => {
    const withQuery: SpawnWorker = (o) =>
      spawnModuleWorker(`${pathToFileURL(join(here, 'misbehaving-worker.ts')).href}?local-action=1`, { role: 'test' }, o);
    pool = new ScanPool(options, withQuery);
    const result = await pool.scan(target('ok-1.txt'));
    expect(result.status).toBe('scanned');
  });
});

describe('worker failures in the step debug log', () => {
  it('name the event and the exit code, never the message', async () => {
    const messages: string[] = [];
    setWorkerDebug((m) => messages.push(m));
    const misbehaving: SpawnWorker = (o) => spawnModuleWorker(pathToFileURL(join(here, 'misbehaving-worker.ts')).href, { role: 'test' }, o);
    pool = new ScanPool(options, misbehaving);
    expect((await pool.scan(target('exit'))).status).toBe('not-inspected');
    expect((await pool.scan(target('throw-later'))).status).toBe('not-inspected');
    expect(messages).toContain('scan worker: exited while scanning a file (exit code 3)');
    expect(messages).toHaveLength(2);
    expect(messages.every((m) => /^scan worker: (exited|failed) while scanning a file \((exit code \d+|[A-Z0-9_]+)\)$/.test(m))).toBe(true);
    expectNoLeak({ debug: messages.join('\n') }, [SECRET, 'Marisol Quispe', '012345678']);
  });
});
