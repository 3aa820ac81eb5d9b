// Every SDK against an independent implementation of the spec: Stoplight
// Prism, mocking spec/openapi.yaml with request validation on. They must agree
// on what is valid, and surface Prism's verdicts as typed errors. Each SDK is
// reached through an adapter (test/support/adapters.ts): the TypeScript SDK in
// this process, the Ruby gem through adapters/ruby.rb, the Python package
// through packages/python/tests/adapter.py.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Revox, UnprocessableEntityError } from '@revoxai/sdk';
import { openapiFetchClient } from '@revoxai/sdk/openapi-fetch';
import { requestIssues } from '@revoxai/sdk/validate';
import { loadPlan } from '@revoxai/codegen';
import { createAjv, formatErrors, loadModel, loadSpec, validatorFor } from '@revoxai/spec';
import { startPrism } from '../lib/prism.mjs';
import { type Adapter, exampleCall, pythonAdapter, rubyAdapter, typescriptAdapter } from './support/adapters.js';
import { arbitraryFor, sitesOf, withValueAt, wrongTypeFor } from './support/arbitrary.js';
import { SEED } from './support/fc.js';

const spec = loadSpec();
const ajv = createAjv(spec);
const GENERATED = 100;

/** Each operation with its examples (path id, query, first request example) and its answer. */
const operations = loadModel().operations.map((operation) => ({
  ...operation,
  operationId: operation.id,
  examples: operation.body?.examples.map((e) => e.value) ?? [],
  mediaType: operation.success.mediaType,
}));

let prism: Awaited<ReturnType<typeof startPrism>>;
const adapters: Adapter[] = [typescriptAdapter(), rubyAdapter(), pythonAdapter()];
const API_KEY = 'sk_test_prism';
afterAll(() => Promise.all(adapters.map((a) => a.close())));
let client: Revox;
/** The openapi-fetch client over the same transport, for raw requests. */
const api = () => openapiFetchClient(client);
beforeAll(async () => {
  prism = await startPrism();
  client = new Revox({ apiKey: 'sk_test_prism', baseURL: prism.url, maxRetries: 0, logLevel: 'off' });
}, 200_000); // above Prism's own 180 s start-up limit, for a loaded machine
afterAll(() => prism?.stop());

interface Violation {
  location: string[];
  message: string;
}
const violationsOf = (headers: Headers): Violation[] => JSON.parse(headers.get('sl-violations') ?? '[]');
type Send = (
  path: string,
  init: { params: { path: { id: string } }; body: unknown; headers: Record<string, string>; parseAs: 'blob' | 'json' },
) => Promise<{ response: Response }>;
/** Sends through the low-level client, asking for the operation's own media type (Prism answers 406 otherwise, as it should). */
const sendRaw = (method: string, path: string, body: unknown, mediaType: string) =>
  (api()[method as 'POST'] as unknown as Send).call(api(), path, {
    params: { path: { id: 'id_1' } },
    body,
    headers: { Accept: `${mediaType}, application/json;q=0.5` },
    parseAs: mediaType === 'application/json' ? 'json' : 'blob',
  });

describe.each(adapters)('$language SDK', (adapter) => {
  describe.each(loadPlan().operations)('$http.method $http.path', (operation) => {
    it("the method's result, from Prism, is what the spec says", async () => {
      const { answer: result } = (await adapter.call({
        baseUrl: prism.url,
        apiKey: API_KEY,
        client: { maxRetries: 0 },
        ...exampleCall(operation),
      })) as { answer: unknown };
      if (operation.answer.kind === 'binary') {
        expect(result).toEqual({
          binary: {
            bytes: expect.any(Number),
            contentType: expect.stringMatching(new RegExp(`^${operation.answer.mediaType}\\b`)),
            sha256: expect.any(String),
          },
        });
      } else if (operation.answer.kind === 'empty') {
        expect(result).toEqual({ empty: true });
      } else {
        expect(result).toHaveProperty('json');
        const { json } = result as { json: unknown };
        const validate = validatorFor(ajv, operation.answer.schema);
        expect(validate(json) ? [] : formatErrors(validate.errors)).toEqual([]);
        expect(json).toEqual(operation.answer.examples[0]!.value); // Prism serves the spec's example
      }
    });
  });
});

