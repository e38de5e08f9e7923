/**
 * A scan worker that misbehaves on purpose, chosen by the file's name. It runs the real worker
 * loop (startWorker) with a scan function of its own; tests start it through the pool's
 * replaceable spawn, so nothing in the shipped code can reach these behaviours.
 */
import { startWorker } from '../../src/scan/worker-entry.js';
import { scanFile } from '../../src/scan/scan-file.js';
import { createAnalyzer } from '../../src/detect/analyzer.js';
import { setCodeLoadDelay } from '../../src/readers/loading.js';
import { makePeople, rosterRows } from '../fixtures/people.js';
import type { FileResult } from '../../src/core/model.js';
import type { ScanTarget } from '../../src/scan/scan-file.js';
import type { ScanOptions } from '../../src/config/scan-options.js';

/** A value a misbehaving worker prints or throws; tests assert it reaches no output. */
export const SECRET = 'Marisol Quispe A012345678';

const never = () => new Promise<FileResult>(() => undefined);
const ok = (t: ScanTarget): FileResult => ({ path: t.displayPath, status: 'scanned', findings: [] });

const behaviours: Record<string, (t: ScanTarget, options: ScanOptions) => Promise<FileResult>> = {
  async hang() {
    for (;;) {
      // An infinite loop in a parser.
    }
  },
  async 'throw-later'() {
    setTimeout(() => {
      throw new Error(SECRET);
    }, 10);
    return never();
  },
  async 'reject-later'() {
    void Promise.reject(new Error(SECRET));
    return never();
  },
  async exit() {
    process.exit(3);
  },
  async oom() {
    // Large double arrays: the heap limit is reached in a few steps, without a long GC crawl.
    const keep: number[][] = [];
    for (;;) keep.push(new Array(4_000_000).fill(1.5));
  },
  async print(t) {
    console.log(SECRET);
    console.error(new Error(SECRET));
    process.stdout.write(`${SECRET}\n`);
    process.emitWarning(SECRET);
    return ok(t);
  },
  async pollute(t) {
    (Object.prototype as Record<string, unknown>).sheet = SECRET;
    return { ...ok(t), findings: [] };
  },
  async env(t) {
    // What a parser could read from the environment: the names only.
    return { ...ok(t), detail: `env:${Object.keys(process.env).join(',')}` };
  },
  async 'bad-shape'() {
    return { path: SECRET, status: 'exploded', findings: null } as unknown as FileResult;
  },
  async 'bad-reason'(t) {
    return { path: t.displayPath, status: 'not-inspected', reason: SECRET, findings: [] } as unknown as FileResult;
  },
  async uncloneable(t) {
    return { ...ok(t), detail: (() => SECRET) as unknown as string };
  },
  /** A reader that pushes a roster, then waits forever: the soft deadline keeps its findings. */
  async 'stuck-after-rows'(t, options) {
    return scanFile(t, options, {
      createAnalyzer,
      readerFor: () => async (_input, sink) => {
        const table = sink.beginTable({ surface: 'cells', shape: 'grid', lettered: true });
        rosterRows(makePeople(5, 77)).forEach((cells, i) => table.row(i + 1, cells));
        table.end();
        await new Promise(() => undefined);
      },
    });
  },
  /** Reader code that takes longer to load than the file's whole time limit (a loaded machine). */
  async 'slow-code-load'(t, options) {
    setCodeLoadDelay(options.limits.timeoutMs * 2);
    try {
      return await scanFile({ ...t, displayPath: 'dir/roster.csv' }, options);
    } finally {
      setCodeLoadDelay(0);
    }
  },
  async throws() {
    throw new Error(SECRET);
  },
};

startWorker(async (target, options) => {
  const name = target.displayPath.split('/').pop()!;
  const behave = behaviours[name];
  return behave ? behave(target, options) : scanFile(target, options);
});
