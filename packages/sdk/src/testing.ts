// `@revoxai/sdk/testing`: an in-memory Revox API for an application's own
// tests. A client uses it through its `fetch` option, so it opens no socket
// and starts no process: it runs in vitest, jest, node:test, bun test, deno
// test and browsers alike. Every operation answers with its example from the
// spec unless a handler says otherwise; every request is checked against the
// spec with the validators of `@revoxai/sdk/validate`; calls are recorded.
//
//   const mock = createMock({ handlers: { 'assistants.update': ({ body }) => ({ assistant: { ...example, ...body } }) } });
//   const client = new Revox({ apiKey: 'sk_test', fetch: mock.fetch });
import type { AssistantRetrieveResponse as Assistant, operations } from '@revoxai/types';
import { answerValidators } from './generated/answer-validators.js';
import { EXAMPLES, QUERY_TYPES } from './generated/examples.js';
import { SECRET_HEADER } from './generated/policy.js';
import { OPERATIONS, ROUTES } from './generated/revox.js';
import type { OperationIdOf } from './generated/revox.js';
import type { Operation } from './client.js';
import type { ClientOptions } from './options.js';
import { defaultBaseURL } from './options.js';
import { issuesFrom, requestIssues } from './validate.js';

type Operations = typeof OPERATIONS;
type OperationId = keyof Operations;
/** An operation's SDK method name, `assistants.update`. */
export type SdkName = keyof OperationIdOf;
/** The operationId of an operation named by its operationId or its SDK method name. */
type IdOf<K> = K extends OperationId ? K : K extends keyof OperationIdOf ? OperationIdOf[K] : never;

type Content<R> = R extends { content: infer C } ? C[keyof C] : never;
/** A part of an answer: any of its keys, each part of its value; arrays are whole. */
type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
type Success<O> = O extends { responses: infer R } ? Content<R[Extract<keyof R, 200 | 201 | 202 | 203>]> : never;
type Path<O> = O extends { parameters: { path: infer P } }
  ? [P] extends [undefined | never]
    ? Record<string, never>
    : P
  : Record<string, never>;
type Query<O> = O extends { parameters: { query?: infer Q } }
  ? [Q] extends [undefined | never]
    ? Record<string, never>
    : Q
  : Record<string, never>;
// An optional body may be left out by a caller other than the SDK (which sends `{}`).
type Body<O> = O extends { requestBody?: infer B }
  ? {} extends Pick<O, 'requestBody' & keyof O>
    ? Content<B> | undefined
    : Content<B>
  : undefined;

/** What a handler is told of a request, typed from the spec. */
export interface HandlerInput<O> {
  /** The path parameters, decoded: `{ id: 'asst 1' }`. */
  params: Path<O>;
  /** The query, with numbers as numbers. */
  query: Query<O>;
  body: Body<O>;
  /** The request headers, names in lower case, without credentials (`authorization`, `x-api-key`, cookies...). */
  headers: Record<string, string>;
}

/**
 * What a handler may answer: the operation's success body, or part of it
 * (merged over the spec's example, objects key by key, arrays whole), or a
 * `reply` helper's answer.
 */
export type Reply<O> = DeepPartial<Success<O>> | MockReply | Promise<DeepPartial<Success<O>> | MockReply>;
export type Handler<O> = (input: HandlerInput<O>) => Reply<O>;
/** Handlers by SDK method name (`'assistants.update'`) or operationId (`'updateAssistant'`). */
export type Handlers = { [K in SdkName | OperationId]?: Handler<operations[IdOf<K>]> };

/** A request the mock received, for assertions. */
export interface RecordedCall {
  /** The SDK method name, `assistants.update`. */
  operation: SdkName;
  operationId: OperationId;
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  /** Names in lower case; never a credential (`authorization`, `x-api-key`, cookies...). */
  headers: Record<string, string>;
}

const REPLY = Symbol('@revoxai/sdk/testing reply');

/** An answer other than the success body: an error status, a delay, a hang or a dropped connection. */
export interface MockReply {
  readonly [REPLY]: (signal: AbortSignal | null | undefined) => Promise<Response>;
}

const mockReply = (answer: MockReply[typeof REPLY]): MockReply => ({ [REPLY]: answer });

export const reply = {
  /** Answers with `status` and a JSON body (the SDK raises its typed error for a failure status). */
  status: (
    status: number,
    body: unknown = { message: `Status ${status} (@revoxai/sdk/testing)` },
    headers: Record<string, string> = {},
  ): MockReply => mockReply(async () => json(status, body, headers)),
  /** Answers with `then` (a body, or another reply) after `ms` milliseconds; the caller's timeout or abort still applies. */
  delay: (ms: number, then: unknown | MockReply): MockReply => mockReply((signal) => wait(ms, signal).then(() => answer(then, signal))),
  /** Never answers, as a stalled server: the SDK's timeout (or the caller's signal) ends the request. */
  hang: (): MockReply => mockReply((signal) => wait(Number.POSITIVE_INFINITY, signal).then(() => json(500, {}))),
  /**
   * Drops the connection after the request went out, before any answer: the
   * SDK retries what may be sent twice, and never places a call twice.
   */
  drop: (): MockReply =>
    mockReply(async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('other side closed (@revoxai/sdk/testing)'), { code: 'UND_ERR_SOCKET' }),
      });
    }),
};

