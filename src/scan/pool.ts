/**
 * A small pool of scan workers, reused across files (start-up is paid once per worker, not per
 * file). Each worker is a child process (a copy of the same bundle, started with an empty
 * environment and its own heap limit): V8 may end a whole process when a heap fills, whatever
 * limit a worker thread was given, so only a process boundary keeps one file from taking the
 * scan down. A worker that aborts that way is `out-of-memory` and the scan goes on. Each file gets a wall-clock timeout that starts when its worker is ready and stops
 * while the worker loads reader code (not the file's doing; bounded on its own); a worker that
 * times out, runs out of memory, throws from a timer or exits is replaced, and its file becomes
 * `not-inspected` with a plain reason. The pool never rejects: every file gets a result.
 * Nothing a worker prints is passed on, and no error text from a worker is ever read: it could
 * quote the file.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { NOT_INSPECTED_REASONS, SKIP_REASONS, type FileResult, type NotInspectedReason } from '../core/model.js';
import type { ScanLimits, ScanOptions } from '../config/scan-options.js';
import { PausableTimer, timerDelay } from './timers.js';
import { workerDebug } from './debug.js';
import {
  WORKER_ROLE,
  workerModule,
  type WorkerProgress,
  type WorkerReady,
  type WorkerRequest,
  type WorkerResponse,
} from './worker-entry.js';
import type { ScanTarget } from './scan-file.js';
import { spawnModuleProcess, takePrestartedWorker, type PoolWorker } from './worker-process.js';

export { ProcessWorker, spawnModuleProcess, type PoolWorker } from './worker-process.js';

/** Starts one worker. Replaceable in tests (a worker script that misbehaves on purpose). */
export type SpawnWorker = (options: ScanOptions) => PoolWorker;

interface Slot {
  worker: PoolWorker;
  busy: boolean;
  ready: boolean;
  /** Called once when the worker says it listens. */
  onReady?: () => void;
}

interface Job {
  target: ScanTarget;
  resolve: (result: FileResult) => void;
}

const here = import.meta.url;
/** The module's path without a query or hash (tools such as @github/local-action add a query). */
const herePath = new URL(here).pathname;

/** How long a worker may take to start (load its code) before its file is given up on. */
export const WORKER_START_MS = 60_000;
/**
 * How long, in all, one file's reader code may take to load (its clock stops meanwhile): like a
 * worker's start, never less than the file's own limit. A file can thus hold a worker for at most
 * its time limit plus this.
 */
export function codeLoadLimitMs(timeoutMs: number): number {
  return timerDelay(Math.max(WORKER_START_MS, timerDelay(timeoutMs)));
}

/** How long close() waits for workers to stop before it lets go of them. */
const CLOSE_WAIT_MS = 5_000;

export function workerResourceLimits(limits: ScanLimits) {
  return {
    maxOldGenerationSizeMb: limits.memoryLimitMb,
    maxYoungGenerationSizeMb: Math.min(64, Math.max(16, Math.round(limits.memoryLimitMb / 16))),
    stackSizeMb: 8,
  };
}

/**
 * Start a worker from a module: a TypeScript source goes through tsx (tests, `tsx src/...`),
 * anything else is loaded as is. stdout and stderr are captured (and dropped by the pool).
 */
export function spawnModuleWorker(moduleUrl: string, workerData: unknown, options: ScanOptions): Worker {
  const resourceLimits = workerResourceLimits(options.limits);
  if (new URL(moduleUrl).pathname.endsWith('.ts')) {
    const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm/api')).href;
    const boot = `import(${JSON.stringify(tsx.replace(/\.cjs$/, '.mjs'))}).then((m) => { m.register(); return import(${JSON.stringify(moduleUrl)}); })`;
    return new Worker(boot, { eval: true, workerData, resourceLimits, stdout: true, stderr: true, env: {} });
  }
  // An empty environment: a parser never sees the Action's token or any other variable.
  return new Worker(fileURLToPath(moduleUrl), { workerData, resourceLimits, stdout: true, stderr: true, env: {} });
}

/** Exit codes of a worker process that ran out of memory: V8's fatal handler aborts (SIGABRT); the kernel's OOM killer sends SIGKILL. */
const OUT_OF_MEMORY_EXITS: ReadonlySet<number> = new Set([134, 137]);

/**
 * The scan worker: the bundle starts itself; the TypeScript sources start worker-entry.ts. A
 * worker the command line prestarted for the same module and heap limit is adopted first.
 */
export const spawnScanWorker: SpawnWorker = (options) => {
  const entry =
    workerModule() ?? (herePath.endsWith('.ts') ? pathToFileURL(join(dirname(fileURLToPath(here)), 'worker-entry.ts')).href : here);
  return takePrestartedWorker(entry, options) ?? spawnModuleProcess(entry, options);
};

/** The scan worker as a worker thread (kept for tests of the worker loop itself). */
export const spawnScanThread: SpawnWorker = (options) => {
  const entry = herePath.endsWith('.ts') ? pathToFileURL(join(dirname(fileURLToPath(here)), 'worker-entry.ts')).href : here;
  return spawnModuleWorker(entry, { role: WORKER_ROLE }, options);
};

