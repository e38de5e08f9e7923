/**
 * The scan worker: receives one file at a time, scans it (reader and detection together, so
 * whole sheets never cross threads) and sends back only the FileResult, which holds no values.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ScanOptions } from '../config/scan-options.js';
import { scanFile, type ScanTarget } from './scan-file.js';

export const WORKER_ROLE = 'asylum-pii-gate/scan-worker';

export interface WorkerRequest {
  id: number;
  target: ScanTarget;
  options: ScanOptions;
}

export interface WorkerResponse {
  id: number;
  result: import('../core/model.js').FileResult;
}

export function isScanWorker(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === WORKER_ROLE;
}

let started = false;

/** Idempotent: the module starts itself when loaded as a worker; entries may call it too. */
export function startWorker(): void {
  const port = parentPort;
  if (!port || started) return;
  started = true;
  // A crafted file must not be able to pollute prototypes the scanner relies on.
  process.on('uncaughtException', () => process.exit(70));
  port.on('message', async (request: WorkerRequest) => {
    let result;
    try {
      result = await scanFile(request.target, request.options);
    } catch {
      result = { path: request.target.displayPath, status: 'not-inspected' as const, reason: 'internal-error' as const, findings: [] };
    }
    port.postMessage({ id: request.id, result } satisfies WorkerResponse);
  });
}

if (isScanWorker()) startWorker();
