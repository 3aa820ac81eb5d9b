// The operation model, on tiny inline specs: each fact it derives, and the
// mistakes it refuses. The real spec's model is checked where it is used.
import { describe, expect, it } from 'vitest';
import { endpointsOf, loadModel, loadPolicy, modelOf, operationAt } from '../lib/index.js';

const ok = (schema: unknown, mediaType = 'application/json') => ({
  '200': { description: 'ok', content: { [mediaType]: { schema, examples: { one: { summary: 'One', value: { id: 'x' } } } } } },
});

function spec(paths: Record<string, unknown>, components: Record<string, unknown> = {}) {
  return { openapi: '3.1.0', info: { title: 'T', version: '1.2.3' }, servers: [{ url: 'https://api.test/v1' }], paths, components };
}

const things: any = spec(
  {
    '/things/{id}': {
      parameters: [
        { $ref: '#/components/parameters/Id' },
        { name: 'lang', in: 'query', schema: { type: 'string' }, description: 'path-level' },
      ],
      get: {
        operationId: 'retrieveThing',
        'x-revox-sdk': 'things.retrieve',
        parameters: [
          { name: 'lang', in: 'query', required: true, schema: { type: 'string' }, example: 'fr', description: 'operation-level' },
        ],
        responses: ok({ $ref: '#/components/schemas/Thing' }),
      },
      patch: {
        operationId: 'updateThing',
        'x-revox-sdk': 'things.update',
        'x-revox-idempotent': true,
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingParams' }, example: { name: 'a' } } } },
        responses: ok({ type: 'object' }),
      },
    },
    '/things': {
      post: {
        operationId: 'createThing',
        'x-revox-sdk': 'things.create',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingParams' } } } },
        responses: ok({ type: 'string', format: 'binary' }, 'audio/mpeg'),
      },
      get: {
        operationId: 'listThings',
        'x-revox-sdk': 'things.list',
        'x-revox-pagination': { page: 'page', size: 'size', items: 'things' },
        responses: ok({ type: 'object' }),
      },
    },
    '/me/settings': {
      delete: { operationId: 'resetSettings', 'x-revox-sdk': 'users.me.settings.reset', responses: ok({ type: 'object' }) },
    },
  },
  {
    parameters: { Id: { name: 'id', in: 'path', required: true, schema: { type: 'string' }, example: 'thing_1' } },
    schemas: { Thing: { type: 'object' }, ThingParams: { type: 'object' } },
  },
);
const model = modelOf(things);
const byId = (id: string) => model.operations.find((o) => o.id === id)!;