export interface MockOptions {
  handlers?: Handlers;
  /**
   * Keep assistants in memory: create, retrieve, list, update and delete
   * agree with one another (handlers still win). Off by default: then every
   * operation answers with the spec's example, whatever came before.
   */
  stateful?: boolean;
  /**
   * The API root the client under test uses, when it is not the default
   * (`REVOX_BASE_URL`, else https://www.getrevox.com/api). A request outside
   * it is a problem, as is one below it that is no operation.
   */
  baseURL?: string;
}

export interface RevoxMock {
  /** Pass it as the client's `fetch` option. */
  fetch: typeof fetch;
  /**
   * The client options for a test: this mock's `fetch`, and retries without
   * waiting. The real retry policy still decides which requests are sent
   * again, and how often: `new Revox({ apiKey: 'sk_test', ...mock.clientOptions })`.
   */
  readonly clientOptions: Pick<ClientOptions, 'fetch' | 'retryDelay'>;
  /** Every request received, in order. */
  readonly calls: RecordedCall[];
  /** Requests the real API would refuse, and requests to no operation of the API, as messages naming the field or the path. */
  readonly problems: string[];
  /** Throws, listing them, when there were problems: call it after each test. */
  verify(): void;
  /** Replaces the handlers (and clears nothing else). */
  use(handlers: Handlers): void;
  /** Back to how the mock was made: its own handlers, no calls, no problems, and an empty store. Call it between tests. */
  reset(): void;
}

/** An in-memory Revox API. */
export function createMock(options: MockOptions = {}): RevoxMock {
  let handlers = { ...options.handlers } as Record<string, Handler<never> | undefined>;
  const calls: RecordedCall[] = [];
  const problems: string[] = [];
  let store = options.stateful ? assistantStore() : undefined;
  const base = new URL(options.baseURL ?? defaultBaseURL());
  const root = `${base.origin}${base.pathname.replace(/\/+$/, '')}`;

  const mockFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const below = `${url.origin}${url.pathname}`.startsWith(`${root}/`) ? `${url.origin}${url.pathname}`.slice(root.length) : undefined;
    const found = below === undefined ? undefined : findOperation(request.method, below);
    if (!found) {
      const where =
        below === undefined ? `is outside the mock's API root ${root} (createMock({ baseURL }))` : 'is no operation of the Revox API';
      problems.push(`${request.method} ${url.pathname} ${where}`);
      return json(404, { message: `${request.method} ${url.pathname} ${where} (@revoxai/sdk/testing)` });
    }
    const [id, operation, params] = found;
    const body = await bodyOf(request, operation);
    const query = typedQuery(id, url.searchParams);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      if (!SECRET_HEADER.test(name)) headers[name] = value;
    });
    calls.push({
      operation: operation.sdk as SdkName,
      operationId: id,
      method: request.method,
      path: url.pathname,
      params,
      query,
      body,
      headers,
    });

    const issues = requestIssues(operation.method, operation.path, body, query);
    if (issues.length) {
      const message = `Invalid request to ${operation.sdk}: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`;
      problems.push(message);
      return json(422, { message: `${message} (@revoxai/sdk/testing)`, errors: issues });
    }
    const handler = handlers[operation.sdk] ?? handlers[id] ?? store?.[id];
    let given: unknown;
    try {
      given = handler ? await handler({ params, query, body, headers } as never) : undefined;
    } catch (error) {
      // A bug in the test, not a failure of the API: reported as one, answered with a status no SDK retries.
      const message = `The handler of ${operation.sdk} threw: ${error instanceof Error ? error.message : String(error)}`;
      problems.push(message);
      return json(400, { message: `${message} (@revoxai/sdk/testing)` });
    }
    if (given === undefined || isReply(given) || given instanceof Blob || given instanceof Uint8Array)
      return answer(given === undefined ? example(id) : given, init?.signal);
    // An answer the API could not give is a problem: tests must not drift from it.
    const merged = mergeOver(EXAMPLES[id].body, given);
    const validate = answerValidators[id];
    if (validate && !validate(merged))
      problems.push(
        `The answer of ${operation.sdk} breaks the spec: ${issuesFrom(validate.errors ?? [], 'answer')
          .map((i) => `${i.path} ${i.message}`)
          .join('; ')}`,
      );
    return answer(merged, init?.signal);
  };

  return {
    fetch: mockFetch as typeof fetch,
    clientOptions: { fetch: mockFetch as typeof fetch, retryDelay: { initialMs: 0, maxMs: 0 } },
    calls,
    problems,
    verify() {
      if (problems.length)
        throw new Error(
          `@revoxai/sdk/testing: ${problems.length} problem(s): requests the Revox API would not accept, or answers it could not give:\n  ${problems.join('\n  ')}`,
        );
    },
    use(next) {
      handlers = { ...next } as typeof handlers;
    },
    reset() {
      handlers = { ...options.handlers } as typeof handlers;
      calls.length = 0;
      problems.length = 0;
      store = options.stateful ? assistantStore() : undefined;
    },
  };
}

