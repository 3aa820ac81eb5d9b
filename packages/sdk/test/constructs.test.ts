// The constructs the API is likely to adopt next (packages/codegen's
// constructs fixture), sent by the client from the rows the generator writes
// for them: an array query (form, exploded), a header parameter, a nested
// path with two ids, a oneOf body, a 204, a multipart upload, a deprecated
// operation. The real spec has none of them yet; when it does, the client
// already sends them right.
import { inputOf, operationRow } from '@revoxai/codegen';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { constructsSpec } from '../../codegen/test/fixtures/constructs.js';
import type { Operation } from '../src/client.js';
import { APIClient } from '../src/client.js';
import { TEST_KEY } from './support/client.js';
import type { TestServer } from './support/server.js';
import { json, startServer } from './support/server.js';

const { plan } = inputOf(constructsSpec());
/** Each operation's row, as the generated OPERATIONS table holds it. */
const rows = Object.fromEntries(plan.operations.map((o) => [o.id, new Function(`return (${operationRow(o)});`)() as Operation]));

type Method = (...args: unknown[]) => Promise<unknown>;
let server: TestServer;
let client: Record<string, Record<string, Method & Record<string, Method>>>;
beforeAll(async () => {
  server = await startServer();
  client = new APIClient(
    { apiKey: TEST_KEY, baseURL: server.url, maxRetries: 2, retryDelay: { initialMs: 1, maxMs: 2 }, logLevel: 'off' },
    rows,
  ) as never;
});
afterAll(() => server.close());

/** The requests the server sees during `call`. */
async function sent(call: () => Promise<unknown>) {
  const before = server.requests.length;
  const result = await call();
  return { result, requests: server.requests.slice(before) };
}

describe('the constructs fixture, sent', () => {
  it('an array query parameter goes form-exploded', async () => {
    server.script(json(200, { calls: [] }));
    const { requests } = await sent(() => client.call!.list!({ page: 0, page_size: 2, statuses: ['queued', 'completed'] }));
    expect(requests.map((r) => r.url)).toEqual(['/calls?page=0&page_size=2&statuses=queued&statuses=completed']);
  });

  it('a header parameter goes as a header under its own name, not in the query', async () => {
    server.script(json(200, { id: 'v1' }));
    const { requests } = await sent(() => client.voices!.retrieve!('v1', { 'X-Revox-Region': 'eu' }));
    expect(requests[0]!.url).toBe('/voices/v1');
    expect(requests[0]!.headers['x-revox-region']).toBe('eu');
    await expect(client.voices!.retrieve!('v1', {})).rejects.toThrow('Invalid request: X-Revox-Region is required');
  });

  it('a nested path takes both ids in template order, each one segment', async () => {
    server.script(json(200, { id: 'faq' }));
    const faqItems = client.assistants!.faqItems as unknown as Record<string, Method>;
    const { requests } = await sent(() => faqItems.update!('asst_1', 'faq 1/é', { answer: 'Yes.', voiceId: 'v1' }));
    expect(requests.map((r) => `${r.method} ${r.url} ${r.body}`)).toEqual([
      'PATCH /assistants/asst_1/faq_items/faq%201%2F%C3%A9 {"answer":"Yes.","voiceId":"v1"}',
    ]);
  });

  it('a oneOf body is sent as given, its one required field checked', async () => {
    server.script(json(200, { id: 't1' }));
    const { requests } = await sent(() => client.tools!.create!({ type: 'transfer', phone_number: '+33612345678' }));
    expect(JSON.parse(requests[0]!.body)).toEqual({ type: 'transfer', phone_number: '+33612345678' });
    await expect(client.tools!.create!({ url: 'https://hooks.test' })).rejects.toThrow('Invalid request: type is required');
  });

  it('a 204 resolves to nothing', async () => {
    server.script((_req, res) => void res.writeHead(204).end());
    const faqItems = client.assistants!.faqItems as unknown as Record<string, Method>;
    const { result, requests } = await sent(() => faqItems.delete!('asst_1', 'faq_1'));
    expect(result).toBeUndefined();
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(['DELETE /assistants/asst_1/faq_items/faq_1']);
  });

  it('a multipart upload sends each field as a part and the file with its bytes, once, and resolves to nothing', async () => {
    server.script((_req, res) => void res.writeHead(204).end());
    const knowledge = client.assistants!.knowledge as unknown as Record<string, Method>;
    const { result, requests } = await sent(() =>
      knowledge.upload!('asst_1', { file: new File(['Opening hours: 9 to 5.'], 'hours.txt', { type: 'text/plain' }), title: 'Hours' }),
    );
    expect(result).toBeUndefined();
    expect(requests).toHaveLength(1);
    const [type, boundary] = String(requests[0]!.headers['content-type']).split('; boundary=');
    expect(type).toBe('multipart/form-data');
    expect(requests[0]!.body).toContain(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="hours.txt"\r\nContent-Type: text/plain\r\n\r\nOpening hours: 9 to 5.\r\n`,
    );
    expect(requests[0]!.body).toContain('Content-Disposition: form-data; name="title"\r\n\r\nHours\r\n');
  });

  it('a multipart upload is not sent again after a dropped connection: it is not idempotent', async () => {
    server.script((_req, res) => void res.socket?.destroy());
    const knowledge = client.assistants!.knowledge as unknown as Record<string, Method>;
    const { requests } = await sent(() => knowledge.upload!('asst_1', { file: new Blob(['x']) }).catch((e: unknown) => e));
    expect(requests).toHaveLength(1);
  });

  it('a deprecated operation is still sent (its method is marked @deprecated in the types)', async () => {
    server.script(json(200, { id: 'asst_1' }));
    const { result } = await sent(() => client.assistants!.retrieveLegacy!('asst_1'));
    expect(result).toEqual({ id: 'asst_1' });
    expect(rows.retrieveLegacyAssistant!.deprecated).toBe(true);
  });
});
