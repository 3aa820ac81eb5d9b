// The conformance table: one list of cases that every SDK runs through its
// adapter (test/support/adapters.ts), so that the languages behave alike by
// construction, not by hope. Each case is data: the call (an SDK method by
// its name, path values, named parameters by the plan's identifiers), the
// client's options, what the server does (lib/fault-server.mjs), and what
// must happen: the requests the server sees and the answer or the kind of
// error. An error's kind is a column of spec/sdk-policy.yaml's `languages`
// table (`timeout` is APIConnectionTimeoutError in TypeScript and
// APITimeoutError in Ruby and Python); `{ status }` is the class the policy
// gives that status. A new language passes it by adding an adapter.

/** Retries at once: the table counts attempts, not waits. */
const FAST = { maxRetries: 2, retryDelay: { initialMs: 1, maxMs: 5 } };
const ASSISTANT = { assistant: { id: 'asst_1', name: 'Front desk' } };
const CALL = { call: { id: 'call_1' } };
/** An id that survives the trip only when encoded as one path segment. */
const AWKWARD_ID = 'asst 1/ü?#';

/** The call of every case that does not say: an idempotent update. */
const update = { call: 'assistants.update', path: ['asst_1'], params: { name: 'Front desk' } };
/** Places a phone call: never sent again once the server may have acted. */
const placeCall = { call: 'call.create', params: { phone_number: '+33612345678', assistant_id: 'asst_1' } };
const retrieve = { call: 'assistants.retrieve', path: ['asst_1'] };

/**
 * @typedef {{
 *   name: string,
 *   call: string, path?: unknown[], params?: Record<string, unknown>,
 *   requestOptions?: { extraHeaders?: Record<string, string>, extraBody?: Record<string, unknown> },
 *   client?: Record<string, unknown>,
 *   baseUrl?: 'refused' | 'userinfo',
 *   before?: { call: string, path?: unknown[], params?: Record<string, unknown> },
 *   script?: import('../lib/fault-server.mjs').Step[],
 *   expect: Expectation | Record<string, Expectation>,
 * }} Case
 * @typedef {{
 *   requests: number,
 *   attempts?: number,
 *   answer?: unknown,
 *   error?: string | { status: number },
 *   sent?: { path?: string, query?: string, body?: unknown, headers?: Record<string, string> },
 *   withinMs?: number,
 *   secrets?: string[],
 * }} Expectation
 */

