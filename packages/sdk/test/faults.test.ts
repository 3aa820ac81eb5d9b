// Fault injection: a scripted server misbehaves in the ways real networks and
// proxies do. For each scenario: how many attempts reached the server, what
// the caller got, how long it took, and that the update was never sent more
// often than maxRetries allows. The table is printed at the end of the run.
import { afterAll, describe, expect, it } from 'vitest';
import type { ClientOptions } from '../src/index.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  InternalServerError,
} from '../src/index.js';
import { clientFor } from './support/client.js';
import type { Handler } from './support/server.js';
import { assistant, destroy, hang, json, startServer, text } from './support/server.js';

const MAX_RETRIES = 2;
// Short, for the scenarios that test timeouts; the others get a long one so
// that a slow machine cannot turn a normal answer into a timeout.
const TIMEOUT = 150;
const PATIENT = { timeout: 30_000 };

interface Scenario {
  name: string;
  script: () => Handler[];
  options?: ClientOptions;
  attempts: number;
  error?: new (...args: never[]) => Error;
  message?: RegExp;
  /** The least time the call must take (a wait the server asked for). */
  atLeastMs?: number;
}

const bigAssistant = assistant({ faq_items: Array.from({ length: 40_000 }, (_, i) => ({ question: `Question ${i}?`, answer: 'x'.repeat(200) })) });

const scenarios: Scenario[] = [
  { name: '500, 500, then 200', options: PATIENT, script: () => [json(500, {}), json(500, {}), json(200, { assistant: assistant() })], attempts: 3 },
  { name: '429 with Retry-After: 1', options: PATIENT, script: () => [json(429, {}, { 'retry-after': '1' }), json(200, { assistant: assistant() })], attempts: 2, atLeastMs: 950 },
  {
    name: '429 with Retry-After as an HTTP date',
    options: PATIENT,
    // HTTP dates have one-second resolution: ask for the second after next.
    script: () => [json(429, {}, { 'retry-after': new Date(Math.ceil((Date.now() + 1000) / 1000) * 1000).toUTCString() }), json(200, { assistant: assistant() })],
    attempts: 2,
    atLeastMs: 0,
  },
  { name: '429 with retry-after-ms: 300', options: PATIENT, script: () => [json(429, {}, { 'retry-after-ms': '300' }), json(200, { assistant: assistant() })], attempts: 2, atLeastMs: 290 },
  { name: '503 forever', options: PATIENT, script: () => [json(503, { message: 'Down for maintenance.' })], attempts: MAX_RETRIES + 1, error: InternalServerError, message: /^503 Down for maintenance\.$/ },
  { name: 'socket destroyed before the response', options: PATIENT, script: () => [destroy], attempts: MAX_RETRIES + 1, error: APIConnectionError, message: /^Connection error: / },
  {
    name: 'socket destroyed during the response',
    options: PATIENT,
    script: () => [
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"assistant": {"id": "asst_');
        setTimeout(() => res.socket?.destroy(), 10);
      },
    ],
    attempts: MAX_RETRIES + 1,
    error: APIConnectionError,
  },
  { name: 'headers never come', script: () => [hang], attempts: MAX_RETRIES + 1, error: APIConnectionTimeoutError, atLeastMs: (MAX_RETRIES + 1) * TIMEOUT },
  {
    name: 'body stalls after the headers',
    script: () => [
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"assistant":');
      },
    ],
    attempts: MAX_RETRIES + 1,
    error: APIConnectionTimeoutError,
  },
  { name: 'malformed JSON with status 200', options: PATIENT, script: () => [json(200, '{"assistant": {')], attempts: 1, error: APIError, message: /^200 response body is not valid JSON/ },
  {
    name: 'HTML 502 from a proxy',
    options: PATIENT,
    script: () => [text(502, '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>', 'text/html')],
    attempts: MAX_RETRIES + 1,
    error: InternalServerError,
    message: /^502 Bad Gateway \(HTML error page\)$/,
  },
  { name: 'empty-body 401', options: PATIENT, script: () => [text(401, '')], attempts: 1, error: AuthenticationError, message: /^401 status code \(no body\)$/ },
  { name: 'very large response (≈10 MB)', script: () => [json(200, { assistant: bigAssistant })], attempts: 1, options: PATIENT },
];

const rows: string[] = [];

describe('fault injection', () => {
  it.each(scenarios)('$name', async (scenario) => {
    const server = await startServer(...scenario.script());
    try {
      const client = clientFor(server, { maxRetries: MAX_RETRIES, timeout: TIMEOUT, ...scenario.options });
      const body = { name: 'Front desk' };
      const started = Date.now();
      const outcome = await client.assistants.update('asst_1', body).then(
        (value) => ({ value, error: undefined }),
        (error: Error) => ({ value: undefined, error }),
      );
      const elapsed = Date.now() - started;
      const attempts = server.requests.length;
      rows.push(
        `| ${scenario.name} | ${attempts} | ${outcome.error ? `${outcome.error.name}: ${outcome.error.message.slice(0, 60)}` : 'success'} | ${elapsed} |`,
      );

      expect(attempts).toBe(scenario.attempts);
      expect(attempts).toBeLessThanOrEqual(MAX_RETRIES + 1);
      for (const request of server.requests) expect(request.body).toBe(JSON.stringify(body));
      expect(server.requests.map((r) => r.headers['x-revox-attempt'])).toEqual(server.requests.map((_, i) => String(i + 1)));
      if (scenario.error) {
        expect(outcome.error).toBeInstanceOf(scenario.error);
        expect(outcome.error?.constructor).toBe(scenario.error);
        if (scenario.message) expect(outcome.error?.message).toMatch(scenario.message);
      } else {
        expect(outcome.error).toBeUndefined();
        expect(outcome.value?.assistant.id).toBe('asst_1');
      }
      if (scenario.atLeastMs !== undefined) expect(elapsed).toBeGreaterThanOrEqual(scenario.atLeastMs);
    } finally {
      await server.close();
    }
  });

  it('the large response arrives whole', async () => {
    const server = await startServer(json(200, { assistant: bigAssistant }));
    try {
      const { assistant: received } = await clientFor(server, PATIENT).assistants.update('asst_1');
      expect(received.faq_items).toHaveLength(40_000);
    } finally {
      await server.close();
    }
  });
});

afterAll(() => {
  console.log(['| scenario | attempts | outcome | ms |', '| --- | --- | --- | --- |', ...rows].join('\n'));
});
