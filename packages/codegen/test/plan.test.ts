// The SDK plan on tiny specs: what it decides for each construct, once for
// every language, and the constructs it refuses by name rather than let a
// target emit a method that sends the wrong request.
import { describe, expect, it } from 'vitest';
import { loadPolicy, modelOf } from '@revoxai/spec';
import { identifier, planOf } from '../src/index.mjs';
import { camel } from '../src/plan/names.mjs';
import { constructsSpec } from './fixtures/constructs.js';

const planFor = (doc: any) => planOf({ doc, model: modelOf(doc), policy: loadPolicy() });
const plan = planFor(constructsSpec());
const op = (id: string) => plan.operations.find((o) => o.id === id)!;
const fields = (id: string) =>
  op(id).params.map((p) => ({ wire: p.wire, ident: p.ident, in: p.in, required: p.required, array: p.array, file: p.file }));

describe('identifiers', () => {
  it('are snake_case words of the wire name, which camelCase gives back', () => {
    expect(['voiceId', 'X-Revox-Region', 'page_size', 'faqItems', 'HTTPStatus', 'retrieveV2'].map(identifier)).toEqual([
      'voice_id',
      'x_revox_region',
      'page_size',
      'faq_items',
      'http_status',
      'retrieve_v2',
    ]);
    expect(['faq_items', 'retrieve_legacy', 'retrieve_v2'].map(camel)).toEqual(['faqItems', 'retrieveLegacy', 'retrieveV2']);
  });
});

describe('each construct', () => {
  it('an array query parameter is sent form-exploded, beside the scalar ones', () => {
    expect(fields('listCalls')).toEqual([
      { wire: 'page', ident: 'page', in: 'query', required: true, array: false, file: false },
      { wire: 'page_size', ident: 'page_size', in: 'query', required: true, array: false, file: false },
      { wire: 'statuses', ident: 'statuses', in: 'query', required: false, array: true, file: false },
    ]);
    expect(op('listCalls').paging).toEqual({ page: 'page', size: 'page_size', items: 'calls' });
  });

  it('a page number and a page size are whole numbers, even where the schema says number', () => {
    expect(op('listCalls').params.map((p) => [p.wire, p.whole])).toEqual([
      ['page', true],
      ['page_size', true],
      ['statuses', false],
    ]);
    const doc: any = constructsSpec();
    for (const p of doc.paths['/calls'].get.parameters.slice(0, 2)) p.schema = { type: 'number' };
    doc.components.schemas.FaqItemParams.properties.rank = { type: 'integer' };
    doc.components.schemas.FaqItemParams.properties.score = { type: 'number' };
    const counted = planFor(doc).operations;
    expect(
      counted
        .find((o) => o.id === 'listCalls')!
        .params.filter((p) => p.whole)
        .map((p) => p.wire),
    ).toEqual(['page', 'page_size']);
    expect(counted.find((o) => o.id === 'updateFaqItem')!.params.map((p) => [p.wire, p.whole])).toEqual([
      ['answer', false],
      ['voiceId', false],
      ['rank', true],
      ['score', false],
    ]);
  });

  it('a header parameter keeps its wire name and gets an identifier', () => {
    expect(fields('retrieveVoice')).toEqual([
      { wire: 'X-Revox-Region', ident: 'x_revox_region', in: 'header', required: true, array: false, file: false },
    ]);
    expect(op('retrieveVoice').input).toBe('required');
  });

  it('a nested path takes its ids in template order, on a nested resource', () => {
    const update = op('updateFaqItem');
    expect(update.pathParams.map((p) => [p.wire, p.ident, p.example])).toEqual([
      ['assistant_id', 'assistant_id', 'asst_1'],
      ['item_id', 'item_id', 'faq 1/é'],
    ]);
    expect([update.resource, update.method]).toEqual([['assistants', 'faq_items'], 'update']);
    expect(fields('updateFaqItem').map((f) => [f.wire, f.ident])).toEqual([
      ['answer', 'answer'],
      ['voiceId', 'voice_id'],
    ]);
  });

  it("a oneOf body has every variant's fields, required where every variant requires them", () => {
    expect(fields('createTool').map((f) => [f.wire, f.required])).toEqual([
      ['type', true],
      ['url', false],
      ['phone_number', false],
    ]);
    expect(op('createTool').body).toMatchObject({ encoding: 'json', required: true, component: 'ToolParams' });
    expect(op('createTool').retry).toBe('non-idempotent');
  });

  it('a 204 answers nothing, and has no response type', () => {
    expect(op('deleteFaqItem').answer).toMatchObject({ kind: 'empty', status: 204 });
    expect(op('deleteFaqItem').types.response).toBeUndefined();
    expect(op('deleteFaqItem').input).toBe('none');
  });

  it('a multipart upload has a file field and a text field', () => {
    expect(op('uploadKnowledge').body).toMatchObject({ encoding: 'multipart', required: true });
    expect(fields('uploadKnowledge')).toEqual([
      { wire: 'file', ident: 'file', in: 'body', required: true, array: false, file: true },
      { wire: 'title', ident: 'title', in: 'body', required: false, array: false, file: false },
    ]);
  });

  it('a deprecated operation says so', () => {
    expect(op('retrieveLegacyAssistant')).toMatchObject({ deprecated: true, resource: ['assistants'], method: 'retrieve_legacy' });
    expect(plan.operations.filter((o) => o.deprecated).map((o) => o.id)).toEqual(['retrieveLegacyAssistant']);
  });

  it('matches a request against the most specific template first', () => {
    const doc: any = constructsSpec();
    doc.paths['/voices/preview'] = {
      get: { operationId: 'previewVoice', 'x-revox-sdk': 'voices.preview', responses: doc.paths['/voices/{id}'].get.responses },
    };
    expect(planFor(doc).routes.indexOf('previewVoice')).toBeLessThan(planFor(doc).routes.indexOf('retrieveVoice'));
  });
});

