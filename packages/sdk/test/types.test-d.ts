// Compile-time guarantees of the public API: wrong input does not compile, results are exact.
import { describe, expectTypeOf, it } from 'vitest';
import DefaultRevox, { type APIError, type APIPromise, type NotFoundError, type PagePromise, Revox } from '../src/index.js';
import { openapiFetchClient } from '../src/openapi-fetch.js';
import type {
  Assistant,
  AssistantDeleteResponse,
  AssistantListResponse,
  AssistantResponse,
  AssistantUpdateParams,
  AssistantUpdateResponse,
  AssistantCreateParams,
  CallAttempt,
  CallListResponse,
  CallOrderResponse,
  LogLevel,
  RequestOptions,
  UserResponse,
  UserUpdateParams,
  VoiceListResponse,
  VoiceRetrieveResponse,
} from '../src/index.js';

declare const client: Revox;

describe('public types', () => {
  it('default and named exports are the same class', () => {
    expectTypeOf(DefaultRevox).toEqualTypeOf(Revox);
  });

  it('update takes (id, body?, options?) and resolves to the exact response', () => {
    expectTypeOf(client.assistants.update).parameters.toEqualTypeOf<[id: string, body?: AssistantUpdateParams, options?: RequestOptions]>();
    expectTypeOf(client.assistants.update('a')).resolves.toEqualTypeOf<AssistantUpdateResponse>();
    expectTypeOf<AssistantUpdateResponse['assistant']>().toEqualTypeOf<Assistant>();
  });

  it('rejects wrong field types, unknown fields, wrong enums and wrong llm_model variants', () => {
    // @ts-expect-error name is a string
    void client.assistants.update('a', { name: 42 });
    // @ts-expect-error max_retry_attempts is a number
    void client.assistants.update('a', { call_retry_config: { calling_windows: [], max_retry_attempts: '3' } });
    // @ts-expect-error unknown field
    void client.assistants.update('a', { nmae: 'typo' });
    // @ts-expect-error not a voice provider
    void client.assistants.update('a', { voice: { id: 'v', provider: 'acme' } });
    // @ts-expect-error not a first sentence mode
    void client.assistants.update('a', { first_sentence_mode: 'loud' });
    // @ts-expect-error an openrouter model has no `name`, and needs its ids
    void client.assistants.update('a', { llm_model: { type: 'openrouter', name: 'gpt-4.1' } });
    // @ts-expect-error a dedicated instance needs a known model name
    void client.assistants.update('a', { llm_model: { type: 'dedicated-instance', name: 'gpt-5' } });
    // @ts-expect-error webhook_url cannot be null in a request (only in responses)
    void client.assistants.update('a', { webhook_url: null });
    // @ts-expect-error the id is a string
    void client.assistants.update(42);
    // @ts-expect-error calls are allowed on days of the week
    void client.assistants.update('a', { call_retry_config: { calling_windows: [], max_retry_attempts: 1, allowed_days: ['someday'] } });
    // @ts-expect-error the volume is a number
    void client.assistants.update('a', { background_sound_volume: 'loud' });
  });

  it('accepts what the API accepts', () => {
    void client.assistants.update('a', {});
    void client.assistants.update('a', { voicemail_message: null, calendly: null, background_sound: null });
    void client.assistants.update('a', {
      llm_model: { type: 'openrouter', openrouter_model_id: 'openai/gpt-4.1', openrouter_provider: 'openai' },
    });
    // The newest settings, in every request that takes the update's fields; partly known values stay open.
    const newest = {
      human_transfer_mode: 'cold',
      background_sound_volume: 0.3,
      from_phone_number: null,
      email_notification_outcomes: ['not_interested', 'voicemail'],
      custom_tools: [{ name: 'lookup', method: 'POST', url: 'https://example.test', headers: [{ key: 'A', value: 'b' }] }],
      call_retry_config: { calling_windows: [], max_retry_attempts: 2, allowed_days: ['monday' as const], call_twice_in_a_row: true },
    };
    void client.assistants.update('a', newest);
    void client.assistants.create({ name: 'n', prompt: 'p', ...newest });
    void client.call.create({ phone_number: '+1', assistant: { prompt: 'p', ...newest } });
    void client.assistants.update(
      'a',
      { name: 'x' },
      { timeout: 1000, maxRetries: 0, signal: AbortSignal.timeout(5), headers: { 'X-A': 'b' } },
    );
  });

  it('every method resolves to what the official SDK resolves to', () => {
    expectTypeOf(client.assistants.create({ name: 'n', prompt: 'p' })).resolves.toEqualTypeOf<AssistantResponse>();
    expectTypeOf(client.assistants.retrieve('a')).resolves.toEqualTypeOf<Assistant>(); // bare, as the API answers
    expectTypeOf(client.assistants.list()).resolves.toEqualTypeOf<AssistantListResponse>();
    expectTypeOf(client.assistants.delete('a')).resolves.toEqualTypeOf<AssistantDeleteResponse>();
    expectTypeOf(client.call.create({ phone_number: '+1' })).resolves.toEqualTypeOf<CallOrderResponse>();
    expectTypeOf(client.call.retrieve('c')).resolves.toEqualTypeOf<CallOrderResponse>();
    expectTypeOf(client.call.list({ page: 0, page_size: 10 })).resolves.toEqualTypeOf<CallListResponse>();
    expectTypeOf(client.call.list({ page: 0, page_size: 10 })).toMatchTypeOf<AsyncIterable<CallAttempt>>();
    expectTypeOf(client.voices.list()).resolves.toEqualTypeOf<VoiceListResponse>();
    expectTypeOf(client.voices.retrieve('v', { provider: 'cartesia' })).resolves.toEqualTypeOf<VoiceRetrieveResponse>();
    expectTypeOf(client.voices.preview({ provider: 'cartesia', voiceId: 'v' })).resolves.toEqualTypeOf<Blob>();
    expectTypeOf(client.users.me.retrieve()).resolves.toEqualTypeOf<UserResponse>();
    expectTypeOf(client.users.me.update()).resolves.toEqualTypeOf<UserResponse>();
  });

  it('takes per-request options last on every method', () => {
    expectTypeOf(client.assistants.list).parameters.toEqualTypeOf<[options?: RequestOptions]>();
    expectTypeOf(client.voices.retrieve).parameters.toEqualTypeOf<
      [id: string, query: { provider: 'cartesia' | 'elevenlabs' }, options?: RequestOptions]
    >();
    expectTypeOf(client.users.me.update).parameters.toMatchTypeOf<[body?: object, options?: RequestOptions]>();
  });

  it('a body or query missing what the API requires does not compile', () => {
    // @ts-expect-error name and prompt are required
    void client.assistants.create({});
    // @ts-expect-error phone_number is required
    void client.call.create({});
    // @ts-expect-error provider is required
    void client.voices.retrieve('id');
    // @ts-expect-error page_size is required
    void client.call.list({ page: 0 });
    // @ts-expect-error the API spells it voiceId
    void client.voices.preview({ provider: 'cartesia', voice_id: 'v' });
    // @ts-expect-error an inline assistant needs a prompt
    void client.call.create({ phone_number: '+1', assistant: { name: 'x' } });
  });

  it('the openapi-fetch client is typed from the spec, and client.api is gone from the types too', async () => {
    const api = openapiFetchClient(client);
    const { data, error } = await api.PATCH('/assistants/{id}', { params: { path: { id: 'a' } }, body: { name: 'x' } });
    expectTypeOf(data).toEqualTypeOf<AssistantUpdateResponse | undefined>();
    // openapi-fetch 0.17's Readable maps `string & {}` into an object (openapi-ts/openapi-typescript#2765): 0.16 keeps it.
    expectTypeOf(data!.assistant.human_transfer_mode).toEqualTypeOf<'warm' | (string & {}) | undefined>();
    expectTypeOf(error).not.toBeAny();
    // @ts-expect-error the path parameter is required
    void api.PATCH('/assistants/{id}', { body: {} });
    expectTypeOf(client.api).toBeNever();
  });
});

