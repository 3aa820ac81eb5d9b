// The retry policy by operation, against a real HTTP server, counting the
// requests it received. Placing a call (POST /call) is never repeated when
// the server may have acted on it; reading one (GET /call/{id}) is.
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APIConnectionError, APIConnectionTimeoutError, InternalServerError } from '../src/index.js';
import { clientFor } from './support/client.js';
import type { Handler, TestServer } from './support/server.js';
import { destroy, hang, json, startServer } from './support/server.js';

const MAX_RETRIES = 2;
const ORDER = { call: { id: 'call_1' } };

/** Attempts are counted where they start, in the client, as well as where they arrive. */
let attempts = 0;
const countingFetch: typeof fetch = (input, init) => {
  attempts++;
  return fetch(input, init);
};
const client = (server: TestServer, timeout: number) => clientFor(server, { maxRetries: MAX_RETRIES, timeout, fetch: countingFetch });
const place = (server: TestServer, timeout: number) =>
  client(server, timeout).call.create({ phone_number: '+14155550123', assistant_id: 'asst_1' });
const read = (server: TestServer, timeout: number) => client(server, timeout).call.retrieve('call_1');

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
  attempts = 0;
});
afterEach(() => server.close());

// [failure, handler, the attempts' timeout, error]
const failures: [string, Handler, number, new (...args: never[]) => Error][] = [
  ['a hang (timeout)', hang, 500, APIConnectionTimeoutError],
  ['a reset after the body arrived', destroy, 30_000, APIConnectionError],
  ['a 500', json(500, { message: 'Internal error' }), 30_000, InternalServerError],
];

describe('after a failure the server may have acted on', () => {
  it.each(failures)('%s: POST /call is sent once, GET /call/{id} is retried', async (_name, handler, timeout, error) => {
    server.script(handler);
    await expect(place(server, timeout)).rejects.toBeInstanceOf(error);
    expect(attempts).toBe(1);
    // Counted by method: on a busy machine a timed-out POST can reach the server after the client gave up on it,
    // while the reads are under way.
    const sent = (method: string) => server.requests.filter((r) => r.method === method).length;
    // Exactly `count` requests of `method`; at most `count` for a hang, whose attempts may end before arriving.
    const expectSent = (method: string, count: number) =>
      handler === hang ? expect(sent(method)).toBeLessThanOrEqual(count) : expect(sent(method)).toBe(count);

    attempts = 0;
    await expect(read(server, timeout)).rejects.toBeInstanceOf(error);
    expect(attempts).toBe(MAX_RETRIES + 1);
    expectSent('GET', MAX_RETRIES + 1);
    expectSent('POST', 1); // never a second call placed, late arrivals included
  });
});

describe('when the server says it did not act', () => {
  it.each([
    ['429', json(429, { message: 'Slow down' }, { 'retry-after-ms': '10' })],
    ['503', json(503, { message: 'Maintenance' })],
  ])('POST /call is retried after a %s', async (_status, refusal) => {
    server.script(refusal, json(200, ORDER));
    await expect(place(server, 30_000)).resolves.toEqual(ORDER);
    expect(server.requests.map((r) => r.headers['x-revox-attempt'])).toEqual(['1', '2']);
  });

  it('POST /call is retried when the connection is refused: nothing was sent', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const error = await place({ url: `http://127.0.0.1:${closed}` } as TestServer, 30_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect(attempts).toBe(MAX_RETRIES + 1);
  });
});
