// What goes on the wire: method, path, headers and body, exactly.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APIConnectionError, NotFoundError, Revox, RevoxValidationError, VERSION } from '../src/index.js';
import { openapiFetchClient } from '../src/openapi-fetch.js';
import { TEST_KEY, clientFor } from './support/client.js';
import type { TestServer } from './support/server.js';
import { assistant, destroy, json, startServer } from './support/server.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer(json(200, { assistant: assistant() }));
});
afterEach(() => server.close());

describe('assistants.update', () => {
  it('sends PATCH /assistants/{id} with an empty JSON object when no body is given', async () => {
    const result = await clientFor(server).assistants.update('asst_1');
    expect(result).toEqual({ assistant: assistant() });
    expect(server.requests).toHaveLength(1);
    const [req] = server.requests;
    expect(req!.method).toBe('PATCH');
    expect(req!.url).toBe('/assistants/asst_1');
    expect(req!.body).toBe('{}');
  });

  it('sends the body as JSON, byte for byte, with nulls kept', async () => {
    const body = {
      name: 'Front desk',
      voicemail_message: null,
      voice: { id: 'v1', provider: 'cartesia' as const, speed: 1.1 },
      llm_model: { type: 'openrouter' as const, openrouter_model_id: 'openai/gpt-4.1', openrouter_provider: 'openai' },
      faq_items: [{ question: 'Où ?', answer: 'Lyon 🇫🇷' }],
    };
    await clientFor(server).assistants.update('asst_1', body);
    expect(server.requests[0]!.body).toBe(JSON.stringify(body));
  });

  it('sends authentication, content negotiation and SDK headers', async () => {
    await clientFor(server).assistants.update('asst_1', { name: 'x' });
    const { headers } = server.requests[0]!;
    expect(headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(headers['content-type']).toBe('application/json');
    expect(headers.accept).toBe('application/json');
    expect(headers['x-revox-client']).toBe(`@revoxai/sdk/${VERSION} node/${process.versions.node}`);
    expect(headers['x-revox-attempt']).toBe('1');
  });

  it('merges default and per-request headers, per-request winning, null removing', async () => {
    const client = clientFor(server, { defaultHeaders: { 'X-Team': 'support', 'X-Trace': 'a' } });
    await client.assistants.update('asst_1', {}, { headers: { 'X-Trace': 'b', 'X-Team': null } });
    const { headers } = server.requests[0]!;
    expect(headers['x-trace']).toBe('b');
    expect(headers['x-team']).toBeUndefined();
  });

  it('accepts a base URL with or without a trailing slash', async () => {
    for (const baseURL of [`${server.url}/api`, `${server.url}/api/`, `${server.url}/api//`]) {
      await new Revox({ apiKey: TEST_KEY, baseURL, logLevel: 'off' }).assistants.update('a');
    }
    expect(server.requests.map((r) => r.url)).toEqual(['/api/assistants/a', '/api/assistants/a', '/api/assistants/a']);
  });

  it('uses a custom fetch when given one', async () => {
    const seen: string[] = [];
    const client = clientFor(server, {
      fetch: (input, init) => {
        seen.push(`${init?.method} ${String(input)}`);
        return fetch(input, init);
      },
    });
    await client.assistants.update('asst_1');
    expect(seen).toEqual([`PATCH ${server.url}/assistants/asst_1`]);
  });
});

describe('the openapi-fetch client (@revoxai/sdk/openapi-fetch)', () => {
  it('shares the transport and returns { data, error } without throwing', async () => {
    server.script(json(404, { message: 'Assistant not found.' }));
    const api = openapiFetchClient(clientFor(server, { maxRetries: 0, defaultQuery: { team: 'a' } }));
    const { data, error, response } = await api.PATCH('/assistants/{id}', { params: { path: { id: 'nope' } }, body: {} });
    expect(data).toBeUndefined();
    expect(error).toEqual({ message: 'Assistant not found.' });
    expect(response.status).toBe(404);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(server.requests[0]!.url).toBe('/assistants/nope?team=a');
  });

  it('retries each operation as the spec says, told the operation by openapi-fetch, not by the URL', async () => {
    const api = openapiFetchClient(clientFor(server, { maxRetries: 1 }));
    server.script(destroy, json(200, { assistant: assistant() }));
    expect((await api.PATCH('/assistants/{id}', { params: { path: { id: 'a' } }, body: {} })).response.status).toBe(200);
    expect(server.requests).toHaveLength(2); // an update may be sent again
    server.script(destroy);
    await expect(api.POST('/call', { body: { phone_number: '+14155550123', assistant_id: 'a' } })).rejects.toThrow(APIConnectionError);
    expect(server.requests).toHaveLength(3); // placing a call is not
  });

  it('keeps the retry rule when a middleware of the caller replaces the request, and sends no marker of it', async () => {
    const api = openapiFetchClient(clientFor(server, { maxRetries: 1 }));
    api.use({ onRequest: ({ request }) => new Request(request, { headers: { ...Object.fromEntries(request.headers), 'x-trace': 't1' } }) });
    server.script(destroy, json(200, { assistant: assistant() }));
    expect((await api.GET('/assistants/{id}', { params: { path: { id: 'a' } } })).response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.headers['x-trace']).toBe('t1');
    expect(Object.keys(server.requests[1]!.headers).filter((name) => name.startsWith('x-revox-sdk'))).toEqual([]);
  });

  it('is no longer on the client, which says where it went', () => {
    expect(() => clientFor(server).api).toThrow("client.api moved: openapiFetchClient(client), from '@revoxai/sdk/openapi-fetch'.");
  });
});

describe('defaultQuery and the query option', () => {
  it("adds the client's query to every request, the request's own winning and undefined removing", async () => {
    const client = clientFor(server, { defaultQuery: { team: 'support', trace: '1' } });
    server.script(json(200, { calls: [] }));
    await client.call.list({ page: 2, page_size: 10 });
    await client.assistants.list({ query: { trace: undefined, region: 'eu' } });
    await client.call.list({ page: 0, page_size: 5, team: 'sales' } as never);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/call?team=support&trace=1&page=2&page_size=10',
      '/assistants?team=support&region=eu',
      '/call?team=sales&trace=1&page=0&page_size=5',
    ]);
  });
});

