// client.get/post/put/patch/delete: requests to endpoints the SDK has no
// method for yet, with the same auth, options, typed errors and retry rules,
// the retry rules following HTTP's word on the method.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APIConnectionError, InternalServerError, RevoxValidationError } from '../src/index.js';
import { TEST_KEY, clientFor } from './support/client.js';
import type { TestServer } from './support/server.js';
import { destroy, json, startServer, text } from './support/server.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer(json(200, { ok: true }));
});
afterEach(() => server.close());

describe('custom requests', () => {
  it("send the method, path, query, body and headers given, with the client's auth and defaults", async () => {
    const client = clientFor(server, { defaultHeaders: { 'x-team': 'support' }, defaultQuery: { region: 'eu' } });
    const result = await client.post<{ ok: boolean }>('/call/call_1/cancel', {
      body: { reason: 'duplicate' },
      query: { dry_run: true },
      headers: { 'x-trace': 't1' },
    });
    expect(result).toEqual({ ok: true });
    const [req] = server.requests;
    expect(`${req!.method} ${req!.url}`).toBe('POST /call/call_1/cancel?region=eu&dry_run=true');
    expect(req!.body).toBe('{"reason":"duplicate"}');
    expect(req!.headers).toMatchObject({
      authorization: `Bearer ${TEST_KEY}`,
      'content-type': 'application/json',
      'x-team': 'support',
      'x-trace': 't1',
    });
    for (const method of ['get', 'put', 'patch', 'delete'] as const) await client[method]('/x');
    expect(server.requests.slice(1).map((r) => `${r.method} ${r.body}`)).toEqual(['GET ', 'PUT ', 'PATCH ', 'DELETE ']);
  });

  it("answer with JSON, text or bytes, as the response's media type says", async () => {
    const client = clientFor(server);
    server.script(
      text(200, 'plain words'),
      (_req, res) => void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([1, 2, 3])),
      (_req, res) => void res.writeHead(204).end(),
    );
    expect(await client.get('/a')).toBe('plain words');
    expect(new Uint8Array(await ((await client.get('/b')) as Blob).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(await client.get('/c')).toBeUndefined();
  });

  it('refuse a body on a GET before sending, instead of retrying what fetch refuses as if the network failed', async () => {
    const error = await clientFor(server)
      .get('/x', { body: { a: 1 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevoxValidationError);
    expect((error as Error).message).toBe('Invalid request: body cannot go with a GET');
    expect(server.requests).toHaveLength(0);
  });

  it('refuse a path that is not below the base URL, so the key never goes to another host', async () => {
    for (const path of ['https://example.com/x', '//example.com/x', 'assistants']) {
      const error = (await clientFor(server)
        .get(path)
        .catch((e: unknown) => e)) as RevoxValidationError;
      expect(error).toBeInstanceOf(RevoxValidationError);
      expect(error.issues[0].path).toBe('path');
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe("custom requests are retried by HTTP's rule for their method", () => {
  it('GET, PUT and DELETE are sent again after a dropped connection or a 500', async () => {
    const client = clientFor(server, { maxRetries: 1 });
    for (const method of ['get', 'put', 'delete'] as const) {
      server.script(destroy, json(500, {}), json(200, { ok: true }));
      const before = server.requests.length;
      await expect(client[method]('/x', { maxRetries: 2 })).resolves.toEqual({ ok: true });
      expect(server.requests.length - before).toBe(3);
    }
  });

  it('POST and PATCH are not sent again after a dropped connection or a 500, where the server may have acted', async () => {
    const client = clientFor(server, { maxRetries: 2 });
    for (const method of ['post', 'patch'] as const) {
      for (const [handler, ErrorClass] of [
        [destroy, APIConnectionError],
        [json(500, {}), InternalServerError],
      ] as const) {
        server.script(handler, json(200, { ok: true }));
        const before = server.requests.length;
        await expect(client[method]('/x', { body: {} })).rejects.toThrow(ErrorClass);
        expect(server.requests.length - before).toBe(1);
      }
    }
  });

  it('POST is sent again after a 503, which says the server did not act', async () => {
    server.script(json(503, {}), json(200, { ok: true }));
    await expect(clientFor(server).post('/x', { body: {} })).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });
});
