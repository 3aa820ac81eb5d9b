import { describe, expect, it } from 'vitest';
import { deref, loadSpec } from '../lib/index.js';
import { ASSISTANT_FIELDS, ASSISTANT_OPTIONAL, OPERATIONS, REQUEST_FIELDS, contractViolations } from './contract.js';

const spec = loadSpec();
const clone = () => structuredClone(spec);
const schemas = (doc: any) => doc.components.schemas;

describe('the contract of PATCH /assistants/{id}', () => {
  it('is met by spec/openapi.yaml', () => {
    expect(contractViolations(spec)).toEqual([]);
  });

  it('covers the 25 request fields and the 30 Assistant properties (the seed 18 and 23, and 7 newest each), 21 required', () => {
    expect(Object.keys(REQUEST_FIELDS)).toHaveLength(18 + 7);
    expect(Object.keys(ASSISTANT_FIELDS)).toHaveLength(23 + 7);
    expect(Object.keys(ASSISTANT_FIELDS).length - ASSISTANT_OPTIONAL.length).toBe(21);
    expect(Object.keys(schemas(spec).AssistantUpdateParams.properties)).toHaveLength(25);
    expect(schemas(spec).Assistant.required).toHaveLength(21);
  });
});

describe('contract checks fail on broken specs', () => {
  it('names a request field that went missing', () => {
    const doc = clone();
    delete schemas(doc).AssistantUpdateParams.properties.voice;
    expect(contractViolations(doc)).toContain('request: missing property "voice"');
  });

  it('catches a confirmed bound that went missing and a partly known enum that was closed', () => {
    const doc = clone();
    delete schemas(doc).BackgroundSoundVolume.maximum;
    schemas(doc).HumanTransferMode.enum = ['warm'];
    const problems = contractViolations(doc);
    expect(problems).toContain('request.background_sound_volume: maximum is undefined, expected 1');
    expect(problems).toContain('request.human_transfer_mode: an enum refuses the values nobody documented');
  });

  it('catches a newest field made required inside call_retry_config', () => {
    const doc = clone();
    schemas(doc).CallRetryConfig.required.push('allowed_days');
    expect(contractViolations(doc)).toContain(
      'request.call_retry_config: required is [allowed_days,calling_windows,max_retry_attempts] but the contract says [calling_windows,max_retry_attempts]',
    );
  });

  it('names a request field that became required', () => {
    const doc = clone();
    schemas(doc).AssistantUpdateParams.required = ['name'];
    expect(contractViolations(doc)).toContain('request requires [name] but every field is optional');
  });

  it('catches integer weakened to number', () => {
    const doc = clone();
    schemas(doc).CallingWindow.properties.retry_delay_seconds.type = 'number';
    expect(contractViolations(doc)).toContain(
      'request.call_retry_config.calling_windows[].retry_delay_seconds: accepts [number] but the contract says [integer]',
    );
  });

  it('catches request-side nullability leaking from the response', () => {
    const doc = clone();
    schemas(doc).AssistantUpdateParams.properties.webhook_url.type = ['string', 'null'];
    expect(contractViolations(doc)).toContain('request.webhook_url: accepts [null,string] but the contract says [string]');
  });

  it('catches a response field that lost its nullability', () => {
    const doc = clone();
    schemas(doc).Assistant.properties.voice = { $ref: '#/components/schemas/Voice' };
    expect(contractViolations(doc)).toContain('assistant.voice: accepts [object] but the contract says [null,object]');
  });

  it('catches a dropped required Assistant property', () => {
    const doc = clone();
    schemas(doc).Assistant.required = schemas(doc).Assistant.required.filter((f: string) => f !== 'organization_id');
    expect(contractViolations(doc).join('\n')).toMatch(/^assistant: required is \[.*\] but the contract says/m);
  });

  it('catches an enum that lost a value', () => {
    const doc = clone();
    schemas(doc).VoiceProvider.enum = ['cartesia'];
    expect(contractViolations(doc)).toContain('request.voice.provider: enum is ["cartesia"]');
  });

  it('catches a nested required key made optional', () => {
    const doc = clone();
    schemas(doc).CallRetryConfig.required = ['calling_windows'];
    expect(contractViolations(doc).join('\n')).toMatch(/request\.call_retry_config: required is \[calling_windows\]/);
  });

  it('catches an unconfirmed bound enforced as a keyword', () => {
    const doc = clone();
    schemas(doc).Voice.properties.speed.minimum = 0.6;
    expect(contractViolations(doc)).toContain('request.voice.speed: "minimum" enforces an unconfirmed limit; describe it instead');
  });

  it('catches a confirmed bound that was dropped', () => {
    const doc = clone();
    delete schemas(doc).CallRetryConfig.properties.max_retry_attempts.exclusiveMinimum;
    expect(contractViolations(doc)).toContain('request.call_retry_config.max_retry_attempts: exclusiveMinimum is undefined, expected 0');
  });

  it('catches a discriminator mapping that points at the wrong variant', () => {
    const doc = clone();
    schemas(doc).LlmModel.discriminator.mapping.openrouter = '#/components/schemas/DedicatedInstanceModel';
    expect(contractViolations(doc)).toContain('llm_model: mapping "openrouter" points to a variant with another type');
  });

  it('catches an error response with its own schema', () => {
    const doc = clone();
    const notFound = deref(doc, doc.paths['/assistants/{id}'].patch.responses['404']);
    notFound.content['application/json'].schema = { type: 'object' };
    expect(contractViolations(doc)).toContain('error responses do not share one schema');
  });

  it('catches a 429 without Retry-After', () => {
    const doc = clone();
    delete doc.components.responses.TooManyRequests.headers;
    expect(contractViolations(doc)).toContain('429 does not document Retry-After');
  });
});

