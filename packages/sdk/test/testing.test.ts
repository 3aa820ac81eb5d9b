// @revoxai/sdk/testing: the in-memory API an application tests against.
import { methodArguments } from '@revoxai/codegen';
import { loadModel } from '@revoxai/spec';
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  NotFoundError,
  RateLimitError,
  Revox,
  UnprocessableEntityError,
} from '../src/index.js';
import type { AssistantResponse } from '../src/index.js';
import { createMock, reply } from '../src/testing.js';
import { methodOf } from './support/operations.js';

const { operations } = loadModel();
const clientOf = (mock: ReturnType<typeof createMock>, options = {}) =>
  new Revox({ apiKey: 'sk_test_mock', fetch: mock.fetch, logLevel: 'off', retryDelay: { initialMs: 1, maxMs: 2 }, ...options });

describe('by default', () => {
  it.each(operations)('$sdk.name answers with its example from the spec', async (operation) => {
    const mock = createMock();
    const result = await methodOf(clientOf(mock), operation)(...methodArguments(operation, operation.example));
    if (operation.success.json) expect(result).toEqual(operation.success.examples[0]!.value);
    else expect((result as Blob).size).toBeGreaterThan(1000); // the example MP3
    expect(mock.calls.map((c) => c.operationId)).toEqual([operation.id]);
    mock.verify();
  });
});

describe('handlers', () => {
  it('are keyed by SDK method or operationId, and told the typed, decoded request', async () => {
    const seen: unknown[] = [];
    const mock = createMock({
      handlers: {
        'assistants.update': ({ params, body }) => {
          seen.push(params.id, body);
          const { assistant } = operations.find((o) => o.id === 'updateAssistant')!.success.examples[0]!.value as AssistantResponse;
          return { assistant: { ...assistant, name: body?.name ?? '' } };
        },
        listCalls: ({ query }) => {
          seen.push(query.page + 1, query.page_size);
          return { calls: [] };
        },
      },
    });
    const client = clientOf(mock);
    expect((await client.assistants.update('asst 1/ü', { name: 'Renamed' })).assistant.name).toBe('Renamed');
    expect(await client.call.list({ page: 2, page_size: 10 })).toEqual({ calls: [] });
    expect(seen).toEqual(['asst 1/ü', { name: 'Renamed' }, 3, 10]);
  });

  it('answer with an error status, which the SDK raises as its typed error', async () => {
    const mock = createMock({
      handlers: {
        'assistants.retrieve': () => reply.status(404, { message: 'Not found.' }),
        'voices.list': () => reply.status(429, { message: 'Slow down.' }, { 'retry-after': '3600' }),
      },
    });
    const client = clientOf(mock);
    await expect(client.assistants.retrieve('asst_1')).rejects.toThrow(NotFoundError);
    await expect(client.voices.list()).rejects.toThrow(RateLimitError);
  });

  it("delay, hang until the SDK's timeout, or drop the connection, and the SDK's real retry policy applies", async () => {
    const mock = createMock({
      handlers: {
        'users.me.retrieve': () =>
          reply.delay(5, {
            user: (operations.find((o) => o.id === 'retrieveCurrentUser')!.success.examples[0]!.value as { user: never }).user,
          }),
        'voices.list': () => reply.hang(),
        'call.create': () => reply.drop(),
        'assistants.update': () => reply.drop(),
      },
    });
    const client = clientOf(mock, { maxRetries: 2, timeout: 50 });
    expect((await client.users.me.retrieve()).user.id).toMatch(/^user_/);
    await expect(client.voices.list({ maxRetries: 0 })).rejects.toThrow(APIConnectionTimeoutError);
    await expect(client.call.create({ phone_number: '+14155550123', assistant_id: 'asst_1' })).rejects.toThrow(APIConnectionError);
    expect(mock.calls.filter((c) => c.operation === 'call.create')).toHaveLength(1); // a call that may have been placed is not placed again
    await expect(client.assistants.update('asst_1')).rejects.toThrow(APIConnectionError);
    expect(mock.calls.filter((c) => c.operation === 'assistants.update')).toHaveLength(3); // an update is sent again
  });

  it('can be replaced with use()', async () => {
    const mock = createMock({ handlers: { 'voices.list': () => ({ voices: [] }) } });
    mock.use({ 'voices.list': () => reply.status(500) });
    await expect(clientOf(mock, { maxRetries: 0 }).voices.list()).rejects.toThrow('500');
  });
});

