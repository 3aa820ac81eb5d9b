// The opt-in validator: generated from the spec, names every offending field, enforces nothing more.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RevoxValidationError } from '../src/index.js';
import { requestIssues, validateRequest } from '../src/validate.js';
import { clientFor } from './support/client.js';
import type { TestServer } from './support/server.js';
import { assistant, json, startServer } from './support/server.js';

const issues = (body: unknown) => requestIssues('PATCH', '/assistants/{id}', body);

describe('requestIssues', () => {
  it('accepts valid bodies, including the empty update and nulls where allowed', () => {
    expect(issues({})).toEqual([]);
    expect(issues({ voicemail_message: null, background_sound: null, calendly: null, transfer_phone_number: null })).toEqual([]);
    expect(issues({ voice: { id: 'v', provider: 'elevenlabs', speed: 3 } })).toEqual([]); // speed bounds are not confirmed
    expect(issues({ some_newer_field: true })).toEqual([]); // newer API fields pass through
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

  it('lets valid bodies through', async () => {
    await clientFor(server, { validate: validateRequest }).assistants.update('a', { name: 'ok' });
    expect(server.requests).toHaveLength(1);
  });
});
