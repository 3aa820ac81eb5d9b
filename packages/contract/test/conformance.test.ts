// The conformance table (conformance/cases.mjs) for every SDK, through its
// adapter: each case against a fresh misbehaving server, checking the
// requests the server saw, the answer or the class of the error (as the
// policy names it in that language), the time it took where the case bounds
// it, and that no secret appears in any error, printout or log line.
import { connect } from 'node:net';
import { setImmediate } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '@revoxai/codegen';
import { CASES, USERINFO } from '../conformance/cases.mjs';
import type { Case, Expectation } from '../conformance/cases.mjs';
import { startFaultServer } from '../lib/fault-server.mjs';
import type { Adapter, Call, Outcome } from './support/adapters.js';
import { pythonAdapter, rubyAdapter, typescriptAdapter } from './support/adapters.js';

const API_KEY = 'sk_test_conformance_9f3a1c';
/**
 * Nothing listens on TCP port 2 (a privileged port with no common service):
 * a connection there is refused before a byte is sent (checked below). Port 1
 * would do too, but fetch refuses to try it (a "bad port").
 */
const REFUSING_PORT = 2;
const REFUSING = `http://127.0.0.1:${REFUSING_PORT}`;
const { policy } = loadPlan();

const adapters: Adapter[] = [typescriptAdapter(), rubyAdapter(), pythonAdapter()];
afterAll(() => Promise.all(adapters.map((a) => a.close())));

beforeAll(async () => {
  const refused = await new Promise<string>((resolve) => {
    const socket = connect(REFUSING_PORT, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
  expect(refused, `the refused-connection cases need port ${REFUSING_PORT} to refuse`).toBe('ECONNREFUSED');
});

/** The class a language gives a kind of error (a column of the policy's `languages` table) or a status. */
function classFor(language: Adapter['language'], error: string | { status: number }): string {
  const names = policy.languages[language]!.errors;
  if (typeof error === 'string') {
    const name = names[error];
    if (!name) throw new Error(`spec/sdk-policy.yaml names no ${error} error for ${language}`);
    return name;
  }
  // Status classes live where the language keeps its status base class (`Revox::Errors::` in Ruby).
  const namespace = names.status!.replace(/[^:]*$/, '');
  const { byStatus, serverError } = policy.errors;
  const name = byStatus[String(error.status)] ?? (error.status >= 500 ? serverError : undefined);
  return name ? `${namespace}${name}` : names.status!;
}

/** The expectation for a language: most cases have one; the unknown-keyword case has one per `unknownKeywords` rule. */
function expectationFor(language: Adapter['language'], expectation: Case['expect']): Expectation {
  if ('requests' in expectation) return expectation as Expectation;
  return (expectation as Record<string, Expectation>)[policy.languages[language]!.unknownKeywords]!;
}

const attemptsLogged = (logs: string[]) => logs.filter((line) => /\(attempt \d+\/\d+\)/.test(line)).length;

describe.each(adapters)('$language SDK', (adapter) => {
  it.each(CASES)('$name', async (c) => {
    const want = expectationFor(adapter.language, c.expect);
    const server = await startFaultServer();
    try {
      if (c.script) server.script(c.script);
      const baseUrl =
        c.baseUrl === 'refused' ? REFUSING : c.baseUrl === 'userinfo' ? server.url.replace('//', `//${USERINFO}@`) : server.url;
      const call = (
        { call, path, params }: Pick<Call, 'call' | 'path' | 'params'>,
        requestOptions?: Call['requestOptions'],
      ): Promise<Outcome> =>
        // Debug logs for every case: they count refused attempts, and they must hold no secret either.
        adapter.call({ baseUrl, apiKey: API_KEY, client: { ...c.client, logLevel: 'debug' }, call, path, params, requestOptions });
      if (c.before) {
        expect(await call(c.before), 'the call before the case').toHaveProperty('answer');
        // Let the client put the connection back in its pool (a turn of the event loop), so the case's call reuses it.
        await setImmediate();
      }
      const before = server.requests.length;
      const started = performance.now();
      const outcome = await call(c, c.requestOptions);
      const elapsed = performance.now() - started;
      const seen = server.requests.slice(before);

      expect(seen.length, 'requests the server saw').toBe(want.requests);
      if (c.before) expect(seen[0]?.reused, "the case's first request came on the kept-alive connection").toBe(true);
      if (want.attempts !== undefined) expect(attemptsLogged(outcome.logs), 'attempts logged').toBe(want.attempts);
      if (want.error !== undefined) {
        expect(outcome, 'an error').toHaveProperty('error');
        const { error } = outcome as Extract<Outcome, { error: unknown }>;
        expect(error.className).toBe(classFor(adapter.language, want.error));
        if (typeof want.error === 'object') expect(error.status).toBe(want.error.status);
      } else {
        expect(outcome, 'an answer').toHaveProperty('answer');
        const { answer } = outcome as Extract<Outcome, { answer: unknown }>;
        const binary =
          want.answer && typeof want.answer === 'object' && 'binary' in want.answer
            ? (want.answer as { binary: number }).binary
            : undefined;
        if (binary !== undefined) expect(answer).toMatchObject({ binary: { bytes: binary } });
        else expect(answer).toEqual({ json: want.answer });
      }
      if (want.sent) {
        const first = seen[0]!;
        if (want.sent.path !== undefined) expect(first.path).toBe(want.sent.path);
        if (want.sent.query !== undefined) expect(first.query).toBe(want.sent.query);
        if (want.sent.body !== undefined) expect(JSON.parse(first.body.toString('utf8'))).toEqual(want.sent.body);
        for (const [name, value] of Object.entries(want.sent.headers ?? {})) expect(first.headers[name]).toBe(value);
      }
      if (want.withinMs !== undefined) expect(elapsed, 'how long the call took (ms)').toBeLessThan(want.withinMs);

      const printed = [JSON.stringify(outcome), ...outcome.logs].join('\n');
      for (const secret of [API_KEY, ...(want.secrets ?? [])])
        expect(printed.includes(secret), `${secret} must appear in no error, printout or log line`).toBe(false);
    } finally {
      await server.close();
    }
  });
});