describe('every request is checked against the spec', () => {
  it('a request the API would refuse gets its 422, names the field, and fails verify()', async () => {
    const mock = createMock();
    const client = clientOf(mock);
    const error = await client.assistants.update('asst_1', { voice: { id: 'v', provider: 'acme' } } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as Error).message).toMatch(
      /Invalid request to assistants.update: voice.provider must be one of "cartesia", "elevenlabs"/,
    );
    expect(mock.problems).toEqual(['Invalid request to assistants.update: voice.provider must be one of "cartesia", "elevenlabs"']);
    expect(() => mock.verify()).toThrow(/1 request\(s\) the Revox API would not accept:\n {2}Invalid request to assistants.update/);
  });

  it('a path that is no operation of the API fails loudly: never a silent 200', async () => {
    const mock = createMock();
    const client = clientOf(mock, { maxRetries: 0 });
    await expect(client.get('/assistants/a/b')).rejects.toThrow(NotFoundError);
    await expect(client.post('/voices')).rejects.toThrow(/POST \/api\/voices is no operation of the Revox API/);
    // A path that only ends like an operation is not that operation.
    await expect(client.get('/v9/legacy/assistants')).rejects.toThrow(NotFoundError);
    expect(mock.problems).toEqual([
      'GET /api/assistants/a/b is no operation of the Revox API',
      'POST /api/voices is no operation of the Revox API',
      'GET /api/v9/legacy/assistants is no operation of the Revox API',
    ]);
    expect(() => mock.verify()).toThrow('3 request(s)');
  });

  it("a client sent to another API root than the mock's fails loudly, naming the option", async () => {
    const mock = createMock();
    const client = clientOf(mock, { baseURL: 'https://staging.revox.test/api', maxRetries: 0 });
    await expect(client.assistants.list()).rejects.toThrow(NotFoundError);
    expect(mock.problems).toEqual([
      "GET /api/assistants is outside the mock's API root https://www.getrevox.com/api (createMock({ baseURL }))",
    ]);
  });
});

describe('calls are recorded', () => {
  it('with the operation, its parameters, query, body and headers, never the key', async () => {
    const mock = createMock({ baseURL: 'https://staging.revox.test/api/v2/' });
    const client = clientOf(mock, { baseURL: 'https://staging.revox.test/api/v2', defaultHeaders: { 'x-team': 'support' } });
    await client.voices.retrieve('v 1', { provider: 'elevenlabs' });
    await client.assistants.update('asst_1', { name: 'x' });
    expect(mock.calls).toMatchObject([
      {
        operation: 'voices.retrieve',
        operationId: 'retrieveVoice',
        method: 'GET',
        path: '/api/v2/voices/v%201',
        params: { id: 'v 1' },
        query: { provider: 'elevenlabs' },
        body: undefined,
      },
      { operation: 'assistants.update', params: { id: 'asst_1' }, body: { name: 'x' } },
    ]);
    expect(mock.calls[0]!.headers['x-team']).toBe('support');
    expect(JSON.stringify(mock.calls)).not.toContain('sk_test_mock');
  });
});

describe('stateful assistants', () => {
  it('create, retrieve, list, update and delete agree with one another', async () => {
    const client = clientOf(createMock({ stateful: true }), { maxRetries: 0 });
    expect(await client.assistants.list()).toEqual({ assistants: [] });
    const { assistant } = await client.assistants.create({ name: 'Front desk', prompt: 'Answer the phone.' });
    expect(assistant).toMatchObject({ id: 'asst_mock_1', name: 'Front desk', prompt: 'Answer the phone.' });
    expect((await client.assistants.retrieve(assistant.id)).name).toBe('Front desk');
    const { assistant: updated } = await client.assistants.update(assistant.id, { voicemail_message: null, name: 'Reception' });
    expect(updated).toMatchObject({ id: assistant.id, name: 'Reception', prompt: 'Answer the phone.', voicemail_message: null });
    expect((await client.assistants.list()).assistants.map((a) => a.name)).toEqual(['Reception']);
    expect(await client.assistants.delete(assistant.id)).toEqual({ success: true });
    await expect(client.assistants.retrieve(assistant.id)).rejects.toThrow(NotFoundError);
    await expect(client.assistants.update(assistant.id)).rejects.toThrow(NotFoundError);
  });
});
