// @revoxai/sdk/testing: the in-memory API an application tests against.
import { loadPlan } from '@revoxai/codegen';
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  BadRequestError,
  NotFoundError,
  RateLimitError,
  Revox,
  UnprocessableEntityError,
} from '../src/index.js';
import type { AssistantResponse } from '../src/index.js';
import { createMock, reply } from '../src/testing.js';
import { callOf } from './support/operations.js';

const { operations } = loadPlan();
const clientOf = (mock: ReturnType<typeof createMock>, options = {}) =>
  new Revox({ apiKey: 'sk_test_mock', fetch: mock.fetch, logLevel: 'off', retryDelay: { initialMs: 1, maxMs: 2 }, ...options });

describe('by default', () => {
  it.each(operations)('$sdkName answers with its example from the spec', async (operation) => {
    const mock = createMock();
    const result = await callOf(clientOf(mock), operation);
    if (operation.answer.kind === 'json') expect(result).toEqual(operation.answer.examples[0]!.value);
    else if (operation.answer.kind === 'empty') expect(result).toBeUndefined();
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
          const { assistant } = operations.find((o) => o.id === 'updateAssistant')!.answer.examples[0]!.value as AssistantResponse;
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
            user: (operations.find((o) => o.id === 'retrieveCurrentUser')!.answer.examples[0]!.value as { user: never }).user,
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

  it("may answer part of the success body, merged over the spec's example, objects key by key", async () => {
    const mock = createMock({ handlers: { 'call.create': () => ({ call: { id: 'call_mine' } }) } });
    const { call } = await clientOf(mock).call.create({ phone_number: '+14155550123', assistant_id: 'asst_1' });
    const example = (operations.find((o) => o.id === 'createCall')!.answer.examples[0]!.value as { call: Record<string, unknown> }).call;
    expect(call).toEqual({ ...example, id: 'call_mine' });
    mock.verify();
  });

  it('whose answer breaks the spec make a problem, so tests cannot drift from the API', async () => {
    const mock = createMock({
      handlers: { 'assistants.delete': () => ({ success: 'yes' }) as never, 'voices.list': () => ({ wrong: true }) as never },
    });
    const client = clientOf(mock);
    await client.assistants.delete('asst_1');
    await client.voices.list(); // merged over the example: `wrong` is an extra key, which answers may have
    expect(mock.problems).toEqual(['The answer of assistants.delete breaks the spec: success must be boolean']);
    expect(() => mock.verify()).toThrow('The answer of assistants.delete breaks the spec');
  });

  it('that throw are a bug in the test: a problem, answered with a status no SDK retries', async () => {
    const mock = createMock({
      handlers: {
        'assistants.update': () => {
          throw new Error('forgot to stub the clock');
        },
      },
    });
    const error = await clientOf(mock, { maxRetries: 2 })
      .assistants.update('asst_1', { name: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toContain('The handler of assistants.update threw: forgot to stub the clock');
    expect(mock.calls).toHaveLength(1); // not retried
    expect(() => mock.verify()).toThrow('The handler of assistants.update threw: forgot to stub the clock');
  });
});

describe('between tests', () => {
  it('reset() restores the handlers the mock was made with, and forgets calls, problems and stored assistants', async () => {
    const mock = createMock({ stateful: true, handlers: { 'voices.list': () => ({ voices: [] }) } });
    const client = clientOf(mock, { maxRetries: 0 });
    await client.assistants.create({ name: 'Front desk', prompt: 'Answer.' });
    mock.use({ 'voices.list': () => reply.status(404) });
    await client.assistants.update('asst_1', { voice: { id: 'v', provider: 'acme' } } as never).catch(() => undefined);
    mock.reset();
    expect([mock.calls, mock.problems]).toEqual([[], []]);
    expect(await client.voices.list()).toEqual({ voices: [] });
    expect(await client.assistants.list()).toEqual({ assistants: [] });
    mock.verify();
  });

  it('clientOptions retry without waiting, under the real policy', async () => {
    const mock = createMock({ handlers: { 'assistants.update': () => reply.drop(), 'call.create': () => reply.drop() } });
    expect(mock.clientOptions.retryDelay).toEqual({ initialMs: 0, maxMs: 0 });
    const client = new Revox({ apiKey: 'sk_test_mock', logLevel: 'off', maxRetries: 2, ...mock.clientOptions });
    await expect(client.assistants.update('asst_1')).rejects.toThrow(APIConnectionError);
    await expect(client.call.create({ phone_number: '+14155550123', assistant_id: 'asst_1' })).rejects.toThrow(APIConnectionError);
    expect(mock.calls.map((c) => c.operation)).toEqual(['assistants.update', 'assistants.update', 'assistants.update', 'call.create']);
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
    expect(() => mock.verify()).toThrow(
      /1 problem\(s\): requests the Revox API would not accept, or answers it could not give:\n {2}Invalid request to assistants.update/,
    );
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
    expect(() => mock.verify()).toThrow('3 problem(s)');
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
    const client = clientOf(mock, {
      baseURL: 'https://staging.revox.test/api/v2',
      defaultHeaders: { 'x-team': 'support', 'x-api-key': 'key_9d1', cookie: 'session=s_7c2' },
    });
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
    for (const secret of ['sk_test_mock', 'key_9d1', 's_7c2']) expect(JSON.stringify(mock.calls)).not.toContain(secret);
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
