// Generated bodies: every valid one is accepted by the spec's own schema and
// reaches the server byte for byte; every mutated one is rejected by the SDK's
// opt-in validator, which names the field that was broken.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Revox } from '@revoxai/sdk';
import { requestIssues } from '@revoxai/sdk/validate';
import { createAjv, loadSpec, problems } from '@revoxai/spec';
import { arbitraryFor, branchFor, fieldName, sitesOf, withValueAt, withoutKeyAt, wrongTypeFor } from './support/arbitrary.js';
import { RUNS, SEED } from './support/fc.js';

const spec = loadSpec();
const ajv = createAjv(spec);
const PARAMS = '#/components/schemas/AssistantUpdateParams';
const paramsSchema = { $ref: PARAMS };
const validBody = arbitraryFor(spec, paramsSchema) as fc.Arbitrary<Record<string, unknown>>;
const received: string[] = [];

const server = createServer(async (req, res) => {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  received.push(raw);
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"assistant":{}}');
});
let client: Revox;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = new Revox({ apiKey: 'sk_test', baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, maxRetries: 0, logLevel: 'off' });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('valid bodies', () => {
  it(`are accepted by the spec's schema and sent byte for byte (${RUNS} cases)`, async () => {
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(validBody, async (body) => {
        expect(problems(ajv, PARAMS, body)).toEqual([]);
        expect(requestIssues('PATCH', '/assistants/{id}', body)).toEqual([]);
        received.length = 0;
        await client.assistants.update('asst_1', body);
        expect(received).toEqual([JSON.stringify(body)]);
        cases++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(cases).toBeGreaterThanOrEqual(RUNS);
  });
});

describe('mutated bodies', () => {
  /** A valid body broken at one place, and the field name the validator must report. */
  const mutation = fc
    .tuple(validBody, fc.nat(), fc.boolean())
    .map(([body, pick, dropKey]) => {
      const sites = sitesOf(spec, paramsSchema, body);
      const site = sites[pick % sites.length]!;
      const concrete = branchFor(spec, site.schema, site.value);
      const required = (concrete.required ?? []).filter((key: string) => site.value && typeof site.value === 'object' && key in site.value);
      if (dropKey && required.length) {
        const key = required[pick % required.length];
        return { body: withoutKeyAt(body, [...site.path, key]), field: fieldName([...site.path, key]), how: `without ${key}` };
      }
      const wrong = wrongTypeFor(spec, site);
      return { body: withValueAt(body, site.path, wrong), field: fieldName(site.path), how: `set to ${JSON.stringify(wrong)}` };
    });

  it(`are rejected by the SDK validator, naming the broken field (${RUNS} cases)`, () => {
    let cases = 0;
    fc.assert(
      fc.property(mutation, ({ body, field }) => {
        expect(problems(ajv, PARAMS, body)).not.toEqual([]);
        expect(requestIssues('PATCH', '/assistants/{id}', body).map((issue) => issue.path)).toContain(field);
        cases++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(cases).toBeGreaterThanOrEqual(RUNS);
  });

  it('cover type changes and missing required keys across the whole schema', () => {
    const samples = fc.sample(mutation, { seed: SEED, numRuns: RUNS });
    const fields = new Set(samples.map((s) => s.field.replace(/\.\d+/g, '[]')));
    expect(samples.some((s) => s.how.startsWith('without'))).toBe(true);
    for (const field of ['body', 'voice.provider', 'llm_model.type', 'call_retry_config.calling_windows[].retry_delay_seconds', 'faq_items[].answer']) {
      expect(fields).toContain(field);
    }
  });
});
