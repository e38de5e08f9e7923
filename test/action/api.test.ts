import { describe, expect, it } from 'vitest';
import { describeFailure, withRetry } from '../../src/action/api.js';
import { fakeApi, HttpError } from './api-fake.js';

function flaky(failures: unknown[]) {
  let n = 0;
  return fakeApi(() => {
    const f = failures[n++];
    if (f) throw f;
    return { ok: true };
  });
}

describe('API retries', () => {
  const options = { retries: 2, baseDelayMs: 10, sleep: async () => undefined };

  it('retries reads that got a 5xx or no answer', async () => {
    const { api, calls } = flaky([new HttpError(502), new Error('socket hang up')]);
    expect((await withRetry(api, options)('GET /x')).data).toEqual({ ok: true });
    expect(calls).toHaveLength(3);
  });

  it('gives up after the retries', async () => {
    const { api, calls } = flaky([new HttpError(500), new HttpError(500), new HttpError(503)]);
    await expect(withRetry(api, options)('GET /x')).rejects.toMatchObject({ status: 503 });
    expect(calls).toHaveLength(3);
  });

  it('never retries writes or 4xx answers', async () => {
    const post = flaky([new HttpError(502)]);
    await expect(withRetry(post.api, options)('POST /x')).rejects.toMatchObject({ status: 502 });
    expect(post.calls).toHaveLength(1);
    const denied = flaky([new HttpError(403)]);
    await expect(withRetry(denied.api, options)('GET /x')).rejects.toMatchObject({ status: 403 });
    expect(denied.calls).toHaveLength(1);
  });

  it('describes failures by status only', () => {
    expect(describeFailure('reading x', Object.assign(new Error('body quoting Quispe'), { status: 422 }))).toBe('reading x failed (HTTP 422)');
    expect(describeFailure('reading x', new Error('Quispe'))).toBe('reading x failed (no response)');
  });
});