function isReply(value: unknown): value is MockReply {
  return typeof value === 'object' && value !== null && REPLY in value;
}

/** `part` over `base`: objects merged key by key, anything else (arrays, values) replaced whole. */
function mergeOver(base: unknown, part: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(part)) return part;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(part)) merged[key] = mergeOver(base[key], value);
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// In the plan's matching order (ROUTES): `/voices/preview` fits `/voices/{id}` too, and the most specific template wins.
const templates = ROUTES.map((id) => {
  const operation: Operation = OPERATIONS[id];
  const names: string[] = [];
  const pattern = operation.path.replace(/[.*+?^$|()[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { id, operation, names, pattern: new RegExp(`^${pattern}$`) };
});

/** The operation a path below the API root addresses: the first template, in matching order, that the whole path fits. */
function findOperation(method: string, pathname: string): [OperationId, Operation, Record<string, string>] | undefined {
  const match = templates.find((t) => t.operation.method === method && t.pattern.test(pathname));
  if (!match) return undefined;
  const values = match.pattern.exec(pathname)!.slice(1).map(decodeURIComponent);
  return [match.id, match.operation, Object.fromEntries(match.names.map((name, i) => [name, values[i]!]))];
}

/** The query as the caller passed it: numbers where the spec says number, arrays where it says array. */
function typedQuery(id: OperationId, search: URLSearchParams): Record<string, unknown> {
  const types = QUERY_TYPES[id] ?? {};
  const query: Record<string, unknown> = {};
  const typed = (type: string | undefined, value: string) =>
    type === 'number' || type === 'integer' ? Number(value) : type === 'boolean' ? value === 'true' : value;
  for (const name of new Set(search.keys())) {
    const type = types[name];
    query[name] = type?.endsWith('[]') ? search.getAll(name).map((v) => typed(type.slice(0, -2), v)) : typed(type, search.get(name)!);
  }
  return query;
}

/** The request's body as the caller passed it: parsed JSON, or a form's fields (files as Blobs); undefined when empty. */
async function bodyOf(request: Request, operation: Operation): Promise<unknown> {
  if (operation.body === 'multipart' && request.headers.get('content-type')?.startsWith('multipart/form-data')) {
    return Object.fromEntries((await request.formData()).entries());
  }
  const text = await request.text();
  return text ? JSON.parse(text) : undefined;
}

/** The spec's example answer of an operation. */
function example(id: OperationId): MockReply {
  const { status, type, body, base64 } = EXAMPLES[id];
  if (!type) return mockReply(async () => new Response(null, { status }));
  return mockReply(async () =>
    base64 === undefined
      ? json(status, body)
      : new Response(
          Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
          { status, headers: { 'content-type': type } },
        ),
  );
}

function answer(given: unknown, signal: AbortSignal | null | undefined): Promise<Response> {
  if (isReply(given)) return given[REPLY](signal);
  if (given instanceof Blob || given instanceof Uint8Array)
    return Promise.resolve(
      new Response(given as BodyInit, { headers: { 'content-type': given instanceof Blob ? given.type : 'application/octet-stream' } }),
    );
  return Promise.resolve(json(200, given));
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** Resolves after `ms`, or rejects with the signal's reason when it fires first. */
function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = Number.isFinite(ms) ? setTimeout(resolve, ms) : undefined;
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** The assistants of a stateful mock: the handlers of the five assistant operations over one map. */
function assistantStore(): Partial<Record<OperationId, Handler<never>>> {
  const saved = new Map<string, Assistant>();
  const template = EXAMPLES.retrieveAssistant.body as Assistant;
  let made = 0;
  const missing = () => reply.status(404, { message: 'Not found.' });
  const handlers: Partial<Record<OperationId, (input: { params: { id: string }; body: Partial<Assistant> }) => unknown>> = {
    createAssistant: ({ body }) => {
      const now = new Date().toISOString();
      const assistant = { ...structuredClone(template), ...body, id: `asst_mock_${++made}`, created_at: now, updated_at: now } as Assistant;
      saved.set(assistant.id, assistant);
      return { assistant };
    },
    retrieveAssistant: ({ params }) => saved.get(params.id) ?? missing(),
    listAssistants: () => ({ assistants: [...saved.values()] }),
    updateAssistant: ({ params, body }) => {
      const current = saved.get(params.id);
      if (!current) return missing();
      // A partial update: keys sent replace their value (arrays whole, null clears); the rest stays.
      const assistant = { ...current, ...body, id: current.id, updated_at: new Date().toISOString() } as Assistant;
      saved.set(assistant.id, assistant);
      return { assistant };
    },
    deleteAssistant: ({ params }) => (saved.delete(params.id) ? { success: true } : missing()),
  };
  return handlers as unknown as Partial<Record<OperationId, Handler<never>>>;
}
