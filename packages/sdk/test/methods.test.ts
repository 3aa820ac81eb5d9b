// Every operation of the spec has its method, and the method sends that
// operation: its method, its path (with the id percent-encoded), its query and
// its body, and resolves to what the server answers. The cases come from the
// SDK plan, so a new operation is covered with no edit here.
import { loadPlan } from '@revoxai/codegen';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Revox } from '../src/index.js';
import { clientFor } from './support/client.js';
import { callOf } from './support/operations.js';
import type { TestServer } from './support/server.js';
import { fromSpec, startServer, AUDIO } from './support/server.js';

const { operations } = loadPlan();
/** An id that only survives the trip when it is encoded as one path segment. */
const AWKWARD_ID = 'asst 1/ü?#';

let server: TestServer;
let client: Revox;
beforeAll(async () => {
  server = await startServer(fromSpec);
  client = clientFor(server);
});
afterAll(() => server.close());

describe.each(operations)('$sdkName ($http.method $http.path)', (operation) => {
  const pathParams = Object.fromEntries(operation.pathParams.map((p) => [p.wire, AWKWARD_ID]));
  const { params } = operation.example;
  const inQuery = operation.params.filter((p) => p.in === 'query' && params[p.wire] !== undefined);
  const inBody = new Set(operation.params.filter((p) => p.in === 'body').map((p) => p.wire));
  const body = Object.fromEntries(Object.entries(params).filter(([name]) => inBody.has(name)));
  const expectedUrl =
    operation.http.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(pathParams[name]!)) +
    (inQuery.length ? `?${new URLSearchParams(inQuery.map((p) => [p.wire, String(params[p.wire])]))}` : '');

  it('sends the operation and resolves to its answer', async () => {
    const before = server.requests.length;
    const result = await callOf(client, operation, { pathParams, params });
    const sent = server.requests.slice(before);
    expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual([`${operation.http.method} ${expectedUrl}`]);
    if (operation.body?.encoding === 'multipart') {
      // A form: each example value as a part, read back as text.
      const form = await new Response(sent[0]!.body, { headers: { 'content-type': String(sent[0]!.headers['content-type']) } }).formData();
      const parts = await Promise.all(
        [...form].map(async ([name, value]) => [name, typeof value === 'string' ? value : await value.text()]),
      );
      expect(Object.fromEntries(parts)).toEqual(Object.fromEntries(Object.entries(body).map(([name, value]) => [name, String(value)])));
    } else {
      // An optional body left out goes as `{}`, as the official SDK sends it.
      expect(sent[0]!.body).toBe(operation.body ? JSON.stringify(body) : '');
    }
    if (operation.answer.kind === 'json') expect(result).toEqual(operation.answer.examples[0]!.value);
    else if (operation.answer.kind === 'empty') expect(result).toBeUndefined();
    else {
      expect(result).toBeInstanceOf(Blob);
      expect(new Uint8Array(await (result as Blob).arrayBuffer())).toEqual(AUDIO);
    }
  });
});
