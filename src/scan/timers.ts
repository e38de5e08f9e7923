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
