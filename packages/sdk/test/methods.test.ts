// Every method of the client, against a real HTTP server: the method, path,
// query and body that go on the wire, and the value the call resolves to.
// The server answers each operation with the spec's own example, so the
// results are checked against what the spec says, not against a copy.
import { loadSpec, operationsOf } from '@revoxai/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Revox } from '../src/index.js';
import { clientFor } from './support/client.js';
import type { Handler, TestServer } from './support/server.js';
import { startServer } from './support/server.js';

const operations = operationsOf(loadSpec());
const AUDIO = Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256); // not valid UTF-8: text decoding would corrupt it

/** The first example of the operation's 200 answer. */
function exampleAnswer(method: string, template: string): unknown {
  const { operation } = operations.find((o) => o.method === method && o.path === template)!;
  const media = operation.responses['200'].content['application/json'];
  return Object.values<{ value: unknown }>(media.examples)[0]!.value;
}

/** Answers each request with its operation's example (audio bytes for the preview). */
const fromSpec: Handler = (req, res) => {
  const path = req.url.split('?')[0]!;
  const match = operations.find((o) => o.method === req.method && new RegExp(`^${o.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path));
  if (!match) return void res.writeHead(404).end();
  if (match.path === '/voices/preview') return void res.writeHead(200, { 'content-type': 'audio/mpeg' }).end(AUDIO);
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(exampleAnswer(match.method, match.path)));
};

interface Case {
  /** The spec operation the method sends. */
  operationId: string;
  call: (client: Revox) => Promise<unknown>;
  /** What reaches the server. */
  method: string;
  url: string;
  body?: unknown;
}

const cases: Case[] = [
  { operationId: 'createAssistant', call: (c) => c.assistants.create({ name: 'Front desk', prompt: 'Answer.' }), method: 'POST', url: '/assistants', body: { name: 'Front desk', prompt: 'Answer.' } },
  { operationId: 'listAssistants', call: (c) => c.assistants.list(), method: 'GET', url: '/assistants' },
  { operationId: 'retrieveAssistant', call: (c) => c.assistants.retrieve('asst 1/ü'), method: 'GET', url: '/assistants/asst%201%2F%C3%BC' },
  { operationId: 'updateAssistant', call: (c) => c.assistants.update('asst_1', { voicemail_message: null }), method: 'PATCH', url: '/assistants/asst_1', body: { voicemail_message: null } },
  { operationId: 'deleteAssistant', call: (c) => c.assistants.delete('asst_1'), method: 'DELETE', url: '/assistants/asst_1' },
  {
    operationId: 'createCall',
    call: (c) => c.call.create({ phone_number: '+14155550123', assistant: { prompt: 'Confirm the delivery.' }, metadata: { order: '42' } }),
    method: 'POST',
    url: '/call',
    body: { phone_number: '+14155550123', assistant: { prompt: 'Confirm the delivery.' }, metadata: { order: '42' } },
  },
  { operationId: 'retrieveCall', call: (c) => c.call.retrieve('call_1'), method: 'GET', url: '/call/call_1' },
  { operationId: 'listCalls', call: (c) => c.call.list({ page: 2, page_size: 25 }), method: 'GET', url: '/call?page=2&page_size=25' },
  { operationId: 'listVoices', call: (c) => c.voices.list(), method: 'GET', url: '/voices' },
  { operationId: 'retrieveVoice', call: (c) => c.voices.retrieve('v1', { provider: 'elevenlabs' }), method: 'GET', url: '/voices/v1?provider=elevenlabs' },
  {
    operationId: 'previewVoice',
    call: (c) => c.voices.preview({ provider: 'cartesia', voiceId: 'v1', text: 'Hello' }),
    method: 'POST',
    url: '/voices/preview',
    body: { provider: 'cartesia', voiceId: 'v1', text: 'Hello' },
  },
  { operationId: 'retrieveCurrentUser', call: (c) => c.users.me.retrieve(), method: 'GET', url: '/users/me' },
  { operationId: 'updateCurrentUser', call: (c) => c.users.me.update(), method: 'PATCH', url: '/users/me', body: {} },
];

let server: TestServer;
beforeAll(async () => {
  server = await startServer(fromSpec);
});
afterAll(() => server.close());

describe('a method for every operation of the spec', () => {
  it('covers each operation once', () => {
    const byId = new Map(operations.map((o) => [o.operation.operationId, o]));
    expect(cases.map((c) => c.operationId).sort()).toEqual([...byId.keys()].sort());
  });

  it.each(cases)('$operationId: $method $url', async ({ operationId, call, method, url, body }) => {
    const before = server.requests.length;
    const result = await call(clientFor(server));
    const sent = server.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe(method);
    expect(sent[0]!.url).toBe(url);
    expect(sent[0]!.body).toBe(body === undefined ? '' : JSON.stringify(body));

    const spec = operations.find((o) => o.operation.operationId === operationId)!;
    expect(method).toBe(spec.method); // the request is the operation the case names
    expect(url.split('?')[0]).toMatch(new RegExp(`^${spec.path.replace(/\{[^}]+\}/g, '[^/]+')}$`));
    if (operationId === 'previewVoice') {
      expect(result).toBeInstanceOf(Blob);
      expect(new Uint8Array(await (result as Blob).arrayBuffer())).toEqual(AUDIO);
    } else {
      expect(result).toEqual(exampleAnswer(spec.method, spec.path));
    }
  });
});
