// Hostile servers and networks, the TypeScript side of what the conformance
// table (packages/contract) checks in every SDK: what only this runtime can
// get wrong. A non-HTTP service at the base URL (undici keeps the raw
// request, key included, on its parser error), bodies JSON cannot carry, a
// long-lived AbortSignal shared by many calls, and the printed forms of
// errors whose server echoed the key.
import { getEventListeners } from 'node:events';
import { createServer, type Server } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { APIConnectionError, BadRequestError, Revox, RevoxError, RevoxValidationError } from '../src/index.js';
import { clientFor, TEST_KEY } from './support/client.js';
import type { TestServer } from './support/server.js';
import { assistant, json, startServer } from './support/server.js';

let server: TestServer | undefined;
let raw: Server | undefined;
afterEach(async () => {
  await server?.close();
  await new Promise((resolve) => (raw ? raw.close(resolve) : resolve(undefined)));
  server = raw = undefined;
});

/** Every way an error can be printed, as a developer or a log pipeline would. */
const printed = (error: unknown) =>
  [String(error), inspect(error, { depth: 20, showHidden: true }), JSON.stringify(error), (error as Error).stack].join('\n');

describe('the key in errors', () => {
  it('never reaches an error whose server echoes it, in any printed form', async () => {
    server = await startServer((req, res) => {
      const authorization = String(req.headers.authorization);
      res
        .writeHead(400, { 'content-type': 'application/json', 'x-echo': authorization })
        .end(JSON.stringify({ message: `bad ${authorization}`, seen: [authorization] }));
    });
    const error = await clientFor(server)
      .assistants.update('a', {})
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(printed(error)).not.toContain(TEST_KEY);
    expect(error.message).toBe('400 bad Bearer ***');
    expect(error.error).toEqual({ message: 'bad Bearer ***', seen: ['Bearer ***'] });
    expect(error.headers.get('x-echo')).toBe('Bearer ***');
  });

  it('never reaches a connection error from a service that does not speak HTTP (undici keeps the raw request on its parser error)', async () => {
    raw = createServer((socket) => socket.once('data', () => socket.end('SSH-2.0-OpenSSH_9.6\r\n')));
    await new Promise<void>((resolve) => raw!.listen(0, '127.0.0.1', resolve));
    const { port } = raw.address() as { port: number };
    const client = new Revox({ apiKey: TEST_KEY, baseURL: `http://127.0.0.1:${port}`, maxRetries: 0, logLevel: 'off' });
    const error = await client.assistants.retrieve('a').catch((e) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toMatch(/^Connection error: /);
    expect(printed(error)).not.toContain(TEST_KEY);
    expect(error.cause).toBeInstanceOf(Error); // what failed is still said
  });

  it('refuses a base URL with a user name or password, without echoing it', () => {
    for (const baseURL of ['https://user:hunter2@api.example.com', 'https://hunter2@api.example.com/api']) {
      const error = (() => {
        try {
          new Revox({ apiKey: TEST_KEY, baseURL });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(RevoxError);
      expect(printed(error)).not.toContain('hunter2');
      expect((error as Error).message).toMatch(
        /^Invalid `baseURL` option \(or REVOX_BASE_URL\): a URL with a user name or password cannot be used/,
      );
    }
  });

  it('refuses a key that is not a string, naming the option and not the value', () => {
    for (const apiKey of [123, { key: 'sk_object' }]) {
      expect(() => new Revox({ apiKey: apiKey as never })).toThrow(/^Invalid `apiKey` option: expected a string, got (number|object)\.$/);
    }
  });
});

describe('bodies JSON cannot carry', () => {
  it('are refused with a RevoxValidationError, and nothing is sent', async () => {
    server = await startServer(json(200, { assistant: assistant() }));
    const circular: Record<string, unknown> = { name: 'loop' };
    circular.self = circular;
    for (const body of [circular, { name: 'big', max_call_duration_secs: 10n }]) {
      const error = await clientFor(server)
        .assistants.update('a', body as never)
        .catch((e) => e);
      expect(error).toBeInstanceOf(RevoxValidationError);
      expect(error.issues[0].path).toBe('body');
      expect(error.message).toMatch(/^Invalid request: body cannot be sent as JSON/);
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe('one AbortSignal shared by many calls', () => {
  it('gets one listener while calls are in flight, whatever their number, and keeps nothing alive once they end', async () => {
    const gc = (globalThis as { gc?: () => void }).gc!;
    const answer = () => new Response(JSON.stringify({ assistants: [] }), { headers: { 'content-type': 'application/json' } });
    const client = new Revox({ apiKey: TEST_KEY, baseURL: 'https://api.test', fetch: async () => answer(), logLevel: 'off' });
    const heapAfter = async (signal: AbortSignal | undefined, calls: number) => {
      for (let i = 0; i < calls; i += 500) await Promise.all(Array.from({ length: 500 }, () => client.assistants.list({ signal })));
      gc();
      return process.memoryUsage().heapUsed;
    };
    const signal = new AbortController().signal;
    await heapAfter(signal, 2_000); // warm up the code paths
    const before = await heapAfter(undefined, 0);
    const after = await heapAfter(signal, 40_000);
    // Kept per call, 40,000 calls would hold megabytes (AbortSignal.any did: nodejs/node#55351).
    expect(after - before).toBeLessThan(3 * 1024 * 1024);
    expect(getEventListeners(signal, 'abort')).toHaveLength(0); // the last call took the one listener away
  }, 60_000);
});
