/**
 * A small pool of scan workers, reused across files (start-up is paid once per worker, not per
 * file). Each file gets a wall-clock timeout; a worker that times out, runs out of memory or
 * dies is replaced, and its file becomes `not-inspected` with a plain reason. No error text
 * from a worker is ever passed on: it could quote the file.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { FileResult, NotInspectedReason } from '../core/model.js';
import type { ScanOptions } from '../config/scan-options.js';
import { WORKER_ROLE, type WorkerRequest, type WorkerResponse } from './worker-entry.js';
import type { ScanTarget } from './scan-file.js';

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface Job {
  target: ScanTarget;
  resolve: (result: FileResult) => void;
}

const here = import.meta.url;

/** How to start a worker: the bundle starts itself; the TypeScript sources go through tsx. */
function spawn(options: ScanOptions): Worker {
  const resourceLimits = {
    maxOldGenerationSizeMb: options.limits.memoryLimitMb,
    maxYoungGenerationSizeMb: Math.min(64, Math.max(16, Math.round(options.limits.memoryLimitMb / 16))),
    stackSizeMb: 8,
  };
  if (here.endsWith('.ts')) {
    const entry = pathToFileURL(join(dirname(fileURLToPath(here)), 'worker-entry.ts')).href;
    const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm/api')).href;
    const boot = `import(${JSON.stringify(tsx.replace(/\.cjs$/, '.mjs'))}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
    return new Worker(boot, { eval: true, workerData: { role: WORKER_ROLE }, resourceLimits, stdout: true, stderr: true });
  }
  return new Worker(fileURLToPath(here), { workerData: { role: WORKER_ROLE }, resourceLimits, stdout: true, stderr: true });
}

export class ScanPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ScanOptions) {}

  scan(target: ScanTarget): Promise<FileResult> {
    if (this.closed) return Promise.resolve(failed(target, 'internal-error'));
    return new Promise((resolve) => {
      this.queue.push({ target, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate().catch(() => undefined)));
    this.slots.length = 0;
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < Math.max(1, this.options.concurrency)) {
        slot = this.newSlot();
      }
      if (!slot) return;
      this.run(slot, this.queue.shift()!);
    }
  }

  private newSlot(): Slot {
    const worker = spawn(this.options);
    worker.unref();
    // Anything a worker prints is dropped: it could quote a file.
    worker.stdout?.resume();
    worker.stderr?.resume();
    const slot = { worker, busy: false };
    this.slots.push(slot);
    return slot;
  }

  private retire(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    void slot.worker.terminate().catch(() => undefined);
  }

  private run(slot: Slot, job: Job): void {
    slot.busy = true;
    const id = this.nextId++;
    const { worker } = slot;
    let done = false;
    const finish = (result: FileResult, healthy: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (healthy) {
        slot.busy = false;
        worker.unref();
      }
      else this.retire(slot);
      job.resolve(result);
      this.pump();
    };
    const onMessage = (message: WorkerResponse) => {
      if (message?.id === id) finish(message.result, true);
    };
    const onError = (error: unknown) => {
      const code = (error as { code?: string } | null)?.code;
      finish(failed(job.target, code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'internal-error'), false);
    };
    const onExit = () => finish(failed(job.target, 'internal-error'), false);
    const timer = setTimeout(() => finish(failed(job.target, 'timed-out'), false), this.options.limits.timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.ref();
    const request: WorkerRequest = { id, target: job.target, options: this.options };
    worker.postMessage(request);
  }
}

function failed(target: ScanTarget, reason: NotInspectedReason): FileResult {
  return { path: target.displayPath, status: 'not-inspected', reason, findings: [] };
}