/** @type {Case[]} */
export const CASES = [
  // Retries, per class of failure and operation.
  {
    name: 'idempotent: 503 then 200 is retried',
    ...update,
    client: FAST,
    script: [
      { status: 503, json: {} },
      { status: 200, json: ASSISTANT },
    ],
    expect: { requests: 2, answer: ASSISTANT },
  },
  {
    name: 'idempotent: 500, 500, then 200 is retried twice',
    ...update,
    client: FAST,
    script: [
      { status: 500, json: {} },
      { status: 500, json: {} },
      { status: 200, json: ASSISTANT },
    ],
    expect: { requests: 3, answer: ASSISTANT },
  },
  {
    name: 'placing a call: 503 (the server did not act) is retried',
    ...placeCall,
    client: FAST,
    script: [
      { status: 503, json: {} },
      { status: 200, json: CALL },
    ],
    expect: { requests: 2, answer: CALL },
  },
  {
    name: 'placing a call: 429 is retried',
    ...placeCall,
    client: FAST,
    script: [
      { status: 429, json: {}, headers: { 'retry-after-ms': '1' } },
      { status: 200, json: CALL },
    ],
    expect: { requests: 2, answer: CALL },
  },
  {
    name: 'placing a call: 500 is not retried',
    ...placeCall,
    client: FAST,
    script: [{ status: 500, json: { message: 'Boom.' } }],
    expect: { requests: 1, error: { status: 500 } },
  },
  {
    name: 'placing a call: 409 is not retried',
    ...placeCall,
    client: FAST,
    script: [{ status: 409, json: {} }],
    expect: { requests: 1, error: { status: 409 } },
  },
  {
    name: 'idempotent: 404 is not retried',
    ...retrieve,
    client: FAST,
    script: [{ status: 404, json: { message: 'Not found.' } }],
    expect: { requests: 1, error: { status: 404 } },
  },
  {
    name: 'idempotent: a connection dropped before the answer is retried',
    ...update,
    client: FAST,
    script: [{ drop: true }, { drop: true }, { status: 200, json: ASSISTANT }],
    expect: { requests: 3, answer: ASSISTANT },
  },
  {
    name: 'placing a call: a connection dropped after sending is not retried',
    ...placeCall,
    client: FAST,
    script: [{ drop: true }],
    expect: { requests: 1, error: 'connection' },
  },
  {
    name: 'placing a call: a reset after sending is not retried',
    ...placeCall,
    client: FAST,
    script: [{ reset: true }],
    expect: { requests: 1, error: 'connection' },
  },
  {
    name: 'placing a call: a refused connection is retried (nothing was sent)',
    ...placeCall,
    client: FAST,
    baseUrl: 'refused',
    expect: { requests: 0, attempts: 3, error: 'connection' },
  },
  {
    name: 'idempotent: a kept-alive connection the server closed is sent again',
    ...retrieve,
    before: retrieve,
    client: FAST,
    script: [{ status: 200, json: { id: 'asst_1' } }, { closeIfReused: { status: 200, json: { id: 'asst_1' } } }],
    expect: { requests: 2, answer: { id: 'asst_1' } },
  },
  {
    name: 'placing a call: on a kept-alive connection the server closed, it is not sent again',
    ...placeCall,
    before: retrieve,
    client: FAST,
    script: [{ status: 200, json: { id: 'asst_1' } }, { closeIfReused: { status: 200, json: CALL } }],
    expect: { requests: 1, error: 'connection' },
  },

  // Waits the server asks for.
  {
    name: 'retry-after-ms is obeyed',
    ...update,
    client: FAST,
    script: [
      { status: 429, json: {}, headers: { 'retry-after-ms': '30' } },
      { status: 200, json: ASSISTANT },
    ],
    expect: { requests: 2, answer: ASSISTANT },
  },
  {
    name: 'Retry-After in seconds is obeyed',
    ...update,
    client: FAST,
    script: [
      { status: 503, json: {}, headers: { 'retry-after': '0' } },
      { status: 200, json: ASSISTANT },
    ],
    expect: { requests: 2, answer: ASSISTANT },
  },
  {
    name: 'a longer Retry-After than the client sits through fails at once',
    ...update,
    client: { ...FAST, maxRetryAfterMs: 1000 },
    script: [{ status: 429, json: { message: 'Slow down.' }, headers: { 'retry-after': '120' } }],
    expect: { requests: 1, error: { status: 429 }, withinMs: 5000 },
  },

  // The timeout covers the whole attempt, a slow body included. Where the
  // server must see each attempt, the timeout leaves time for a loaded
  // machine to deliver it (300 ms did not, once, at load 10 on 2 cores).
  {
    name: 'idempotent: a server that never answers times out, and is retried',
    ...retrieve,
    client: { ...FAST, maxRetries: 1, timeoutMs: 1500 },
    script: [{ hang: true }],
    expect: { requests: 2, error: 'timeout' },
  },
  {
    name: 'placing a call: a timeout is not retried',
    ...placeCall,
    client: { ...FAST, timeoutMs: 1500 },
    script: [{ hang: true }],
    expect: { requests: 1, error: 'timeout' },
  },
  {
    name: 'a body that trickles past the timeout fails at the timeout, not when the body ends',
    ...retrieve,
    client: { ...FAST, maxRetries: 0, timeoutMs: 500 },
    // 40 bytes, one every 300 ms: 12 s, against a 0.5 s timeout.
    script: [{ trickle: { status: 200, body: JSON.stringify({ id: 'asst_1', name: 'x'.repeat(17) }), everyMs: 300 } }],
    expect: { requests: 1, error: 'timeout', withinMs: 5000 },
  },
  {
    name: 'a status line and headers that trickle past the timeout fail at the timeout',
    ...retrieve,
    client: { ...FAST, maxRetries: 0, timeoutMs: 500 },
    // About 75 bytes, one every 300 ms: over 20 s, against a 0.5 s timeout.
    script: [{ trickleHead: { everyMs: 300 } }],
    expect: { requests: 1, error: 'timeout', withinMs: 5000 },
  },

  // The request budget: 1 + maxRetries.
  {
    name: 'the budget holds: 503 forever with maxRetries 3',
    ...update,
    client: { ...FAST, maxRetries: 3 },
    script: [{ status: 503, json: {} }],
    expect: { requests: 4, error: { status: 503 } },
  },
  {
    name: 'the budget holds: maxRetries 0 sends once',
    ...update,
    client: { ...FAST, maxRetries: 0 },
    script: [{ status: 503, json: {} }],
    expect: { requests: 1, error: { status: 503 } },
  },

  // What goes on the wire.
  {
    name: 'keywords are sent under their wire names',
    call: 'voices.preview',
    params: { provider: 'cartesia', voice_id: 'v1', text: 'Bonjour' },
    client: FAST,
    script: [{ status: 200, body: 'ID3', headers: { 'content-type': 'audio/mpeg' } }],
    expect: {
      requests: 1,
      sent: { path: '/voices/preview', body: { provider: 'cartesia', voiceId: 'v1', text: 'Bonjour' } },
      answer: { binary: 3 },
    },
  },
  {
    name: 'an id is encoded as one path segment',
    call: 'assistants.retrieve',
    path: [AWKWARD_ID],
    client: FAST,
    script: [{ status: 200, json: { id: AWKWARD_ID } }],
    expect: { requests: 1, sent: { path: `/assistants/${encodeURIComponent(AWKWARD_ID)}` }, answer: { id: AWKWARD_ID } },
  },
  {
    name: 'the query is sent as given',
    call: 'call.list',
    params: { page: 0, page_size: 5 },
    client: FAST,
    script: [{ status: 200, json: { calls: [] } }],
    expect: { requests: 1, sent: { path: '/call', query: 'page=0&page_size=5' }, answer: { calls: [] } },
  },
  {
    name: 'an empty id is refused before sending',
    call: 'assistants.retrieve',
    path: [''],
    client: FAST,
    expect: { requests: 0, error: 'invalidRequest' },
  },
  {
    name: 'a dot-segment id is refused before sending',
    call: 'assistants.retrieve',
    path: ['..'],
    client: FAST,
    expect: { requests: 0, error: 'invalidRequest' },
  },
  {
    name: 'an unknown keyword is refused where keywords exist; TypeScript sends it (its types are the guard)',
    call: 'assistants.update',
    path: ['asst_1'],
    params: { nmae: 'Front desk' },
    client: FAST,
    script: [{ status: 200, json: ASSISTANT }],
    expect: {
      refused: { requests: 0, error: 'unknownKeyword' },
      sent: { requests: 1, sent: { body: { nmae: 'Front desk' } }, answer: ASSISTANT },
    },
  },
  {
    name: 'a missing required keyword is refused before sending',
    call: 'call.create',
    params: { assistant_id: 'asst_1' },
    client: FAST,
    expect: { requests: 0, error: 'missingKeyword' },
  },
  {
    name: 'extra body fields are sent on purpose',
    ...update,
    requestOptions: { extraBody: { beta_setting: true } },
    client: FAST,
    script: [{ status: 200, json: ASSISTANT }],
    expect: { requests: 1, sent: { body: { name: 'Front desk', beta_setting: true } }, answer: ASSISTANT },
  },

  // Hostile servers and networks.
  {
    name: 'placing a call: a 307 is not followed, and nothing is sent again',
    ...placeCall,
    client: FAST,
    script: [{ redirect: { status: 307, location: '/call-again' } }],
    expect: { requests: 1, error: { status: 307 } },
  },
  {
    name: 'idempotent: a 302 is not followed',
    ...retrieve,
    client: FAST,
    script: [{ redirect: { status: 302, location: 'http://elsewhere.test/assistants/asst_1' } }],
    expect: { requests: 1, error: { status: 302 } },
  },
  {
    name: 'idempotent: a body cut short of its Content-Length is a connection error, retried',
    ...retrieve,
    client: { ...FAST, maxRetries: 1 },
    script: [{ truncate: { status: 200, body: '{"id": "asst_', declared: 1000 } }],
    expect: { requests: 2, error: 'connection' },
  },
  {
    name: 'placing a call: a body cut short is not retried',
    ...placeCall,
    client: FAST,
    script: [{ truncate: { status: 200, body: '{"call": {"id":', declared: 1000 } }],
    expect: { requests: 1, error: 'connection' },
  },
  {
    name: 'an answer larger than maxResponseBytes stops the read',
    ...retrieve,
    client: { ...FAST, maxResponseBytes: 10_000 },
    script: [{ large: { status: 200, bytes: 200_000 } }],
    expect: { requests: 1, error: 'tooLarge' },
  },
  {
    name: 'the limit counts decoded bytes: a small gzip body that inflates past it',
    ...retrieve,
    client: { ...FAST, maxResponseBytes: 1_000_000 },
    script: [{ large: { status: 200, bytes: 8_000_000, gzip: true } }],
    expect: { requests: 1, error: 'tooLarge' },
  },
  {
    name: 'a key the server echoes in an error never reaches the error',
    ...update,
    client: FAST,
    script: [{ echoAuthorization: { status: 400 } }],
    expect: { requests: 1, error: { status: 400 } },
  },
  {
    name: 'an empty 200 where JSON is documented is an error',
    ...retrieve,
    client: FAST,
    script: [{ status: 200, body: '' }],
    expect: { requests: 1, error: 'invalidAnswer' },
  },
  {
    name: 'a 204 where JSON is documented is an error',
    ...retrieve,
    client: FAST,
    script: [{ status: 204 }],
    expect: { requests: 1, error: 'invalidAnswer' },
  },
  {
    name: 'debug logs mask every credential header',
    ...update,
    client: { ...FAST, logLevel: 'debug' },
    requestOptions: { extraHeaders: { 'x-auth-token': 'tok_secret_4bd1', 'x-trace-id': 'trace-7' } },
    script: [{ status: 200, json: ASSISTANT }],
    expect: {
      requests: 1,
      sent: { headers: { 'x-auth-token': 'tok_secret_4bd1', 'x-trace-id': 'trace-7' } },
      answer: ASSISTANT,
      secrets: ['tok_secret_4bd1'],
    },
  },
  {
    name: 'a base URL with a password is refused at construction',
    ...update,
    client: FAST,
    baseUrl: 'userinfo',
    expect: { requests: 0, error: 'configuration', secrets: ['hunter2'] },
  },
];

/** The password of the `userinfo` base URL: it must appear nowhere. */
export const USERINFO = 'user:hunter2';
