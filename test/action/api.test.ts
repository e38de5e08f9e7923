import { describe, expect, it } from 'vitest';
import { describeFailure, rateLimitWait, withRetry } from '../../src/action/api.js';
import { Budget, shouldWaitForRateLimit } from '../../src/action/budget.js';
import { fakeApi, HttpError } from './api-fake.js';

function limited(status: number, headers: Record<string, string>) {
  return Object.assign(new HttpError(status), { response: { headers } });
}

function flaky(failures: unknown[]) {
  let n = 0;
  return fakeApi(() => {
    const f = failures[n++];
    if (f) throw f;
    return { ok: true };
  });
}

describe('rate limits', () => {
  const slept: number[] = [];
  const options = { shouldWait: (s: number, attempt: number) => attempt < 2 && s <= 60, sleep: async (ms: number) => void slept.push(ms) };

  it('reads Retry-After and x-ratelimit-reset, and nothing else', () => {
    expect(rateLimitWait(limited(429, { 'retry-after': '3' }))).toBe(3);
    expect(rateLimitWait(limited(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1010' }), 1_000_000)).toBe(11);
    expect(rateLimitWait(limited(403, {}))).toBeUndefined();
    expect(rateLimitWait(limited(500, { 'retry-after': '3' }))).toBeUndefined();
  });

  it('waits for a rate limit within the cap, then tries again', async () => {
    const { api, calls } = flaky([limited(429, { 'retry-after': '2' })]);
    expect((await withRetry(api, options)('GET /x')).data).toEqual({ ok: true });
    expect(calls).toHaveLength(2);
    expect(slept).toEqual([2000]);
  });

  it('does not wait past the cap, nor for a plain refusal', async () => {
    const long = flaky([limited(429, { 'retry-after': '3600' })]);
    await expect(withRetry(long.api, options)('GET /x')).rejects.toMatchObject({ status: 429 });
    expect(long.calls).toHaveLength(1);
    const denied = flaky([new HttpError(403)]);
    await expect(withRetry(denied.api, options)('GET /x')).rejects.toMatchObject({ status: 403 });
    expect(denied.calls).toHaveLength(1);
  });

  it('never waits past the run’s budget', () => {
    let now = 0;
    const budget = new Budget(30 * 60_000, () => now);
    expect(shouldWaitForRateLimit(300, 0, budget)).toBe(true);
    expect(shouldWaitForRateLimit(300, 3, budget)).toBe(false);
    now = 27 * 60_000;
    expect(shouldWaitForRateLimit(300, 0, budget)).toBe(false);
  });

  it('describes failures by status only', () => {
    expect(describeFailure('reading x', Object.assign(new Error('body quoting Quispe'), { status: 422 }))).toBe(
      'reading x failed (HTTP 422)',
    );
    expect(describeFailure('reading x', new Error('Quispe'))).toBe('reading x failed (no response)');
  });
});
