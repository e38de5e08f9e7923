/**
 * Reader code loads on demand (index.ts: each reader's module, and SheetJS, pdf.js or a data
 * library behind it, is a separate chunk of the bundle). Loading it is not the file's doing: on a
 * busy machine it can take seconds, and it must not use up the file's time limit. Every such load
 * goes through `loadCode`, and whoever keeps a file's clock (scan-file.ts's soft deadline, the
 * worker telling the pool) listens and stops that clock while code loads.
 */

/** Called with true when the first of any concurrent loads starts, false when the last ends. */
export type LoadListener = (loading: boolean) => void;

const listeners = new Set<LoadListener>();
let active = 0;
let delayMs = 0;

/** Listen to code loads; returns the function that stops listening. */
export function onCodeLoad(listener: LoadListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether code is loading now (a listener added during a load starts paused). */
export function codeLoading(): boolean {
  return active > 0;
}

function tell(loading: boolean): void {
  for (const listener of [...listeners]) {
    try {
      listener(loading);
    } catch {
      // A listener's failure is its own: the load goes on.
    }
  }
}

/** Load reader code with the file's clocks stopped. */
export async function loadCode<T>(load: () => Promise<T>): Promise<T> {
  if (active++ === 0) tell(true);
  try {
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    return await load();
  } finally {
    if (--active === 0) tell(false);
  }
}

/**
 * Tests only: make every load take this long more, as on a loaded machine. Set from a test's own
 * worker (test/scan/misbehaving-worker.ts); nothing a file, an input or the environment controls
 * reaches it.
 */
export function setCodeLoadDelay(ms: number): void {
  delayMs = ms;
}
