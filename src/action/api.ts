/**
 * The slice of the GitHub REST API the Action uses: one `request(route, params)` function, the
 * shape of Octokit's `octokit.request`, so that unit tests can pass a plain function.
 */
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { shouldWaitForRateLimit, type Budget } from './budget.js';
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
  /** Decides whether to wait `seconds` before retrying (attempt counts from 0). */
  shouldWait: (seconds: number, attempt: number) => boolean;
  sleep?: (ms: number) => Promise<void>;
}

function header(error: unknown, name: string): string | undefined {
  const headers = (error as { response?: { headers?: Record<string, unknown> } } | null)?.response?.headers;
  const v = headers?.[name];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

/**
 * Seconds a 403/429 answer asks to wait (`Retry-After`, or `x-ratelimit-reset` when no requests
 * are left), or undefined when it is no rate limit.
 */
export function rateLimitWait(error: unknown, now = Date.now()): number | undefined {
  const status = statusOf(error);
  if (status !== 403 && status !== 429) return undefined;
  const after = header(error, 'retry-after');
  if (after !== undefined && /^\d+$/.test(after)) return Number(after);
  const reset = header(error, 'x-ratelimit-reset');
  if (header(error, 'x-ratelimit-remaining') === '0' && reset !== undefined && /^\d+$/.test(reset))
    return Math.max(0, Math.ceil(Number(reset) - now / 1000) + 1);
  return undefined;
}

/**
 * The last line against rate limits, behind Octokit's retry and throttling plugins (which handle
 * 5xx answers and the rate limits GitHub marks as such): a 403/429 that still asks to wait is
 * waited for when `shouldWait` agrees, then tried again. Anything else is thrown as it came.
 */
export function withRetry(api: Api, options: RetryOptions): Api {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  return async (route, params) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await api(route, params);
      } catch (error) {
        const wait = rateLimitWait(error);
        if (wait === undefined || !options.shouldWait(wait, attempt)) throw error;
        await sleep(wait * 1000);
      }
    }
  };
}

/**
 * The real client: Octokit with the retry plugin (5xx and network failures, a few times) and the
 * throttling plugin (GitHub's primary and secondary rate limits, waited for within the cap and
 * the run's budget), and withRetry for a 403/429 with Retry-After that neither recognised.
 */
export function octokitApi(token: string, budget: Budget): Api {
  const wait = (seconds: number, _options: unknown, _octokit: unknown, retryCount: number) =>
    shouldWaitForRateLimit(seconds, retryCount, budget);
  const octokit = github.getOctokit(
    token,
    {
      throttle: { onRateLimit: wait, onSecondaryRateLimit: wait },
      // 403 and 429 are rate limits (the throttling plugin's) or refusals: never blind retries.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    },
    retry,
    throttling,
  );
  const request: Api = (route, params) => octokit.request(route, params ?? {}) as unknown as Promise<ApiResponse>;
  return withRetry(request, { shouldWait: (seconds, attempt) => shouldWaitForRateLimit(seconds, attempt, budget) });
}
