/**
 * The scan worker: receives one file at a time, scans it (reader and detection together, so
 * whole sheets never cross threads) and sends back only the FileResult, which holds no values.
 *
 * After each file the worker checks that the file did not alter the built-in prototypes (SheetJS
 * 0.18.5 can be made to pollute them, CVE-2023-30533). If it did, the file's result becomes
 * `internal-error` with no findings (a polluted realm could write anything into a message) and
 * the worker exits so that the pool replaces it.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { FileResult } from '../core/model.js';
import type { ScanOptions } from '../config/scan-options.js';
import type { ScanTarget } from './scan-file.js';
import { enableCompileCache, flushCompileCache } from './compile-cache.js';
import { onCodeLoad } from '../readers/loading.js';

export const WORKER_ROLE = 'asylum-pii-gate/scan-worker';
/** The argument a worker process is started with (see pool.ts); it also needs an IPC channel. */
export const WORKER_ARG = '--asylum-pii-gate-scan-worker';

export interface WorkerRequest {
  id: number;
  target: ScanTarget;
  options: ScanOptions;
}

export interface WorkerResponse {
  id: number;
  result: FileResult;
  /** Set when the worker must not take another file (it exits right after). */
  retire?: boolean;
}

/**
 * Sent while a file is scanned, when reader code starts (true) and stops (false) loading: the
 * pool stops the file's clock meanwhile (readers/loading.ts).
 */
export interface WorkerProgress {
  id: number;
  loading: boolean;
}

/** Sent once, when the worker listens: the pool starts a file's clock only after it. */
export interface WorkerReady {
  ready: true;
}

export type ScanFn = (target: ScanTarget, options: ScanOptions) => Promise<FileResult>;

export function isScanWorker(): boolean {
  if (!isMainThread) return (workerData as { role?: unknown } | null)?.role === WORKER_ROLE;
  return process.argv.includes(WORKER_ARG) && typeof process.send === 'function';
}

let entryModule: string | undefined;

/**
 * The module a worker process runs: an entry (the bundle's index.js) names itself here, since
 * code split into chunks cannot know which file started the process. Unset, the pool runs
 * worker-entry itself.
 */
export function setWorkerModule(url: string): void {
  entryModule = url;
}

export function workerModule(): string | undefined {
  return entryModule;
}

/** The channel to the pool: a worker thread's parent port, or a worker process's IPC channel. */
interface Port {
  on(event: 'message', listener: (message: WorkerRequest) => void): unknown;
  /** Calls `sent` once the message is on its way (a process must not exit before). */
  postMessage(message: WorkerResponse | WorkerReady | WorkerProgress, sent?: () => void): void;
}

function poolPort(): Port | undefined {
  const thread = parentPort;
  if (thread) {
    return {
      on: (event, listener) => thread.on(event, listener),
      postMessage(message, sent) {
        thread.postMessage(message);
        sent?.();
      },
    };
  }
  if (typeof process.send !== 'function' || !process.argv.includes(WORKER_ARG)) return undefined;
  // The pool is gone (its process ended): so is the reason to live.
  process.on('disconnect', () => process.exit(0));
  return {
    on: (event, listener) => process.on(event, listener),
    postMessage(message, sent) {
      process.send!(message, undefined, undefined, () => sent?.());
    },
  };
}

/** Exit code of a worker that retires itself after a file altered its built-ins. */
export const EXIT_POLLUTED = 71;
/** Exit code of a worker after an error nobody caught (a parser throwing from a timer). */
export const EXIT_UNCAUGHT = 70;

const GUARDED: ReadonlyArray<[string, object]> = [
  ['Object', Object.prototype],
  ['Array', Array.prototype],
];

/** A fingerprint of the built-in prototypes: their own keys and what each key holds. */
export function builtinsSnapshot(): Map<string, unknown> {
  const snapshot = new Map<string, unknown>();
  for (const [name, proto] of GUARDED) {
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key)!;
      snapshot.set(`${name}.${String(key)}`, d.get ?? d.set ?? d.value);
    }
  }
  return snapshot;
}

export function builtinsIntact(before: ReadonlyMap<string, unknown>): boolean {
  const now = builtinsSnapshot();
  if (now.size !== before.size) return false;
  for (const [key, value] of now) {
    if (!before.has(key) || before.get(key) !== value) return false;
  }
  return true;
}

function internalError(target: ScanTarget, detail?: string): FileResult {
  return { path: target.displayPath, status: 'not-inspected', reason: 'internal-error', detail, findings: [] };
}

/**
 * Scan one request and judge the realm afterwards. Returns the result to send and whether the
 * worker may take another file.
 */
export async function handleRequest(
  request: WorkerRequest,
  scan: ScanFn,
  baseline: ReadonlyMap<string, unknown>,
): Promise<{ result: FileResult; healthy: boolean }> {
  let result: FileResult;
  try {
    result = await scan(request.target, request.options);
  } catch {
    result = internalError(request.target);
  }
  if (!builtinsIntact(baseline)) {
    return { result: internalError(request.target, 'the file altered the scanner\u2019s built-in objects'), healthy: false };
  }
  // A reader given up on at the time limit may still be running: this worker takes no more files.
  return { result, healthy: result.reason !== 'timed-out' };
}

let started = false;

/**
 * Idempotent: the module starts itself when loaded as a worker; entries may call it too. `scan`
 * is replaceable so that tests can run the real loop with a misbehaving scan (there is no way
 * to reach it from a file or an input).
 */
export function startWorker(scan?: ScanFn): void {
  if (started) return;
  const port = poolPort();
  if (!port) return;
  started = true;
  // The scanning code loads here, in the worker, before it says it is ready (the pool starts a
  // file's clock at ready): the main thread that imports this module never loads it.
  if (!scan) {
    // Before the import: a module compiled before the cache is on is not cached.
    enableCompileCache();
    import('./scan-file.js').then(
      (m) => {
        flushCompileCache();
        listen(port, m.scanFile);
      },
      () => process.exit(EXIT_UNCAUGHT),
    );
  } else listen(port, scan);
}

function listen(port: Port, scan: ScanFn): void {
  // An error thrown from a timer or a rejected promise nobody awaits ends this worker (its file
  // becomes internal-error in the pool); its message is never printed.
  process.on('uncaughtException', () => process.exit(EXIT_UNCAUGHT));
  process.on('unhandledRejection', () => process.exit(EXIT_UNCAUGHT));
  const baseline = builtinsSnapshot();
  port.on('message', async (request: WorkerRequest) => {
    const stopListening = onCodeLoad((loading) => port.postMessage({ id: request.id, loading } satisfies WorkerProgress));
    let handled: Awaited<ReturnType<typeof handleRequest>>;
    try {
      handled = await handleRequest(request, scan, baseline);
    } finally {
      stopListening();
    }
    const { result, healthy } = handled;
    const sent = healthy ? undefined : () => process.exit(EXIT_POLLUTED);
    try {
      port.postMessage({ id: request.id, result, retire: !healthy } satisfies WorkerResponse, sent);
    } catch {
      // A result that cannot be cloned is a scanner defect: report it without its content.
      port.postMessage({ id: request.id, result: internalError(request.target), retire: !healthy } satisfies WorkerResponse, sent);
    }
  });
  port.postMessage({ ready: true } satisfies WorkerReady);
}

if (isScanWorker()) startWorker();
