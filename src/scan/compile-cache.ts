/**
 * V8's code cache on disk (Node's module compile cache, Node 22.1 and later): a run after the
 * first skips compiling the bundle's chunks, in the command line and in each scan worker. Only
 * the bundle's own code is cached, never anything read from a scanned file. Where Node lacks it
 * (Node 20) nothing happens; NODE_DISABLE_COMPILE_CACHE=1 turns it off, NODE_COMPILE_CACHE=dir
 * moves it (Node's own variables; a scan worker, whose environment is empty, uses the default
 * folder under the system's temporary folder).
 */
import * as nodeModule from 'node:module';

interface CompileCacheApi {
  enableCompileCache?: () => unknown;
  flushCompileCache?: () => void;
}

const api = nodeModule as unknown as CompileCacheApi;

/** Turn the cache on for modules compiled from now on. Never throws. */
export function enableCompileCache(): void {
  try {
    api.enableCompileCache?.();
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