describe('raw responses', () => {
  it('every method returns an APIPromise of its answer, with the Response at hand', () => {
    expectTypeOf(client.assistants.update('a')).toEqualTypeOf<APIPromise<AssistantUpdateResponse>>();
    expectTypeOf(client.assistants.update('a').asResponse()).resolves.toEqualTypeOf<Response>();
    expectTypeOf(client.assistants.update('a').withResponse()).resolves.toEqualTypeOf<{
      data: AssistantUpdateResponse;
      response: Response;
    }>();
    expectTypeOf(client.voices.preview({ provider: 'cartesia', voiceId: 'v' }).withResponse()).resolves.toEqualTypeOf<{
      data: Blob;
      response: Response;
    }>();
    const pager = client.call.list({ page: 0, page_size: 10 });
    expectTypeOf(pager).toEqualTypeOf<PagePromise<CallListResponse, CallAttempt>>();
    expectTypeOf(pager.withResponse()).resolves.toEqualTypeOf<{ data: CallListResponse; response: Response }>();
  });
});

describe('the client class', () => {
  it('holds the error classes and the official type names', () => {
    expectTypeOf(Revox.NotFoundError).toEqualTypeOf<typeof NotFoundError>();
    expectTypeOf(Revox.APIError).toEqualTypeOf<typeof APIError>();
    expectTypeOf<Revox.AssistantCreateParams>().toEqualTypeOf<AssistantCreateParams>();
    expectTypeOf<Revox.AssistantUpdateResponse>().toEqualTypeOf<AssistantUpdateResponse>();
    expectTypeOf<Revox.CallListParams>().toEqualTypeOf<{ page: number; page_size: number }>();
    expectTypeOf<Revox.MeUpdateParams>().toEqualTypeOf<UserUpdateParams>();
  });

  it('withOptions keeps the class; custom requests are typed by their caller; logLevel is readable', () => {
    class Mine extends Revox {}
    expectTypeOf(new Mine().withOptions({ timeout: 1 })).toEqualTypeOf<Mine>();
    expectTypeOf(client.get('/x')).toEqualTypeOf<APIPromise<unknown>>();
    expectTypeOf(client.post<{ ok: true }>('/x', { body: { a: 1 } })).resolves.toEqualTypeOf<{ ok: true }>();
    expectTypeOf(client.logLevel).toEqualTypeOf<LogLevel>();
    void client.users.me.update({}, { path: '/_other', query: { a: 1 }, fetchOptions: { cache: 'no-store' } });
  });
});