describe('fetchOptions', () => {
  it("pass extra RequestInit fields to fetch on every attempt, the request's winning, never the SDK's own fields", async () => {
    const seen: RequestInit[] = [];
    const client = clientFor(server, {
      maxRetries: 1,
      fetchOptions: { cache: 'no-store', keepalive: true, method: 'DELETE', headers: { 'x-from-fetch-options': '1' } },
      fetch: (input, init) => {
        seen.push(init!);
        return fetch(input, init);
      },
    });
    server.script(json(500, {}), json(200, { assistant: assistant() }));
    await client.assistants.update('a', {}, { fetchOptions: { keepalive: false, redirect: 'follow' } });
    expect(seen).toHaveLength(2);
    for (const init of seen) {
      // The redirect rule is the SDK's: following one would send the request again, outside the retry policy.
      expect(init).toMatchObject({ cache: 'no-store', keepalive: false, redirect: 'manual', method: 'PATCH' });
      expect((init.headers as Record<string, string>)['x-from-fetch-options']).toBeUndefined();
    }
  });
});

describe('the `path` request option of the official SDKs', () => {
  it("sends the method to that path, retried by its HTTP method's rule since it is no longer the operation", async () => {
    server.script(json(404, { message: 'no such path' }));
    const client = clientFor(server, { maxRetries: 2 });
    await expect(client.users.me.update({ has_completed_onboarding: true }, { path: '/_unknown_path' })).rejects.toThrow(NotFoundError);
    expect(server.requests.map((r) => `${r.method} ${r.url} ${r.body}`)).toEqual([
      'PATCH /_unknown_path {"has_completed_onboarding":true}',
    ]);
    server.script(destroy);
    await expect(client.users.me.update({}, { path: '/users/me' })).rejects.toThrow(APIConnectionError);
    expect(server.requests).toHaveLength(2); // PATCH is not idempotent by HTTP's rule: not sent again
  });

  it('refuses an absolute URL, which would send the key to another host', async () => {
    const error = await clientFor(server)
      .assistants.list({ path: 'https://example.com/steal' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RevoxValidationError);
    expect(error.issues).toEqual([
      { path: 'path', message: 'must start with one "/" (a path below the base URL), got "https://example.com/steal"' },
    ]);
    expect(server.requests).toHaveLength(0);
  });
});
