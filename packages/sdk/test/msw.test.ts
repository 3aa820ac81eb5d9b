// The order almost every app's tests use: the client is made when the app's
// module loads, and msw starts later, in beforeAll. The SDK must look up
// `globalThis.fetch` at each request, or it would bypass the mock and, with
// a real key in the environment, place a real phone call.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Revox } from '../src/index.js';
import { TEST_KEY } from './support/client.js';

// Made at import time, before msw patches fetch. `.test` is a reserved name: a bypass reaches nothing real.
const client = new Revox({ apiKey: TEST_KEY, baseURL: 'https://api.revox.test', maxRetries: 0, logLevel: 'off' });

const seen: string[] = [];
const mock = setupServer(
  http.patch('https://api.revox.test/assistants/:id', ({ request, params }) => {
    seen.push(`${request.method} ${params.id} ${request.headers.get('authorization')}`);
    return HttpResponse.json({ assistant: { id: params.id, name: 'Mocked' } });
  }),
);
beforeAll(() => mock.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mock.close());

it('a client made before msw started is intercepted by it', async () => {
  const { assistant } = await client.assistants.update('asst_1', { name: 'x' });
  expect(assistant.name).toBe('Mocked');
  expect(seen).toEqual([`PATCH asst_1 Bearer ${TEST_KEY}`]);
});