describe('the contract of the whole API', () => {
  // The list itself is the fact (13 operations at the time of the fact sheets); a new operation is one more row there.
  it('lists each operation once, placing a call and creating an assistant as not idempotent', () => {
    const routes = OPERATIONS.map((o) => `${o.method} ${o.path}`);
    expect(new Set(routes).size).toBe(routes.length);
    expect(OPERATIONS.filter((o) => !o.idempotent).map((o) => `${o.method} ${o.path}`)).toEqual(
      expect.arrayContaining(['post /assistants', 'post /call']),
    );
  });

  const cases: [string, (doc: any) => void, string | RegExp][] = [
    ['an operation that went missing', (doc) => delete doc.paths['/voices'].get, 'GET /voices: missing'],
    [
      'an operation the API does not have',
      (doc) => (doc.paths['/voices'].delete = doc.paths['/voices'].get),
      'DELETE /voices: not an operation of the Revox API',
    ],
    [
      'placing a call marked safe to repeat',
      (doc) => (doc.paths['/call'].post['x-revox-idempotent'] = true),
      'POST /call: idempotent, but the contract says it is not',
    ],
    [
      'an optional page number',
      (doc) => (doc.components.parameters.Page.required = false),
      'GET /call: query parameter "page" must be required',
    ],
    [
      'a path id without 404',
      (doc) => delete doc.paths['/call/{id}'].get.responses['404'],
      'GET /call/{id}: 404 must be declared exactly when the path has an id',
    ],
    [
      'a wrapped retrieve',
      (doc) =>
        (doc.paths['/assistants/{id}'].get.responses['200'].content['application/json'].schema = {
          $ref: '#/components/schemas/AssistantResponse',
        }),
      'GET /assistants/{id}: 200 is not a bare Assistant',
    ],
    [
      'audio declared as JSON',
      (doc) => {
        const ok = doc.paths['/voices/preview'].post.responses['200'];
        ok.content = { 'application/json': ok.content['audio/mpeg'] };
      },
      'POST /voices/preview: 200 is [application/json], expected audio/mpeg',
    ],
    [
      'create params without required name',
      (doc) => (schemas(doc).AssistantCreateParams.allOf[1].required = ['prompt']),
      'AssistantCreateParams: required is [prompt] but the contract says [name,prompt]',
    ],
    [
      'a call order property made optional',
      (doc) => (schemas(doc).CallOrder.required = schemas(doc).CallOrder.required.filter((f: string) => f !== 'metadata')),
      /^CallOrder: required is /,
    ],
    ['a call attempt status dropped', (doc) => schemas(doc).CallAttempt.properties.status.enum.pop(), /^CallAttempt\.status: enum is /],
    [
      'an inferred email format enforced',
      (doc) => (schemas(doc).User.properties.email.format = 'email'),
      'User.email: "format" enforces an unconfirmed limit; describe it instead',
    ],
    [
      'a minimum page of 1 enforced',
      (doc) => (doc.components.parameters.Page.schema.minimum = 1),
      'parameter Page: "minimum" enforces an unconfirmed limit; describe it instead',
    ],
    [
      'a confirmed preview bound dropped',
      (doc) => delete schemas(doc).VoicePreviewParams.properties.text.maxLength,
      'VoicePreviewParams.text: maxLength is undefined, expected 2000',
    ],
    [
      'a required body made optional',
      (doc) => (doc.paths['/call'].post.requestBody.required = false),
      'POST /call: request body must be required',
    ],
  ];

  it.each(cases)('fails on %s', (_name, breakIt, expected) => {
    const doc = clone();
    breakIt(doc);
    const problems = contractViolations(doc);
    if (typeof expected === 'string') expect(problems).toContain(expected);
    else expect(problems.join('\n')).toMatch(new RegExp(expected.source, 'm'));
  });
});
