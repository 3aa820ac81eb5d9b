// The SDK against an independent implementation of the spec: Stoplight Prism,
// mocking spec/openapi.yaml with request validation on. Both must agree on
// what is valid, and the SDK must surface Prism's verdicts as typed errors.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Revox, UnprocessableEntityError } from '@revoxai/sdk';
import { requestIssues } from '@revoxai/sdk/validate';
import { createAjv, loadSpec, problems } from '@revoxai/spec';
import { startPrism } from '../lib/prism.mjs';
import { arbitraryFor, sitesOf, withValueAt, wrongTypeFor } from './support/arbitrary.js';
import { SEED } from './support/fc.js';

const spec = loadSpec();
const ajv = createAjv(spec);
const operation = spec.paths['/assistants/{id}'].patch;
const exampleAssistant = operation.responses['200'].content['application/json'].examples.updatedAssistant.value.assistant;
const examples = Object.values<{ value: Record<string, unknown> }>(operation.requestBody.content['application/json'].examples).map((e) => e.value);
const paramsSchema = { $ref: '#/components/schemas/AssistantUpdateParams' };
const GENERATED = 100;

let prism: Awaited<ReturnType<typeof startPrism>>;
let client: Revox;
beforeAll(async () => {
  prism = await startPrism();
  client = new Revox({ apiKey: 'sk_test_prism', baseURL: prism.url, maxRetries: 0, logLevel: 'off' });
}, 90_000);
afterAll(() => prism?.stop());

interface Violation {
  location: string[];
  message: string;
}
const violationsOf = (headers: Headers): Violation[] => JSON.parse(headers.get('sl-violations') ?? '[]');

describe('valid bodies are accepted by Prism and typed responses come back', () => {
  it('the spec examples and the empty update', async () => {
    for (const body of [{}, ...examples]) {
      const response = await client.assistants.update(exampleAssistant.id, body);
      expect(problems(ajv, '#/components/schemas/AssistantResponse', response)).toEqual([]);
      expect(response.assistant).toEqual(exampleAssistant);
    }
  });

  it(`${GENERATED} generated bodies`, async () => {
    for (const body of fc.sample(arbitraryFor(spec, paramsSchema), { seed: SEED, numRuns: GENERATED })) {
      const response = await client.assistants.update('asst_1', body as Record<string, unknown>);
      expect(response.assistant.id).toBe(exampleAssistant.id);
    }
  });
});

describe('invalid bodies are rejected by Prism, and the SDK says why', () => {
  const cases: [string, unknown, string[]][] = [
    ['unknown voice provider', { voice: { id: 'v', provider: 'acme' } }, ['body', 'voice', 'provider']],
    ['fractional delay', { first_sentence_delay_ms: 1.5 }, ['body', 'first_sentence_delay_ms']],
    ['null webhook_url (nullable only in responses)', { webhook_url: null }, ['body', 'webhook_url']],
    ['zero max_retry_attempts', { call_retry_config: { max_retry_attempts: 0, calling_windows: [] } }, ['body', 'call_retry_config', 'max_retry_attempts']],
    ['FAQ item without an answer', { faq_items: [{ question: 'Parking?' }] }, ['body', 'faq_items', '0']],
  ];

  it.each(cases)('%s: low-level client gets 422 with the violation', async (_name, body, location) => {
    const { data, error, response } = await client.api.PATCH('/assistants/{id}', { params: { path: { id: 'a' } }, body: body as never });
    expect(data).toBeUndefined();
    expect(error).toBeDefined();
    expect(response.status).toBe(422);
    expect(violationsOf(response.headers).map((v) => v.location.slice(1).join('.'))).toContain(location.join('.'));
  });

  it.each(cases)('%s: update() throws UnprocessableEntityError carrying the violation', async (_name, body, location) => {
    const error = await client.assistants.update('a', body as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    const violation = violationsOf((error as UnprocessableEntityError).headers).find((v) => v.location.slice(1).join('.') === location.join('.'));
    expect(violation?.message).toMatch(/^Request body/);
  });

  it(`Prism and the SDK validator agree on ${GENERATED} generated invalid bodies`, async () => {
    const broken = fc
      .sample(fc.tuple(arbitraryFor(spec, paramsSchema), fc.nat()), { seed: SEED + 1, numRuns: GENERATED })
      .map(([body, pick]) => {
        const sites = sitesOf(spec, paramsSchema, body).filter((site) => site.path.length > 0);
        if (!sites.length) return { voice: 7 };
        const site = sites[pick % sites.length]!;
        return withValueAt(body, site.path, wrongTypeFor(spec, site));
      });
    for (const body of broken) {
      expect(requestIssues('PATCH', '/assistants/{id}', body)).not.toEqual([]);
      const { response } = await client.api.PATCH('/assistants/{id}', { params: { path: { id: 'a' } }, body: body as never });
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
  });
});