// JSON bodies: a form's file part is whatever the caller hands over, so there
// is no JSON value to generate for it; each SDK sends the form examples above.
describe.each(operations.filter((o) => o.body?.mediaType === 'application/json'))(
  '$method $path with generated bodies',
  ({ method, path, examples, body: requestBody, mediaType }) => {
    const body = { $ref: `#/components/schemas/${requestBody!.component}` };
    it(`Prism accepts the spec's examples and ${GENERATED} generated bodies`, async () => {
      const bodies = [...examples, ...fc.sample(arbitraryFor(spec, body), { seed: SEED, numRuns: GENERATED })];
      for (const value of bodies) {
        const { response } = await sendRaw(method, path, value, mediaType);
        expect(response.status, JSON.stringify(value)).toBe(200);
      }
    });

    it(`Prism and the SDK validator agree on ${GENERATED} generated invalid bodies`, async () => {
      const broken = fc
        .sample(fc.tuple(arbitraryFor(spec, body), fc.nat()), { seed: SEED + 1, numRuns: GENERATED })
        .map(([value, pick]) => {
          const sites = sitesOf(spec, body, value);
          const site = sites[pick % sites.length]!;
          return withValueAt(value, site.path, wrongTypeFor(spec, site));
        });
      for (const value of broken) {
        expect(requestIssues(method, path, value)).not.toEqual([]);
        const { response } = await sendRaw(method, path, value, mediaType);
        expect(response.status, JSON.stringify(value)).toBe(422);
      }
    });
  },
);

describe('invalid bodies are rejected by Prism, and the SDK says why', () => {
  const cases: [string, unknown, string[]][] = [
    ['unknown voice provider', { voice: { id: 'v', provider: 'acme' } }, ['body', 'voice', 'provider']],
    ['fractional delay', { first_sentence_delay_ms: 1.5 }, ['body', 'first_sentence_delay_ms']],
    ['null webhook_url (nullable only in responses)', { webhook_url: null }, ['body', 'webhook_url']],
    [
      'zero max_retry_attempts',
      { call_retry_config: { max_retry_attempts: 0, calling_windows: [] } },
      ['body', 'call_retry_config', 'max_retry_attempts'],
    ],
    ['FAQ item without an answer', { faq_items: [{ question: 'Parking?' }] }, ['body', 'faq_items', '0']],
  ];

  it.each(cases)('%s: low-level client gets 422 with the violation', async (_name, body, location) => {
    const { data, error, response } = await api().PATCH('/assistants/{id}', { params: { path: { id: 'a' } }, body: body as never });
    expect(data).toBeUndefined();
    expect(error).toBeDefined();
    expect(response.status).toBe(422);
    expect(violationsOf(response.headers).map((v) => v.location.slice(1).join('.'))).toContain(location.join('.'));
  });

  it.each(cases)('%s: update() throws UnprocessableEntityError carrying the violation', async (_name, body, location) => {
    const error = await client.assistants.update('a', body as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    const violation = violationsOf((error as UnprocessableEntityError).headers).find(
      (v) => v.location.slice(1).join('.') === location.join('.'),
    );
    expect(violation?.message).toMatch(/^Request body/);
  });

  describe.each(adapters)('$language SDK', (adapter) => {
    it.each(cases)("%s: update raises UnprocessableEntityError whose message has Prism's reason", async (_name, body, location) => {
      const result = await adapter.call({
        baseUrl: prism.url,
        apiKey: API_KEY,
        client: { maxRetries: 0 },
        call: 'assistants.update',
        path: ['a'],
        params: body as Record<string, unknown>,
      });
      const className = loadPlan().policy.languages[adapter.language]!.errors.status!.replace(/[^:]*$/, 'UnprocessableEntityError');
      expect(result).toMatchObject({ error: { className, status: 422 } });
      const { message } = (result as { error: { message: string } }).error;
      expect(message).toMatch(/^422 /);
      expect(message).toContain(`Request body property ${location.slice(1).join('.')}`);
    });
  });
});
