// A seeded chaos run: thousands of calls against a server that answers with
// every failure a real network and a real API produce, counting on the
// server what each call sent. Whatever happens, a call sends at most
// 1 + maxRetries requests plus one free re-send after a closed kept-alive
// connection, ends with its own data or a typed RevoxError, and a call order
// (POST /call) is never acted on twice.
import type { Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RevoxError } from '../src/index.js';
import { clientFor } from './support/client.js';
import type { TestServer } from './support/server.js';
import { startServer } from './support/server.js';

const SEED = Number(process.env.CHAOS_SEED ?? 20261201);
const CALLS = 3000;
const MAX_RETRIES = 2;
const TIMEOUT = 600;
const FAULTS = ['ok', 'ok', 'ok', 'ok', 'ok', '500', '429', '503', '404', 'reset', 'hang', 'slow', 'broken', 'close-reused'] as const;
type Fault = (typeof FAULTS)[number];
/** The faults after which the server has not acted on the request. */
const NOT_ACTED: Fault[] = ['429', '503', 'close-reused'];

/** A fault per call and attempt, from the seed: the same whatever order requests arrive in. */
function faultFor(marker: string, attempt: string): Fault {
  let h = SEED ^ 0x9e3779b9;
  for (const c of `${marker}#${attempt}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
  return FAULTS[h % FAULTS.length]!;
}

interface Seen {
  attempt: string;
  fault: Fault;
}
const seen = new Map<string, Seen[]>();
let server: TestServer;

beforeAll(async () => {
  const used = new WeakSet<Socket>();
  server = await startServer((req, res, raw) => {
    const marker = req.method === 'POST' ? JSON.parse(req.body).phone_number : decodeURIComponent(req.url.split('/').pop()!);
    const attempt = String(req.headers['x-revox-attempt']);
    let fault = faultFor(marker, attempt);
    // A kept-alive connection closed as the request arrives can only happen on a reused one.
    if (fault === 'close-reused' && !used.has(raw.socket)) fault = 'ok';
    used.add(raw.socket);
    seen.set(marker, [...(seen.get(marker) ?? []), { attempt, fault }]);
    const answer = () => {
      const body = req.method === 'POST' ? { call: { id: marker } } : req.method === 'GET' ? { id: marker } : { assistant: { id: marker } };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const status = (code: number, headers: Record<string, string> = {}) =>
      void res.writeHead(code, { 'content-type': 'application/json', ...headers }).end('{"message":"chaos"}');
    switch (fault) {
      case 'ok':
        return answer();
      case '500':
      case '404':
        return status(Number(fault));
      case '429':
      case '503':
        return status(Number(fault), { 'retry-after-ms': '5' });
      case 'reset':
      case 'close-reused':
        return void raw.socket.destroy();
      case 'hang':
        return;
      case 'slow':
        return void setTimeout(answer, 20);
      case 'broken':
        return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"assistant": {');
    }
  });
});
afterAll(() => server?.close());

it(`${CALLS} calls through chaos (seed ${SEED}): the retry budget holds, every call ends typed, no call is placed twice`, async () => {
  const client = clientFor(server, { maxRetries: MAX_RETRIES, timeout: TIMEOUT });
  const calls = Array.from({ length: CALLS }, (_, i) => () => {
    const marker = i % 3 === 0 ? `+1555${String(i).padStart(7, '0')}` : `asst_${i}`;
    const run =
      i % 3 === 0
        ? client.call.create({ phone_number: marker }).then((r) => r.call.id)
        : i % 3 === 1
          ? client.assistants.update(marker, { name: 'x' }).then((r) => r.assistant.id)
          : client.assistants.retrieve(marker).then((r) => r.id);
    return run.then(
      (id) => ({ marker, ok: id === marker, error: undefined as unknown }),
      (error: unknown) => ({ marker, ok: false, error }),
    );
  });
  // 50 calls in flight at all times, as a busy application might have.
  const outcomes: Awaited<ReturnType<(typeof calls)[number]>>[] = [];
  let next = 0;
  const worker = async () => {
    while (next < calls.length) outcomes.push(await calls[next++]!());
  };
  await Promise.all(Array.from({ length: 50 }, worker));

  const budget: string[] = [];
  const placedTwice: string[] = [];
  const untyped: string[] = [];
  const counts = { success: 0, error: 0, requests: 0, resent: 0 };
  for (const { marker, ok, error } of outcomes) {
    if (ok) counts.success++;
    else if (error instanceof RevoxError) counts.error++;
    else untyped.push(`${marker}: ${String(error)}`);
    const requests = seen.get(marker) ?? [];
    counts.requests += requests.length;
    const attempts = new Set(requests.map((r) => r.attempt));
    const resent = requests.length - attempts.size; // the same attempt number twice: the free re-send
    counts.resent += resent;
    if (attempts.size > 1 + MAX_RETRIES || resent > 1)
      budget.push(`${marker}: ${requests.map((r) => `${r.attempt}:${r.fault}`).join(' > ')}`);
    if (marker.startsWith('+') && requests.filter((r) => !NOT_ACTED.includes(r.fault)).length > 1)
      placedTwice.push(`${marker}: ${requests.map((r) => r.fault).join(' > ')}`);
  }
  console.log(
    `chaos seed ${SEED}: ${counts.success} successes, ${counts.error} typed errors, ${counts.requests} requests for ${CALLS} calls, ${counts.resent} free re-sends`,
  );
  expect(untyped).toEqual([]);
  expect(budget).toEqual([]);
  expect(placedTwice).toEqual([]);
  expect(counts.success + counts.error).toBe(CALLS);
  expect(counts.success).toBeGreaterThan(CALLS / 4); // the chaos is not everything failing at once
  expect(counts.error).toBeGreaterThan(0); // the chaos really failed some calls
}, 120_000);
