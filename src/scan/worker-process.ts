/**
 * Scan worker processes: how one is started (a copy of the same bundle, an empty environment,
 * its own heap limit, nothing it prints is read) and the wrapper that makes a child process look
 * like a worker thread to the pool. Small on purpose: the command line's entry imports it to
 * start a worker before it loads its own code (prestartScanWorker), so that the two start-ups
 * overlap; the pool then adopts that worker instead of starting one.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import type { Readable } from 'node:stream';
import type { ScanOptions } from '../config/scan-options.js';
import { WORKER_ARG, type WorkerReady } from './worker-entry.js';

/** What the pool needs of a worker: a worker thread, or a child process (ProcessWorker). */
export interface PoolWorker {
  postMessage(message: unknown): void;
  terminate(): Promise<unknown>;
  ref(): void;
  unref(): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(event: string, listener: (...args: any[]) => void): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  off(event: string, listener: (...args: any[]) => void): unknown;
  readonly stdout?: Readable | null;
  readonly stderr?: Readable | null;
}

/**
 * A child process that looks like a worker thread to the pool: messages over its IPC channel
 * (structured clone), 'exit' with a code (128 + signal number when killed by a signal).
 */
export class ProcessWorker extends EventEmitter implements PoolWorker {
  readonly stdout = null;
  readonly stderr = null;
  /** Whether the worker said it listens (a prestarted worker may say so before anyone hears). */
  ready = false;

  constructor(private readonly child: ChildProcess) {
    super();
    child.on('message', (message: unknown) => {
      if ((message as WorkerReady | null)?.ready === true) this.ready = true;
      this.emit('message', message);
    });
    child.on('error', (error: unknown) => this.emit('error', error));
    child.on('exit', (code: number | null, signal: NodeJS.Signals | null) => this.emit('exit', code ?? 128 + signalNumber(signal)));
  }

  /** Whether the process has ended (or was never started). */
  get gone(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null || !this.child.connected;
  }

  postMessage(message: unknown): void {
    if (!this.child.connected) throw new Error('the worker process is gone');
    this.child.send(message as object);
  }

  terminate(): Promise<unknown> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      // Held until it is gone: an idle (unreferenced) child would otherwise let the process end first.
      this.child.ref();
      this.child.once('exit', resolve);
      this.child.kill('SIGKILL');
    });
  }

  /** Kill at once, without waiting (from a process 'exit' handler, where nothing can wait). */
  killNow(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  ref(): void {
    this.child.ref();
    (this.child.channel as { ref?: () => void } | undefined)?.ref?.();
  }

  unref(): void {
    this.child.unref();
    (this.child.channel as { unref?: () => void } | undefined)?.unref?.();
  }
}

function signalNumber(signal: NodeJS.Signals | null): number {
  return signal ? (osSignals[signal] ?? 0) : 0;
}
const osSignals: Partial<Record<NodeJS.Signals, number>> = { SIGABRT: 6, SIGKILL: 9, SIGSEGV: 11, SIGTERM: 15, SIGBUS: 7, SIGILL: 4 };

/**
 * Start a worker process from a module: a TypeScript source goes through tsx (tests), anything
 * else is run as is. The environment is empty (no token or secret reaches the process that
 * parses untrusted files) and nothing it prints is read.
 */
export function spawnModuleProcess(moduleUrl: string, options: Pick<ScanOptions, 'limits'>): ProcessWorker {
  const path = fileURLToPath(new URL(moduleUrl).href.replace(/[?#].*$/, ''));
  const execArgv = [`--max-old-space-size=${options.limits.memoryLimitMb}`, '--stack-size=4000'];
  if (path.endsWith('.ts')) execArgv.unshift('--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href);
  const child = fork(path, [WORKER_ARG], { execArgv, env: {}, stdio: ['ignore', 'ignore', 'ignore', 'ipc'], serialization: 'advanced' });
  return new ProcessWorker(child);
}

/** A worker started before its pool existed, waiting to be adopted. */
let prestarted: { worker: ProcessWorker; moduleUrl: string; memoryLimitMb: number } | undefined;

/**
 * Start a scan worker now, for the first pool of this process to adopt (takePrestartedWorker).
 * Until then it is idle and holds nothing open: the process may end without it, and it is
 * killed when the process exits. Never throws (a failed start only means no head start).
 * Returns the worker (for tests: the pool is what uses it).
 */
export function prestartScanWorker(moduleUrl: string, options: Pick<ScanOptions, 'limits'>): ProcessWorker | undefined {
  if (prestarted) return prestarted.worker;
  let worker: ProcessWorker;
  try {
    worker = spawnModuleProcess(moduleUrl, options);
  } catch {
    return undefined;
  }
  // An 'error' with no listener would end the process; the pool listens once it adopts it.
  worker.on('error', () => undefined);
  worker.unref();
  process.once('exit', () => worker.killNow());
  prestarted = { worker, moduleUrl, memoryLimitMb: options.limits.memoryLimitMb };
  return worker;
}

/**
 * The prestarted worker, when it runs the same module with the same heap limit and is still
 * alive; it is handed out once. A worker that does not fit is stopped.
 */
export function takePrestartedWorker(moduleUrl: string, options: Pick<ScanOptions, 'limits'>): ProcessWorker | undefined {
  const p = prestarted;
  prestarted = undefined;
  if (!p) return undefined;
  if (p.worker.gone || p.moduleUrl !== moduleUrl || p.memoryLimitMb !== options.limits.memoryLimitMb) {
    void p.worker.terminate();
    return undefined;
  }
  const { worker } = p;
  // It may have said it is ready before the pool listened: say it again once the pool listens.
  if (worker.ready) setImmediate(() => worker.emit('message', { ready: true } satisfies WorkerReady));
  return worker;
}
