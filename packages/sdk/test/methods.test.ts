// Every operation of the spec has its method, and the method sends that
// operation: its method, its path (with the id percent-encoded), its query and
// its body, and resolves to what the server answers. The cases come from the
// operation model, so a new operation is covered with no edit here.
import { methodArguments } from '@revoxai/codegen';
import { loadModel } from '@revoxai/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Revox } from '../src/index.js';
import { clientFor } from './support/client.js';
import { methodOf } from './support/operations.js';
import type { TestServer } from './support/server.js';
import { fromSpec, startServer, AUDIO } from './support/server.js';

const { operations } = loadModel();
/** An id that only survives the trip when it is encoded as one path segment. */
const AWKWARD_ID = 'asst 1/ü?#';

let server: TestServer;
let client: Revox;
beforeAll(async () => {
  server = await startServer(fromSpec);
  client = clientFor(server);
});
afterAll(() => server.close());

describe.each(operations)('$sdk.name ($method $path)', (operation) => {
  const pathParams = Object.fromEntries(operation.pathParams.map((p) => [p.name, AWKWARD_ID]));
  const { query, body } = operation.example;
  const expectedUrl =
    operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(pathParams[name]!)) +
    (operation.query.length ? `?${new URLSearchParams(query as Record<string, string>)}` : '');

  it('sends the operation and resolves to its answer', async () => {
    const before = server.requests.length;
    const result = await methodOf(client, operation)(...methodArguments(operation, { pathParams, query, body }));
    const sent = server.requests.slice(before);
    expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual([`${operation.method} ${expectedUrl}`]);
    // An optional body left out goes as `{}`, as the official SDK sends it.
    expect(sent[0]!.body).toBe(operation.body ? JSON.stringify(body ?? {}) : '');
    if (operation.success.json) expect(result).toEqual(operation.success.examples[0]!.value);
    else {
      expect(result).toBeInstanceOf(Blob);
      expect(new Uint8Array(await (result as Blob).arrayBuffer())).toEqual(AUDIO);
    }
  });
});
