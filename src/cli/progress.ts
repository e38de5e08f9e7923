/**
 * A progress line on stderr for long scans: shown only on a terminal, only once the scan has run
 * for a moment, rewritten in place, and cleared at the end so it never mixes with the report.
 * It counts files and never names one.
 */
export interface ProgressOptions {
  write: (text: string) => void;
  /** stderr is a terminal and the user did not ask for quiet. */
  enabled: boolean;
  now?: () => number;
  /** Nothing is shown before the scan has run this long. Default 1 s. */
  delayMs?: number;
  /** At most one redraw per interval. Default 100 ms. */
  intervalMs?: number;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Erase the line if one was drawn. */
  clear(): void;
}

const ERASE_LINE = '\r\u001b[2K';

export function progressText(done: number, total: number): string {
  const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
  return `asylum-pii-gate: scanned ${done} of ${total} file${total === 1 ? '' : 's'} (${pct}%)`;
}

export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const delay = options.delayMs ?? 1000;
  const interval = options.intervalMs ?? 100;
  const started = now();
  let drawn = false;
  let lastDraw = -Infinity;
  return {
    update(done, total) {
      if (!options.enabled) return;
      const t = now();
      if (t - started < delay || t - lastDraw < interval) return;
      lastDraw = t;
      drawn = true;
      options.write(`${ERASE_LINE}${progressText(done, total)}`);
    },
    clear() {
      if (!drawn) return;
      drawn = false;
      options.write(ERASE_LINE);
    },
  };
}
