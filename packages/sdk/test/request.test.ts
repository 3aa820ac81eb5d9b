// What goes on the wire: method, path, headers and body, exactly.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Revox, VERSION } from '../src/index.js';
import { TEST_KEY, clientFor } from './support/client.js';
import type { TestServer } from './support/server.js';
import { assistant, json, startServer } from './support/server.js';

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
    expect(headers['authorization']).toBe(`Bearer ${TEST_KEY}`);
    expect(headers['content-type']).toBe('application/json');
    expect(headers['accept']).toBe('application/json');
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

describe('the low-level typed client', () => {
  it('shares the transport and returns { data, error } without throwing', async () => {
    server.script(json(404, { message: 'Assistant not found.' }));
    const client = clientFor(server, { maxRetries: 0 });
    const { data, error, response } = await client.api.PATCH('/assistants/{id}', { params: { path: { id: 'nope' } }, body: {} });
    expect(data).toBeUndefined();
    expect(error).toEqual({ message: 'Assistant not found.' });
    expect(response.status).toBe(404);
    expect(server.requests[0]!.headers['authorization']).toBe(`Bearer ${TEST_KEY}`);
  });
});
