// The opt-in validator: generated from the spec, names every offending field, enforces nothing more.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RevoxValidationError } from '../src/index.js';
import { requestIssues, validateRequest } from '../src/validate.js';
import { loadModel } from '@revoxai/spec';
import { clientFor } from './support/client.js';
import type { TestServer } from './support/server.js';
import { assistant, json, startServer } from './support/server.js';

const issues = (body: unknown) => requestIssues('PATCH', '/assistants/{id}', body);

describe('requestIssues', () => {
  it('accepts valid bodies, including the empty update and nulls where allowed', () => {
    expect(issues({})).toEqual([]);
    expect(issues({ voicemail_message: null, background_sound: null, calendly: null, transfer_phone_number: null })).toEqual([]);
    expect(issues({ voice: { id: 'v', provider: 'elevenlabs', speed: 3 } })).toEqual([]); // speed bounds are not confirmed
  });

  it('names a top-level field the spec does not describe, such as a misspelt one', () => {
    expect(issues({ nmae: 'Front desk' })).toEqual([{ path: 'nmae', message: 'is not a field of this request in the spec (misspelt?)' }]);
    expect(requestIssues('POST', '/assistants', { name: 'a', prompt: 'b', nmae: 'c' })).toEqual([
      { path: 'nmae', message: 'is not a field of this request in the spec (misspelt?)' },
    ]);
  });

  it('names each offending field and its rule', () => {
    expect(
      issues({
        name: 5,
        first_sentence_delay_ms: 1.5,
        first_sentence_mode: 'loud',
        voice: { provider: 'acme' },
        webhook_url: null,
        call_retry_config: { max_retry_attempts: 0, calling_windows: [{ calling_window_start_time: '09:00' }] },
        faq_items: [{ question: 'Q?' }],
      }),
    ).toEqual([
      { path: 'call_retry_config.calling_windows.0.calling_window_end_time', message: 'is required' },
      { path: 'call_retry_config.calling_windows.0.retry_delay_seconds', message: 'is required' },
      { path: 'call_retry_config.max_retry_attempts', message: 'must be > 0' },
      { path: 'faq_items.0.answer', message: 'is required' },
      { path: 'first_sentence_delay_ms', message: 'must be integer' },
      { path: 'first_sentence_mode', message: 'must be one of "generated", "static", "none"' },
      { path: 'name', message: 'must be string' },
      { path: 'voice.id', message: 'is required' },
      { path: 'voice.provider', message: 'must be one of "cartesia", "elevenlabs"' },
      { path: 'webhook_url', message: 'must be string' },
    ]);
  });

  it('reports llm_model problems against the variant its type selects', () => {
    expect(issues({ llm_model: { type: 'openrouter', openrouter_model_id: 'x' } })).toEqual([
      { path: 'llm_model.openrouter_provider', message: 'is required' },
    ]);
    expect(issues({ llm_model: { type: 'dedicated-instance', name: 'gpt-5' } })).toEqual([
      { path: 'llm_model.name', message: 'must be one of "gpt-4.1", "ministral-3-8b-instruct"' },
    ]);
    expect(issues({ llm_model: { type: 'local' } })).toEqual([{ path: 'llm_model.type', message: 'has no variant "local"' }]);
  });

  it('reports a nullable object field without the noise of its null branch', () => {
    expect(issues({ calendly: { connection_id: 'c' } })).toEqual([{ path: 'calendly.event_type_id', message: 'is required' }]);
  });

  it('rejects a body that is not an object', () => {
    expect(issues([])).toEqual([{ path: 'body', message: 'must be object' }]);
  });

  it('knows nothing of routes without a body schema', () => {
    expect(requestIssues('GET', '/nowhere', 42)).toEqual([]);
  });

  it('covers every operation of the spec with a body or a query', () => {
    for (const { method, path, body, query } of loadModel().operations) {
      if (body) expect(requestIssues(method, path, 42), `${method} ${path} body`).toEqual([{ path: 'body', message: 'must be object' }]);
      if (query.length)
        expect(requestIssues(method, path, undefined, 42), `${method} ${path} query`).toEqual([
          { path: 'query', message: 'must be object' },
        ]);
    }
  });

  it('checks queries: required parameters, types and enums, by parameter name', () => {
    expect(requestIssues('GET', '/call', undefined, { page: 0, page_size: 50 })).toEqual([]);
    expect(requestIssues('GET', '/call', undefined, { page: 0 })).toEqual([{ path: 'page_size', message: 'is required' }]);
    expect(requestIssues('GET', '/call', undefined, { page: '0', page_size: 5 })).toEqual([{ path: 'page', message: 'must be number' }]);
    expect(requestIssues('GET', '/voices/{id}', undefined, { provider: 'inworld' })).toEqual([
      { path: 'provider', message: 'must be one of "cartesia", "elevenlabs"' },
    ]);
    expect(requestIssues('GET', '/voices/{id}', undefined, undefined)).toEqual([{ path: 'provider', message: 'is required' }]);
  });

  it('checks the new bodies: required keys and confirmed bounds', () => {
    expect(requestIssues('POST', '/assistants', { name: 'n' })).toEqual([{ path: 'prompt', message: 'is required' }]);
    expect(requestIssues('POST', '/call', { assistant: {} })).toEqual([
      { path: 'phone_number', message: 'is required' },
      { path: 'assistant.prompt', message: 'is required' },
    ]);
    expect(requestIssues('POST', '/voices/preview', { provider: 'cartesia', voiceId: 'v', text: 'x'.repeat(2001) })).toEqual([
      { path: 'text', message: 'must NOT have more than 2000 characters' },
    ]);
  });

  it('checks the newest settings: the confirmed volume bounds and days, and leaves partly known values open', () => {
    const body = {
      background_sound_volume: 1.5,
      call_retry_config: { max_retry_attempts: 1, calling_windows: [], allowed_days: ['monday', 'someday'] },
    };
    expect(issues(body)).toEqual([
      { path: 'background_sound_volume', message: 'must be <= 1' },
      {
        path: 'call_retry_config.allowed_days.1',
        message: 'must be one of "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"',
      },
    ]);
    expect(issues({ background_sound_volume: -0.1 })).toEqual([{ path: 'background_sound_volume', message: 'must be >= 0' }]);
    // Only `warm`, `not_interested` and `GET` are documented; the API has more, so other strings pass.
    expect(issues({ human_transfer_mode: 'cold', email_notification_outcomes: ['voicemail'], custom_tools: [{ method: 'POST' }] })).toEqual(
      [],
    );
    expect(issues({ human_transfer_mode: 3 })).toEqual([{ path: 'human_transfer_mode', message: 'must be string' }]);
    // allowed_days and call_twice_in_a_row stay optional: the seed's retry settings are still valid.
    expect(issues({ call_retry_config: { max_retry_attempts: 2, calling_windows: [] } })).toEqual([]);
  });
});

