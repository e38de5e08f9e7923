/**
 * Timers for the per-file time limits: a limit as a timer delay, and a timer whose clock stops
 * while reader code loads.
 */
import { DEFAULT_LIMITS } from '../config/scan-options.js';

/** The longest delay a Node timer takes; anything longer fires at once (with a warning). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A time limit as a timer delay: over the timer's range it is the longest delay (about 24 days)
 * rather than Node's "fire now"; a limit that is not a positive number means the default.
 */
export function timerDelay(ms: number): number {
  if (!(ms > 0)) return DEFAULT_LIMITS.timeoutMs;
  return Math.min(ms, MAX_TIMER_MS);
}

/**
 * A one-shot timer whose clock can stop: a file's time limit, stopped while reader code loads
 * (readers/loading.ts). Stopped time is bounded on its own: past `pauseLimitMs` in all,
 * `onPauseLimit` fires (left out, a stopped timer simply waits).
 */
export class PausableTimer {
  private timer: NodeJS.Timeout | undefined;
  private remaining: number;
  private since = performance.now();
  private pausedSince: number | undefined;
  private paused = 0;
  private done = false;

  constructor(
    ms: number,
    private readonly onTimeout: () => void,
    private readonly pauseLimitMs = Infinity,
    private readonly onPauseLimit?: () => void,
  ) {
    this.remaining = ms;
    this.arm(ms, onTimeout);
  }

  /** Stop the clock (nothing if stopped already or over). */
  pause(): void {
    if (this.done || this.pausedSince !== undefined) return;
    const now = performance.now();
    this.remaining -= now - this.since;
    this.pausedSince = now;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.onPauseLimit) this.arm(this.pauseLimitMs - this.paused, this.onPauseLimit);
  }

  /** Start the clock again with the time that was left. */
  resume(): void {
    if (this.done || this.pausedSince === undefined) return;
    const now = performance.now();
    this.paused += now - this.pausedSince;
    this.pausedSince = undefined;
    this.since = now;
    clearTimeout(this.timer);
    this.arm(this.remaining, this.onTimeout);
  }

  clear(): void {
    this.done = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(ms: number, fire: () => void): void {
    this.timer = setTimeout(
      () => {
        this.done = true;
        fire();
      },
      Math.min(Math.max(0, ms), MAX_TIMER_MS),
    );
  }
}