describe('the operation model', () => {
  it('reads the title, version and base URL, and each operation once', () => {
    expect([model.title, model.version, model.baseUrl]).toEqual(['T', '1.2.3', 'https://api.test/v1']);
    expect(model.operations.map((o) => `${o.method} ${o.path}`)).toEqual([
      'GET /things/{id}',
      'PATCH /things/{id}',
      'GET /things',
      'POST /things',
      'DELETE /me/settings',
    ]);
  });

  it('merges path-level parameters into each operation, the operation-level one winning', () => {
    const retrieve = byId('retrieveThing');
    expect(retrieve.pathParams.map((p) => [p.name, p.required, p.example])).toEqual([['id', true, 'thing_1']]);
    expect(retrieve.query).toEqual([
      { name: 'lang', in: 'query', required: true, description: 'operation-level', schema: { type: 'string' }, example: 'fr' },
    ]);
    expect(byId('updateThing').query.map((p) => p.description)).toEqual(['path-level']);
    expect(retrieve.example).toEqual({ pathParams: { id: 'thing_1' }, query: { lang: 'fr' }, headers: {}, body: undefined });
  });

  it('lists path parameters in the order the template names them, not the order they are declared in', () => {
    const nested = modelOf(
      spec({
        '/shelves/{shelf}/things/{id}': {
          get: {
            operationId: 'retrieveShelfThing',
            'x-revox-sdk': 'shelves.things.retrieve',
            parameters: ['id', 'shelf'].map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
            responses: ok({ type: 'object' }),
          },
        },
      }),
    );
    expect(nested.operations[0]!.pathParams.map((p) => p.name)).toEqual(['shelf', 'id']);
  });

  it('takes idempotency from x-revox-idempotent, else from the method', () => {
    expect(model.operations.map((o) => [o.id, o.idempotent])).toEqual([
      ['retrieveThing', true],
      ['updateThing', true],
      ['listThings', true],
      ['createThing', false],
      ['resetSettings', true],
    ]);
  });

  it('describes the body and the success answer: component, media type, examples', () => {
    expect(byId('updateThing').body).toMatchObject({
      component: 'ThingParams',
      required: false,
      examples: [{ name: 'example', value: { name: 'a' } }],
    });
    expect(byId('createThing').body).toMatchObject({ required: true, examples: [] });
    expect(byId('retrieveThing').success).toMatchObject({
      status: '200',
      mediaType: 'application/json',
      json: true,
      component: 'Thing',
      examples: [{ name: 'one', summary: 'One', value: { id: 'x' } }],
    });
    expect(byId('createThing').success).toMatchObject({
      mediaType: 'audio/mpeg',
      json: false,
      component: undefined,
      accept: 'audio/mpeg, audio/*;q=0.9, application/json;q=0.5',
    });
    expect(byId('retrieveThing').success.accept).toBe('application/json');
  });

  it('names each SDK method and its official type names from x-revox-sdk', () => {
    expect(byId('resetSettings').sdk).toEqual({
      name: 'users.me.settings.reset',
      resource: ['users', 'me', 'settings'],
      method: 'reset',
      types: { params: undefined, response: 'SettingResetResponse' },
    });
    expect(byId('updateThing').sdk.types).toEqual({ params: 'ThingUpdateParams', response: 'ThingUpdateResponse' });
    expect(byId('retrieveThing').sdk.types.params).toBe('ThingRetrieveParams'); // from its query
    expect(byId('listThings').pagination).toEqual({ page: 'page', size: 'size', items: 'things' });
  });

  it('refuses an operation without an SDK name, and two operations with the same one', () => {
    const unnamed = structuredClone(things);
    delete unnamed.paths['/things'].post['x-revox-sdk'];
    expect(() => modelOf(unnamed)).toThrow(/createThing: x-revox-sdk must name the SDK method as resource\.method/);
    const twice = structuredClone(things);
    twice.paths['/things'].post['x-revox-sdk'] = 'things.update';
    expect(() => modelOf(twice)).toThrow('createThing and updateThing share the SDK name things.update');
    // Type names come from the method's resource: two resources called `things` would give two ThingUpdateParams.
    const sameTypes = structuredClone(things);
    sameTypes.paths['/things'].post['x-revox-sdk'] = 'shelves.things.update';
    expect(() => modelOf(sameTypes)).toThrow(/share the SDK name ThingUpdate(Params|Response)/);
  });

  it('lists endpoints of specs that predate the SDK names, such as the released one', () => {
    const unnamed = structuredClone(things);
    delete unnamed.paths['/things'].post['x-revox-sdk'];
    expect(endpointsOf(unnamed).map((e) => `${e.method} ${e.path}`)).toContain('POST /things');
  });

  it('finds the operation a concrete path addresses, a parameter matching one segment, a literal segment first', () => {
    expect(operationAt(model, 'patch', '/things/thing%201')?.id).toBe('updateThing');
    const literalLater = modelOf(
      spec({
        '/voices/{id}': { get: { operationId: 'retrieveVoice', 'x-revox-sdk': 'voices.retrieve', responses: ok({ type: 'object' }) } },
        '/voices/preview': { get: { operationId: 'previewVoice', 'x-revox-sdk': 'voices.preview', responses: ok({ type: 'object' }) } },
      }),
    );
    expect(operationAt(literalLater, 'GET', '/voices/preview')?.id).toBe('previewVoice');
    expect(operationAt(literalLater, 'GET', '/voices/v1')?.id).toBe('retrieveVoice');
    expect(operationAt(model, 'GET', '/things')?.id).toBe('listThings');
    expect(operationAt(model, 'GET', '/things/a/b')).toBeUndefined();
    expect(operationAt(model, 'PUT', '/things/a')).toBeUndefined();
  });
});

describe('the real spec and the SDK policy', () => {
  it('load: the model (which refuses an operation without an SDK name), and the policy with its defaults', () => {
    expect(loadModel().operations.length).toBeGreaterThan(0);
    const policy = loadPolicy();
    expect(policy.errors.byStatus['404']).toBe('NotFoundError');
    expect(policy.errors.serverError).toBe('InternalServerError');
    expect(policy.retry.nonIdempotent.statuses).toEqual([429, 503]);
    expect(policy.retry.jitter).toBe(0.25);
    expect(policy.options.timeout.defaultMs).toBe(60_000);
  });
});