export class ScanPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly options: ScanOptions,
    private readonly spawnWorker: SpawnWorker = spawnScanWorker,
  ) {}

  scan(target: ScanTarget): Promise<FileResult> {
    if (this.closed) return Promise.resolve(failed(target, 'internal-error'));
    return new Promise((resolve) => {
      this.queue.push({ target, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve(failed(job.target, 'internal-error'));
    const stopping = this.slots.splice(0).map((s) => this.stop(s));
    await Promise.race([Promise.all(stopping), delay(CLOSE_WAIT_MS)]);
  }

  private pump(): void {
    while (this.queue.length && !this.closed) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < Math.max(1, this.options.concurrency)) {
        slot = this.newSlot();
        if (!slot) {
          const job = this.queue.shift()!;
          job.resolve(failed(job.target, 'internal-error'));
          continue;
        }
      }
      if (!slot) return;
      this.run(slot, this.queue.shift()!);
    }
  }

  private newSlot(): Slot | undefined {
    let worker: PoolWorker;
    try {
      worker = this.spawnWorker(this.options);
    } catch {
      return undefined;
    }
    const slot: Slot = { worker, busy: false, ready: false };
    worker.unref();
    // Anything a worker prints is dropped: it could quote a file.
    worker.stdout?.resume();
    worker.stderr?.resume();
    // Listeners for the whole life of the worker: an idle worker that errors or exits is simply
    // removed (an 'error' event without a listener would end the whole process).
    worker.on('error', () => this.retire(slot));
    worker.on('exit', () => this.remove(slot));
    worker.on('messageerror', () => this.retire(slot));
    worker.on('message', (message: unknown) => {
      if ((message as WorkerReady | null)?.ready === true && !slot.ready) {
        slot.ready = true;
        slot.onReady?.();
      }
    });
    this.slots.push(slot);
    return slot;
  }

  private remove(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }

  private stop(slot: Slot): Promise<unknown> {
    return slot.worker.terminate().catch(() => undefined);
  }

  private retire(slot: Slot): void {
    this.remove(slot);
    void this.stop(slot);
  }

  private run(slot: Slot, job: Job): void {
    slot.busy = true;
    const id = this.nextId++;
    const { worker } = slot;
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    let clock: PausableTimer | undefined;
    const finish = (result: FileResult, healthy: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clock?.clear();
      slot.onReady = undefined;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      worker.off('messageerror', onMessageError);
      if (healthy) {
        slot.busy = false;
        worker.unref();
      } else this.retire(slot);
      job.resolve(result);
      this.pump();
    };
    const onMessage = (message: WorkerResponse | WorkerProgress) => {
      if (message?.id !== id) return;
      if ('loading' in message) {
        // Reader code loading: not the file's time (readers/loading.ts).
        if (message.loading === true) clock?.pause();
        else clock?.resume();
      } else finish(checkedResult(message.result, job.target), message.retire !== true);
    };
    const onError = (error: unknown) => {
      workerDebug('failed while scanning a file', error);
      const code = (error as { code?: string } | null)?.code;
      finish(failed(job.target, code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'internal-error'), false);
    };
    const onExit = (exitCode: number) => {
      workerDebug('exited while scanning a file', { code: exitCode });
      finish(failed(job.target, OUT_OF_MEMORY_EXITS.has(exitCode) ? 'out-of-memory' : 'internal-error'), false);
    };
    const onMessageError = () => finish(failed(job.target, 'internal-error'), false);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.on('messageerror', onMessageError);
    worker.ref();
    const send = () => {
      slot.onReady = undefined;
      clearTimeout(timer);
      // The file's clock stops while its reader's code loads; that time has its own bound.
      clock = new PausableTimer(
        timerDelay(this.options.limits.timeoutMs),
        () => finish(failed(job.target, 'timed-out'), false),
        codeLoadLimitMs(this.options.limits.timeoutMs),
        () => {
          workerDebug('reader code did not load in time');
          finish(failed(job.target, 'internal-error'), false);
        },
      );
      const request: WorkerRequest = { id, target: job.target, options: this.options };
      try {
        worker.postMessage(request);
      } catch {
        finish(failed(job.target, 'internal-error'), false);
      }
    };
    if (slot.ready) send();
    else {
      slot.onReady = send;
      timer = setTimeout(
        () => {
          workerDebug('did not start in time');
          finish(failed(job.target, 'internal-error'), false);
        },
        timerDelay(Math.max(WORKER_START_MS, this.options.limits.timeoutMs)),
      );
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

export function failed(target: ScanTarget, reason: NotInspectedReason): FileResult {
  return { path: target.displayPath, status: 'not-inspected', reason, findings: [] };
}

/**
 * What a worker sends back is checked before it is believed: a result of the wrong shape is an
 * internal error, and the path is always the one the pool asked about.
 */
const STATUSES: ReadonlySet<string> = new Set(['scanned', 'skipped', 'not-inspected']);
const isNotInspectedReason = (reason: unknown) => typeof reason === 'string' && Object.hasOwn(NOT_INSPECTED_REASONS, reason);
const isSkipReason = (reason: unknown) => typeof reason === 'string' && Object.hasOwn(SKIP_REASONS, reason);

export function checkedResult(raw: unknown, target: ScanTarget): FileResult {
  const r = raw as Partial<FileResult> | null;
  if (!r || typeof r !== 'object' || !STATUSES.has(r.status as string) || !Array.isArray(r.findings)) {
    return failed(target, 'internal-error');
  }
  if (r.status === 'not-inspected' && !isNotInspectedReason(r.reason)) return { ...failed(target, 'internal-error'), findings: r.findings };
  if (r.status === 'skipped' && !isSkipReason(r.reason)) return failed(target, 'internal-error');
  return { ...(r as FileResult), path: target.displayPath };
}
