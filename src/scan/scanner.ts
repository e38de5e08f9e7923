/**
 * Scan many files: bounded parallelism over a reused worker pool, results in input order.
 * This is the engine's public entry; the command line and the Action both call it.
 */
import type { FileResult, ScanReport } from '../core/model.js';
import { buildReport } from '../core/verdict.js';
import type { ScanOptions } from '../config/scan-options.js';
import { ScanPool } from './pool.js';
import type { ScanTarget } from './scan-file.js';
import { TOOL } from '../core/tool.js';

export interface ScanProgress {
  done: number;
  total: number;
}

export interface ScanHooks {
  onProgress?(progress: ScanProgress): void;
  /** Epoch ms after which no further file is started: those not started are 'not-reached'. */
  deadline?: number;
}

export async function scanTargets(targets: readonly ScanTarget[], options: ScanOptions, hooks: ScanHooks = {}): Promise<FileResult[]> {
  const pool = new ScanPool(options);
  let done = 0;
  const results: FileResult[] = new Array(targets.length);
  let next = 0;
  // Files are handed to the pool as lanes free up, so that a deadline can stop the rest.
  const lane = async () => {
    while (next < targets.length) {
      const i = next++;
      const t = targets[i]!;
      results[i] =
        hooks.deadline !== undefined && Date.now() >= hooks.deadline
          ? { path: t.displayPath, status: 'not-inspected', reason: 'not-reached', findings: [] }
          : await pool.scan(t);
      done += 1;
      try {
        hooks.onProgress?.({ done, total: targets.length });
      } catch {
        // Progress is cosmetic: a failing hook must not lose a file's result.
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, targets.length)) }, lane));
    return results;
  } finally {
    await pool.close();
  }
}

export async function scan(targets: readonly ScanTarget[], options: ScanOptions, hooks: ScanHooks = {}): Promise<ScanReport> {
  const files = await scanTargets(targets, options, hooks);
  return buildReport(files, options, TOOL);
}
