// Generated bodies, for every operation of the spec that takes one: every
// valid body is accepted by the spec's own schema and reaches the server byte
// for byte; every mutated one is rejected by the SDK's opt-in validator, which
// names the field that was broken. The operations are read from the spec, so
// a new one is covered without an edit here.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Revox } from '@revoxai/sdk';
import { openapiFetchClient } from '@revoxai/sdk/openapi-fetch';
import { requestIssues } from '@revoxai/sdk/validate';
import { createAjv, loadModel, loadSpec, problems } from '@revoxai/spec';
import { arbitraryFor, branchFor, fieldName, sitesOf, withValueAt, withoutKeyAt, wrongTypeFor } from './support/arbitrary.js';
import { RUNS, SEED } from './support/fc.js';

const spec = loadSpec();
const ajv = createAjv(spec);
const received: string[] = [];

const server = createServer(async (req, res) => {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  received.push(raw);
  res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
});
// Idle connections stay open between properties: a busy machine can leave one idle past Node's 5 s
// default, and a request on a connection the server just closed would fail for a reason no property is about.
server.keepAliveTimeout = 120_000;
let client: Revox;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = new Revox({
    apiKey: 'sk_test',
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    maxRetries: 0,
    logLevel: 'off',
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Send = (path: string, init: { params: { path: { id: string } }; body: unknown }) => Promise<unknown>;

// JSON bodies: a form's file part is whatever the caller hands over (a Blob,
// bytes), so a JSON value cannot break it; forms are sent in the Prism suite.
const withBodies = loadModel()
  .operations.filter((o) => o.body?.mediaType === 'application/json')
  .map(({ method, path, body }) => {
    const pointer = `#/components/schemas/${body!.component}`;
    return {
      method,
      path,
      pointer,
      schema: { $ref: pointer },
      valid: arbitraryFor(spec, { $ref: pointer }) as fc.Arbitrary<Record<string, unknown>>,
    };
  });

it('finds the operations that take a body', () => {
  expect(withBodies.map((o) => `${o.method} ${o.path}`)).toEqual(expect.arrayContaining(['PATCH /assistants/{id}', 'POST /call']));
});

describe.each(withBodies)('$method $path', ({ method, path, pointer, schema, valid }) => {
  it(`valid bodies are accepted by the spec's schema and sent byte for byte (${RUNS} cases)`, async () => {
    const low = openapiFetchClient(client);
    const send = (low[method as 'POST'] as unknown as Send).bind(low);
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(valid, async (body) => {
        expect(problems(ajv, pointer, body)).toEqual([]);
        expect(requestIssues(method, path, body)).toEqual([]);
        received.length = 0;
        await send(path, { params: { path: { id: 'id_1' } }, body });
        expect(received).toEqual([JSON.stringify(body)]);
        cases++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(cases).toBeGreaterThanOrEqual(RUNS);
  });

  /** A valid body broken at one place, and the field name the validator must report. */
  const mutation = fc.tuple(valid, fc.nat(), fc.boolean()).map(([body, pick, dropKey]) => {
    const sites = sitesOf(spec, schema, body);
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

  it(`mutated bodies are rejected by the SDK validator, naming the broken field (${RUNS} cases)`, () => {
    let cases = 0;
    fc.assert(
      fc.property(mutation, ({ body, field }) => {
        expect(problems(ajv, pointer, body)).not.toEqual([]);
        expect(requestIssues(method, path, body).map((issue) => issue.path)).toContain(field);
        cases++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(cases).toBeGreaterThanOrEqual(RUNS);
  });

  it('mutations change types at every depth, and drop required keys where there are any', () => {
    const samples = fc.sample(mutation, { seed: SEED, numRuns: RUNS });
    expect(samples.some((s) => s.field === 'body')).toBe(true);
    expect(samples.some((s) => s.field !== 'body')).toBe(true);
    // Keys can be dropped wherever a generated body holds an object with required keys (UserUpdateParams has none).
    const hasRequired = fc
      .sample(valid, { seed: SEED, numRuns: 50 })
      .some((body) =>
        sitesOf(spec, schema, body).some(
          (site) =>
            (branchFor(spec, site.schema, site.value).required ?? []).length > 0 && site.value !== null && typeof site.value === 'object',
        ),
      );
    expect(samples.some((s) => s.how.startsWith('without'))).toBe(hasRequired);
  });
});

it('the mutations of the update reach deep into the Assistant settings', () => {
  const update = withBodies.find((o) => o.path === '/assistants/{id}')!;
  const fields = new Set(
    fc
      .sample(fc.tuple(update.valid, fc.nat()), { seed: SEED, numRuns: RUNS })
      .flatMap(([body]) => sitesOf(spec, update.schema, body).map((site) => fieldName(site.path).replace(/\.\d+/g, '[]'))),
  );
  for (const field of [
    'body',
    'voice.provider',
    'llm_model.type',
    'call_retry_config.calling_windows[].retry_delay_seconds',
    'faq_items[].answer',
  ]) {
    expect(fields).toContain(field);
  }
});
