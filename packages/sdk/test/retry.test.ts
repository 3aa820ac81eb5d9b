// Which failures are retried, how many times, and how long the SDK waits.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BadRequestError, RateLimitError } from '../src/index.js';
import { backoffMs, isRetryableFailure, isRetryableStatus, isStaleConnection, retryDelayMs, serverRequestedDelayMs } from '../src/retry.js';
import { clientFor } from './support/client.js';
import type { TestServer } from './support/server.js';
import { assistant, json, startServer } from './support/server.js';

const delays = { initialMs: 500, maxMs: 8_000, maxRetryAfterMs: 60_000 };

describe('retry policy (pure)', () => {
  const statuses = [200, 201, 301, 400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503, 504, 599];

  it('retries 408, 409, 429 and 5xx of an idempotent operation', () => {
    expect(statuses.filter((status) => isRetryableStatus(status, true))).toEqual([408, 409, 429, 500, 502, 503, 504, 599]);
  });

  it('retries only 429 and 503 of a non-idempotent operation: the statuses that say nothing was done', () => {
    expect(statuses.filter((status) => isRetryableStatus(status, false))).toEqual([429, 503]);
  });

  const socketError = (code: string, bytesRead?: number) =>
    new TypeError('fetch failed', {
      cause: Object.assign(new Error('other side closed'), { code, socket: bytesRead === undefined ? undefined : { bytesRead } }),
    });

  it('repeats a failed non-idempotent request only when the connection was refused', () => {
    expect(isRetryableFailure(socketError('ECONNREFUSED'), false)).toBe(true);
    expect(isRetryableFailure(socketError('UND_ERR_SOCKET', 0), false)).toBe(false);
    expect(isRetryableFailure(new Error('timed out'), false)).toBe(false);
    expect(isRetryableFailure(socketError('UND_ERR_SOCKET', 0), true)).toBe(true);
  });

  it('calls a connection stale only when undici shows it had carried earlier bytes', () => {
    expect(isStaleConnection(socketError('UND_ERR_SOCKET', 134))).toBe(true);
    expect(isStaleConnection(socketError('UND_ERR_SOCKET', 0))).toBe(false); // a fresh connection closed: an ordinary failure
    expect(isStaleConnection(socketError('ECONNRESET'))).toBe(false); // no byte counts: reuse cannot be shown
    expect(isStaleConnection(new Error('other side closed'))).toBe(false);
  });

  it('reads retry-after-ms, Retry-After seconds and Retry-After dates', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(serverRequestedDelayMs(new Headers({ 'retry-after-ms': '250' }), now)).toBe(250);
    expect(serverRequestedDelayMs(new Headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(serverRequestedDelayMs(new Headers({ 'retry-after': 'Sun, 22 Nov 2026 10:00:05 GMT' }), now)).toBe(5000);
    expect(serverRequestedDelayMs(new Headers({ 'retry-after': 'Sun, 22 Nov 2026 09:00:00 GMT' }), now)).toBe(0);
    expect(serverRequestedDelayMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(serverRequestedDelayMs(new Headers(), now)).toBeUndefined();
    expect(serverRequestedDelayMs(new Headers({ 'retry-after-ms': '100', 'retry-after': '9' }), now)).toBe(100);
  });

  it('backs off exponentially up to the cap, with at most 25 % jitter below', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n, delays, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(backoffMs(1, delays, () => 1)).toBe(375);
    expect(backoffMs(5, delays, () => 0.5)).toBe(7000);
  });

  it('honours a server wait up to maxRetryAfterMs and gives up beyond it', () => {
    expect(retryDelayMs(1, new Headers({ 'retry-after': '60' }), delays)).toBe(60_000);
    expect(retryDelayMs(1, new Headers({ 'retry-after': '61' }), delays)).toBeUndefined();
    expect(retryDelayMs(2, new Headers(), delays, () => 0)).toBe(1000);
  });
});

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(() => server.close());

describe('retries over HTTP (scenarios are in faults.test.ts)', () => {
  it('per-request maxRetries overrides the client', async () => {
    server.script(json(500, {}));
    await clientFor(server, { maxRetries: 5 })
      .assistants.update('a', {}, { maxRetries: 1 })
      .catch(() => {});
    expect(server.requests).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 422])('%i is never retried', async (status) => {
    server.script(json(status, {}));
    await clientFor(server)
      .assistants.update('asst_1')
      .catch(() => {});
    expect(server.requests).toHaveLength(1);
  });

  it.each([408, 409, 429, 502])('%i is retried', async (status) => {
    server.script(json(status, {}), json(200, { assistant: assistant() }));
    await clientFor(server).assistants.update('asst_1');
    expect(server.requests).toHaveLength(2);
  });

  it('gives up at once when Retry-After exceeds the cap', async () => {
    server.script(json(429, { message: 'Slow down.' }, { 'retry-after': '3600' }));
    const error = await clientFor(server)
      .assistants.update('asst_1')
      .catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.headers.get('retry-after')).toBe('3600');
    expect(server.requests).toHaveLength(1);
  });

  it('a 400 after a 500 stops the retries', async () => {
    server.script(json(500, {}), json(400, { message: 'Bad.' }), json(200, {}));
    const error = await clientFor(server)
      .assistants.update('asst_1')
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(server.requests).toHaveLength(2);
  });
});
