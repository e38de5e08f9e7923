/** An in-memory Api for unit tests: routes answered by a handler; every call recorded. */
import type { Api, ApiResponse } from '../../src/action/api.js';

export interface Call {
  route: string;
  params: Record<string, unknown>;
}

export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

export function fakeApi(handler: (route: string, params: Record<string, unknown>) => unknown): { api: Api; calls: Call[] } {
  const calls: Call[] = [];
  const api: Api = async (route, params = {}) => {
    calls.push({ route, params });
    const data = await handler(route, params);
    return { status: 200, data } as ApiResponse;
  };
  return { api, calls };
}
