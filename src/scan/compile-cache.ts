/**
 * V8's code cache on disk (Node's module compile cache, Node 22.1 and later): a run after the
 * first skips compiling the bundle's chunks, in the command line and in each scan worker. Only
 * the bundle's own code is cached, never anything read from a scanned file. The cache lives in
 * the user's own folder (~/.cache/asylum-pii-gate), not in Node's default under the shared
 * temporary folder, where another user of the machine could put entries first. Where Node lacks
 * it (Node 20) nothing happens; NODE_DISABLE_COMPILE_CACHE=1 turns it off for the command line
 * (a scan worker's environment is empty: it follows the folder, never a variable).
 */
import * as nodeModule from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

interface CompileCacheApi {
  enableCompileCache?: (directory?: string) => unknown;
  flushCompileCache?: () => void;
}

const api = nodeModule as unknown as CompileCacheApi;

/** Turn the cache on for modules compiled from now on. Never throws. */
export function enableCompileCache(): void {
  try {
    if (process.env.NODE_DISABLE_COMPILE_CACHE) return;
    const home = homedir();
    if (!home) return;
    api.enableCompileCache?.(join(home, '.cache', 'asylum-pii-gate', 'node-compile-cache'));
  } catch {
    // A cache is an optimisation: without it everything works, only slower to start.
  }
}

/**
 * Write what was compiled so far. A scan worker calls it once its code is loaded: it is killed,
 * not ended, so it never reaches the write Node does at exit.
 */
export function flushCompileCache(): void {
  try {
    api.flushCompileCache?.();
  } catch {
    // As above.
  }
}
