// The API key never appears in errors, serialised errors, inspected clients or logs.
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Revox, RevoxError, RevoxValidationError } from '../src/index.js';
import { TEST_KEY, clientFor } from './support/client.js';
import type { TestServer } from './support/server.js';
import { assistant, destroy, hang, json, startServer, text } from './support/server.js';

let server: TestServer;
let lines: string[];
const logger = {
  debug: (...a: unknown[]) => lines.push(inspect(a, { depth: 10 })),
  info: (...a: unknown[]) => lines.push(inspect(a, { depth: 10 })),
  warn: (...a: unknown[]) => lines.push(inspect(a, { depth: 10 })),
  error: (...a: unknown[]) => lines.push(inspect(a, { depth: 10 })),
};

beforeEach(async () => {
  server = await startServer();
  lines = [];
});
afterEach(() => server.close());

function expectNoKey(text: string) {
  expect(text).not.toContain(TEST_KEY);
  expect(text).not.toContain(TEST_KEY.slice(3, 20));
}

describe('the API key stays secret', () => {
  it('is not in util.inspect, console-style output or JSON of the client', () => {
    const client = new Revox({ apiKey: TEST_KEY });
    expectNoKey(inspect(client, { depth: 20, showHidden: true }));
    expectNoKey(JSON.stringify(client));
    expectNoKey(String(client));
  });

  it.each([
    ['an HTTP error that echoes the header', json(401, { message: `Invalid key`, echoed: 'Bearer ***' })],
    ['an HTML error', text(502, '<html><title>Bad gateway</title></html>', 'text/html')],
    ['a dropped connection', destroy],
    ['a timeout', hang],
  ])('is not in the error of %s, nor in any debug log line', async (_name, handler) => {
    server.script(handler);
    // A timeout long enough for the answered cases to be answered on a busy machine.
    const error = await clientFor(server, { logLevel: 'debug', logger, timeout: 1000, maxRetries: 1 })
      .assistants.update('a', { name: 'x' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(Error);
    for (const rendered of [error.message, String(error.stack), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) {
      expectNoKey(rendered);
    }
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expectNoKey(line);
    // …while the header was really sent.
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
  });
});

describe('debug logging', () => {
  it('shows method, URL, status, attempt and timing, with Authorization redacted', async () => {
    server.script(json(500, {}), json(200, { assistant: assistant() }));
    await clientFor(server, { logLevel: 'debug', logger }).assistants.update('asst_1');
    const all = lines.join('\n');
    expect(all).toMatch(/→ PATCH http:\/\/127\.0\.0\.1:\d+\/assistants\/asst_1 \(attempt 1\/3\)/);
    expect(all).toMatch(/← 500 PATCH .* in \d+ ms \(attempt 1\)/);
    expect(all).toMatch(/Retrying PATCH .* in \d+ ms \(retry 1 of 2\)/);
    expect(all).toMatch(/← 200 PATCH .* \(attempt 2\)/);
    expect(all).toContain("authorization: '***'");
  });

  it('logs nothing below the level', async () => {
    server.script(json(500, {}), json(200, { assistant: assistant() }));
    await clientFor(server, { logLevel: 'warn', logger }).assistants.update('asst_1');
    expect(lines).toEqual([]);
  });

  it('logs retries at info', async () => {
    server.script(json(503, {}), json(200, { assistant: assistant() }));
    await clientFor(server, { logLevel: 'info', logger }).assistants.update('asst_1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Got 503\. Retrying PATCH/);
  });
});

describe('a key or header HTTP cannot carry is refused by name, its value never printed', () => {
  const pasted = [`${TEST_KEY}\n`.replace('\n', '\nx'), `“${TEST_KEY}”`, `${TEST_KEY}\u0000`];

  it.each(pasted)('apiKey %j', (apiKey) => {
    const error = (() => {
      try {
        new Revox({ apiKey });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(RevoxError);
    expect(error!.message).toBe(
      'Invalid `apiKey` option (or REVOX_API_KEY): HTTP cannot send its line break or non-Latin-1 character (a curly quote?).',
    );
    for (const rendered of [error!.message, String(error!.stack), inspect(error, { depth: 10, showHidden: true })]) expectNoKey(rendered);
  });

  it('a default header at construction, and a request header before anything is sent', async () => {
    const secret = `Bearer ${TEST_KEY}\r\nX-Injected: 1`;
    let error: unknown;
    try {
      new Revox({ apiKey: TEST_KEY, defaultHeaders: { 'x-proxy-auth': secret } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RevoxValidationError);
    expect((error as RevoxValidationError).issues).toEqual([
      { path: 'defaultHeaders.x-proxy-auth', message: 'cannot be sent: HTTP takes a token name and a Latin-1 string without line breaks' },
    ]);
    expectNoKey(inspect(error, { depth: 10 }));
    const late = await clientFor(server)
      .assistants.retrieve('a', { headers: { 'x-proxy-auth': secret } })
      .catch((e: unknown) => e);
    expect(late).toBeInstanceOf(RevoxValidationError);
    expectNoKey(inspect(late, { depth: 10 }));
    expect(server.requests).toHaveLength(0);
  });
});
