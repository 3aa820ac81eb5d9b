// Time limits per attempt, and the caller's AbortSignal at every stage.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APIConnectionTimeoutError, APIUserAbortError } from '../src/index.js';
import { clientFor } from './support/client.js';
import type { TestServer } from './support/server.js';
import { assistant, hang, json, startServer } from './support/server.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(() => server.close());

describe('timeout', () => {
  it('applies per attempt, and a timed-out attempt is retried', async () => {
    server.script(hang, json(200, { assistant: assistant() }));
    // Long enough that the answered second attempt cannot time out on a busy machine.
    const result = await clientFor(server, { timeout: 1000 }).assistants.update('asst_1');
    expect(result.assistant.id).toBe('asst_1');
    expect(server.requests).toHaveLength(2);
  });

  // Node's fetch loses the abort link of a Request derived from another one
  // after a GC (nodejs/undici#4068); the transport must not depend on it.
  it('still fires after garbage collections during the attempt', async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    expect(gc, 'run with --expose-gc (vitest.config.ts execArgv)').toBeTypeOf('function');
    server.script(hang);
    const pending = clientFor(server, { timeout: 200, maxRetries: 0 })
      .assistants.update('a')
      .catch((e) => e);
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 20));
      gc!();
    }
    expect(await pending).toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('per-request timeout overrides the client', async () => {
    server.script(hang);
    const error = await clientFor(server, { timeout: 60_000, maxRetries: 0 })
      .assistants.update('a', {}, { timeout: 30 })
      .catch((e) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
  });
});

describe('abort', () => {
  it('an already-aborted signal sends nothing', async () => {
    const error = await clientFor(server)
      .assistants.update('a', {}, { signal: AbortSignal.abort() })
      .catch((e) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(0);
  });

  it('aborting during a request stops it and is not retried', async () => {
    server.script(hang);
    const controller = new AbortController();
    const pending = clientFor(server, { maxRetries: 5 }).assistants.update('a', {}, { signal: controller.signal });
    await waitFor(() => server.requests.length === 1);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    await new Promise((r) => setTimeout(r, 50));
    expect(server.requests).toHaveLength(1);
  });

  it('aborting during a backoff wait rejects at once', async () => {
    server.script(json(503, {}));
    const controller = new AbortController();
    // A backoff of an hour: only an abort that wakes the wait lets the call settle within the test's timeout.
    const client = clientFor(server, { retryDelay: { initialMs: 3_600_000, maxMs: 3_600_000 } });
    const pending = client.assistants.update('a', {}, { signal: controller.signal });
    await waitFor(() => server.requests.length === 1);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
}
