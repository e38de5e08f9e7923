/**
 * The slice of the GitHub REST API the Action uses: one `request(route, params)` function, the
 * shape of Octokit's `octokit.request`, so that unit tests can pass a plain function.
 */
import type { RepoRef } from './event.js';

export interface ApiResponse {
  status: number;
  data: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export type Api = (route: string, params?: Record<string, unknown>) => Promise<ApiResponse>;

/** The HTTP status of a failed request, if it has one (Octokit's RequestError carries it). */
export function statusOf(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

export function repoParams(repo: RepoRef): { owner: string; repo: string } {
  return { owner: repo.owner, repo: repo.repo };
}

/** A plain description of a failed call that never repeats a response body. */
export function describeFailure(what: string, error: unknown): string {
  const status = statusOf(error);
  return status ? `${what} failed (HTTP ${status})` : `${what} failed (no response)`;
}

export interface RetryOptions {
  /** Extra attempts after the first. */
  retries: number;
  baseDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 2, baseDelayMs: 750 };

/**
 * Retry reads that failed for a passing reason (a 5xx answer or no answer at all). Writes and
 * 4xx answers are never retried: they would not change, and a 403 must be seen as it is.
 */
export function withRetry(api: Api, options: RetryOptions = DEFAULT_RETRY): Api {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  return async (route, params) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await api(route, params);
      } catch (error) {
        const status = statusOf(error);
        const passing = status === undefined || status >= 500;
        if (!route.startsWith('GET ') || !passing || attempt >= options.retries) throw error;
        await sleep(options.baseDelayMs * 2 ** attempt);
      }
    }
  };
}