describe('as the client option', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer(json(200, { assistant: assistant() }));
  });
  afterEach(() => server.close());

  it('throws RevoxValidationError before sending anything', async () => {
    const client = clientFor(server, { validate: validateRequest });
    const error = await client.assistants.update('a', { voice: { id: 'v', provider: 'acme' as never } }).catch((e) => e);
    expect(error).toBeInstanceOf(RevoxValidationError);
    expect(error.message).toBe('Invalid request: voice.provider must be one of "cartesia", "elevenlabs"');
    expect(error.issues).toEqual([{ path: 'voice.provider', message: 'must be one of "cartesia", "elevenlabs"' }]);
    expect(server.requests).toHaveLength(0);
  });

  it('checks the query of call.list before sending anything', async () => {
    const error = await clientFor(server, { validate: validateRequest })
      .call.list({ page: 0 } as never)
      .catch((e) => e);
    expect(error).toBeInstanceOf(RevoxValidationError);
    expect(error.issues).toEqual([{ path: 'page_size', message: 'is required' }]);
    expect(server.requests).toHaveLength(0);
  });

  it('lets valid bodies through', async () => {
    await clientFor(server, { validate: validateRequest }).assistants.update('a', { name: 'ok' });
    expect(server.requests).toHaveLength(1);
  });
});
