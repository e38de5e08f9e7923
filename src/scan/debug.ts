/**
 * Why a scan worker failed, for the Action's step debug log (ACTIONS_STEP_DEBUG) and nothing else.
 * Messages name the worker event and Node's error code only: never an error message or stack
 * (a library's message can quote the file being read) and never file content.
 */
let sink: ((message: string) => void) | undefined;

export function setWorkerDebug(fn: ((message: string) => void) | undefined): void {
  sink = fn;
}

/** Report a worker failure: `event` is ours ('error', 'exit', 'start timeout'...), `error` only lends its code. */
export function workerDebug(event: string, error?: unknown): void {
  if (!sink) return;
  const raw = (error as { code?: unknown } | null | undefined)?.code;
  const code =
    typeof raw === 'string' && /^[A-Z0-9_]{1,64}$/.test(raw) ? ` (${raw})` : typeof raw === 'number' ? ` (exit code ${raw})` : '';
  sink(`scan worker: ${event}${code}`);
}