describe('constructs no SDK can send correctly yet', () => {
  const refused = (change: (doc: any) => void) => {
    const doc: any = constructsSpec();
    change(doc);
    return () => planFor(doc);
  };

  it('fail the build, naming the operation and the construct', () => {
    const get = (doc: any) => doc.paths['/calls'].get;
    expect(refused((doc) => get(doc).parameters.push({ name: 'session', in: 'cookie', schema: { type: 'string' } }))).toThrow(
      'listCalls (GET /calls): a cookie parameter (session)',
    );
    expect(refused((doc) => (get(doc).parameters[2].style = 'deepObject'))).toThrow(
      'listCalls (GET /calls): the query parameter statuses is not form-exploded (style deepObject',
    );
    expect(refused((doc) => (get(doc).parameters[2].explode = false))).toThrow('the query parameter statuses is not form-exploded');
    expect(refused((doc) => get(doc).parameters.push({ name: 'filter', in: 'query', schema: { type: 'object' } }))).toThrow(
      'the query parameter filter holds objects',
    );
    const post = (doc: any) => doc.paths['/tools'].post;
    expect(
      refused((doc) => (post(doc).requestBody.content = { 'application/xml': { schema: { $ref: '#/components/schemas/ToolParams' } } })),
    ).toThrow('createTool (POST /tools): a application/xml request body');
    expect(refused((doc) => (post(doc).requestBody.content['application/json'].schema = { type: 'object' }))).toThrow(
      'createTool (POST /tools): a request body written inline',
    );
    expect(refused((doc) => delete doc.paths['/voices/{id}'].get.parameters[0].example)).toThrow(
      'retrieveVoice (GET /voices/{id}): the path parameter id has no example',
    );
    expect(refused((doc) => (post(doc)['x-revox-sdk'] = 'tools.createHTTPTool'))).toThrow(
      'the method name createHTTPTool in x-revox-sdk is not camelCase words; write it createHttpTool',
    );
    expect(refused((doc) => (doc.components.schemas.FaqItemParams.properties.voice_id = { type: 'string' }))).toThrow(
      'updateFaqItem (PATCH /assistants/{assistant_id}/faq_items/{item_id}): the body field voiceId and the body field voice_id share the identifier voice_id',
    );
    expect(
      refused((doc) => (doc.components.schemas.KnowledgeUpload.properties.tags = { type: 'array', items: { type: 'string' } })),
    ).toThrow('the multipart field tags is a array: a form sends text and files only');
  });
});

describe('the policy in the plan', () => {
  it("derives what targets need once: defaults, the credential rule, the languages' names", () => {
    const { policy } = plan;
    expect(policy.defaults).toMatchObject({ baseUrl: 'https://constructs.test/api', maxRetries: 2 });
    expect(new RegExp(policy.secretHeader, 'i').test('X-Auth-Token')).toBe(true);
    expect(new RegExp(policy.secretHeader, 'i').test('x-request-id')).toBe(false);
    expect(policy.idempotentMethods).toEqual(expect.arrayContaining(['GET', 'PUT', 'DELETE']));
    expect(policy.idempotentMethods).not.toContain('POST');
    expect(Object.keys(policy.languages)).toEqual(['typescript', 'ruby', 'python']);
    expect(policy.languages.typescript!.errors.timeout).toBe('APIConnectionTimeoutError');
    expect(policy.languages.ruby!.errors.timeout).toBe('Revox::Errors::APITimeoutError');
  });
});
