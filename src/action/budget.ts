/**
 * One overall time budget for the run (the runner kills a job at 6 hours and then reports
 * nothing). Every step that can take long asks it: the API client waits for a rate limit only
 * within it, files are fetched and scanned only before it runs out, and what was not reached is
 * listed and blocks.
 */
export class Budget {
  readonly deadline: number;

  constructor(
    readonly totalMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + totalMs;
  }

  remainingMs(): number {
    return Math.max(0, this.deadline - this.now());
  }

  expired(): boolean {
    return this.remainingMs() <= 0;
  }
}

/** The longest single wait for a rate limit, whatever the budget left (seconds). */
export const RATE_LIMIT_WAIT_CAP_S = 600;

/** Whether to wait `retryAfterS` seconds for a rate limit (a few times at most, never past the budget). */
export function shouldWaitForRateLimit(retryAfterS: number, retryCount: number, budget: Budget): boolean {
  return retryCount < 3 && retryAfterS <= Math.min(RATE_LIMIT_WAIT_CAP_S, budget.remainingMs() / 1000 - 60);
}
