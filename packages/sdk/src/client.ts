// The client's machinery, shared by every method: options, the path from a
// call to the transport, custom requests and the typed low-level client. The
// class users construct, `Revox` (src/generated/revox.ts), extends this one
// with the table of the spec's operations; a method per operation is made
// from its row here, and typed there.
import { createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import { APIPromise, PagePromise } from './api-promise.js';
import type { BufferedResponse } from './buffered-response.js';
import { APIError, RevoxError, RevoxValidationError } from './errors.js';
import { errorFromResponse } from './generated/policy.js';
import type { LogLevel } from './logger.js';
import { levelled } from './logger.js';
import type { ClientOptions, CustomRequestOptions, QueryInit, RequestOptions, ResolvedOptions } from './options.js';
import { checkHeaders, checkNumber, exposesKey, objectOrUndefined, resolveOptions } from './options.js';
import { pathParam } from './path.js';
import type { Outgoing, TransportConfig } from './transport.js';
import { transport } from './transport.js';
import { clientHeaderValue } from './version.js';

const serializeQuery = createQuerySerializer();

/** @internal How `@revoxai/sdk/openapi-fetch` reaches a client's transport; a symbol keeps it off the typed surface. */
export const TRANSPORT = Symbol.for('@revoxai/sdk/transport');

/** @internal What `client[TRANSPORT]()` gives. */
export interface TransportAccess {
  baseURL: string;
  headers: Record<string, string | null>;
  query: QueryInit | undefined;
  operations: readonly Operation[];
  send(request: Pick<Outgoing, 'method' | 'url' | 'headers' | 'body' | 'idempotent' | 'signal'>): Promise<BufferedResponse>;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What the SDK knows of one operation of the spec (generated from the operation model). */
export interface Operation {
  /** The method's name, `resource.method`: `users.me.retrieve`. */
  readonly sdk: string;
  readonly method: HttpMethod;
  /** The path template, `/assistants/{id}`. */
  readonly path: string;
  /** Whether sending it twice does no harm; decides its retries. */
  readonly idempotent: boolean;
  /** The names in the path template, in order: the method's first arguments. */
  readonly pathParams?: readonly string[];
  /** The required query parameters; present when the operation has a query, the next argument. */
  readonly query?: readonly string[];
  /** Whether the call must have a body (the next argument), or may. */
  readonly body?: 'required' | 'optional';
  /** The Accept header when the success media type is not JSON: the answer is then a Blob. */
  readonly accept?: string;
  /** How a paginated list is paged: its query parameters and the array of items in each page. */
  readonly pagination?: { readonly page: string; readonly size: string; readonly items: string };
}

/** A call's path parameters, query and body. */
interface Input {
  path: Record<string, unknown>;
  query?: unknown;
  body?: unknown;
}

/** What #send needs of a request besides the caller's options. */
interface Request {
  method: HttpMethod;
  path: string;
  query?: QueryInit | undefined;
  body: unknown;
  idempotent: boolean;
  accept?: string | undefined;
}

// HTTP's own rule (RFC 9110, 9.2.2), for requests that are not an operation of the spec.
const IDEMPOTENT_METHODS = new Set(['GET', 'PUT', 'DELETE']);

export class APIClient {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly logLevel: LogLevel;
  // Private fields: nothing that prints the client (util.inspect,
  // JSON.stringify, console.log) can reach them, and they hold the key.
  readonly #options: ClientOptions;
  readonly #resolved: ResolvedOptions;
  readonly #config: TransportConfig;
  readonly #operations: readonly Operation[];

  constructor(options: ClientOptions = {}, operations: Record<string, Operation>) {
    const resolved = resolveOptions(objectOrUndefined('options', options) ?? {});
    const logger = levelled(resolved.logger, resolved.logLevel);
    this.baseURL = resolved.baseURL;
    this.timeout = resolved.timeout;
    this.maxRetries = resolved.maxRetries;
    this.logLevel = resolved.logLevel;
    this.#resolved = resolved;
    this.#options = { ...options, apiKey: resolved.apiKey, baseURL: resolved.baseURL, logLevel: resolved.logLevel };
    this.#config = {
      apiKey: resolved.apiKey,
      fetch: resolved.fetch,
      retryDelay: resolved.retryDelay,
      clientHeader: clientHeaderValue(),
      logger,
    };
    if (exposesKey(this.baseURL)) logger.warn(`baseURL ${this.baseURL} is plain http: the API key would travel unencrypted.`);
    this.#operations = Object.values(operations);
    for (const operation of this.#operations) this.#addMethod(operation);
  }

  /**
   * @deprecated Moved out of the main entry, which it doubled in size:
   * `import { openapiFetchClient } from '@revoxai/sdk/openapi-fetch'`, then `openapiFetchClient(client)`.
   */
  get api(): never {
    throw new RevoxError("client.api moved: openapiFetchClient(client), from '@revoxai/sdk/openapi-fetch'.");
  }

  /** @internal */
  [TRANSPORT](): TransportAccess {
    const { headers, query, fetchOptions } = this.#resolved;
    const { timeout, maxRetries } = this;
    return {
      baseURL: this.baseURL,
      headers,
      query,
      operations: this.#operations,
      send: (request) => transport(this.#config, { ...request, timeout, maxRetries, fetchOptions }),
    };
  }

  /** A new client of the same class with these options changed; this one stays as it is. */
  withOptions(options: Partial<ClientOptions>): this {
    return new (this.constructor as new (options: ClientOptions) => this)({ ...this.#options, ...options });
  }

  /** A request to an endpoint this SDK has no method for yet, with the client's auth, timeouts, retries and errors. */
  get<T = unknown>(path: string, options?: CustomRequestOptions): APIPromise<T> {
    return this.#custom('GET', path, options);
  }
  /** Like `get`. Not repeated after the server may have acted on it: HTTP does not call POST idempotent. */
  post<T = unknown>(path: string, options?: CustomRequestOptions): APIPromise<T> {
    return this.#custom('POST', path, options);
  }
  put<T = unknown>(path: string, options?: CustomRequestOptions): APIPromise<T> {
    return this.#custom('PUT', path, options);
  }
  /** Like `get`. Not repeated after the server may have acted on it: HTTP does not call PATCH idempotent. */
  patch<T = unknown>(path: string, options?: CustomRequestOptions): APIPromise<T> {
    return this.#custom('PATCH', path, options);
  }
  delete<T = unknown>(path: string, options?: CustomRequestOptions): APIPromise<T> {
    return this.#custom('DELETE', path, options);
  }

  /** `client.assistants.update(id, body, options)` and its kind: the arguments in the order the operation's row gives. */
  #addMethod(operation: Operation) {
    const names = operation.sdk.split('.');
    const method = names.pop()!;
    let resource = this as unknown as Record<string, unknown>;
    for (const name of names) resource = (resource[name] ??= {}) as Record<string, unknown>;
    resource[method] = (...args: unknown[]) => {
      const input: Input = { path: {} };
      let next = 0;
      for (const name of operation.pathParams ?? []) input.path[name] = args[next++];
      // Left out (not null), a query whose parameters are all optional and an optional body are `{}`.
      const arg = (fallback: boolean) => {
        if (args[next] === undefined && fallback) {
          next++;
          return {};
        }
        return args[next++];
      };
      if (operation.query) input.query = arg(!operation.query.length);
      if (operation.body) input.body = arg(operation.body === 'optional');
      return this.#operation(operation, input, args[next] as RequestOptions | undefined);
    };
  }

  /**
   * Sends one operation. Bad input is refused before anything is sent, as a
   * rejected promise (the async function turns the throw into one): never a
   * synchronous throw, and never an unhandled one for a caller who awaits or
   * iterates the result.
   */
  #operation(operation: Operation, input: Input, options: RequestOptions = {}): APIPromise<unknown> {
    const { method, pagination } = operation;
    const query = input.query as Record<string, unknown> | undefined;
    const exchange = (async () => {
      // A method takes a query and a body only where its operation has one (#addMethod), so these are the checks' only conditions.
      if (operation.query) {
        objectOrUndefined('query', query, true);
        const missing = operation.query!.filter((name) => query![name] === undefined);
        if (missing.length) throw new RevoxValidationError(missing.map((name) => ({ path: name, message: 'is required' })));
      }
      if (operation.body) objectOrUndefined('body', input.body, true);
      const custom = options?.path !== undefined;
      const params = operation.pathParams;
      const path = custom
        ? customPath(options.path)
        : params
          ? defaultPathSerializer(operation.path, Object.fromEntries(params.map((name) => [name, pathParam(name, input.path[name])])))
          : operation.path;
      this.#resolved.validate?.(method, operation.path, input.body, query);
      // A request sent elsewhere is no longer the operation: HTTP's rule for its method decides its retries.
      return this.#send(
        {
          method,
          path,
          query,
          body: input.body,
          idempotent: custom ? IDEMPOTENT_METHODS.has(method) : operation.idempotent,
          accept: operation.accept,
        },
        options,
      );
    })();
    const parse = operation.accept ? blob : json;
    if (!pagination) return new APIPromise(exchange, parse);
    const next = () =>
      this.#operation(
        operation,
        { ...input, query: { ...query, [pagination.page]: Number(query![pagination.page]) + 1 } },
        options,
      ) as PagePromise<unknown, unknown>;
    return new PagePromise(
      exchange,
      parse,
      next,
      (page) => (page as Record<string, unknown[]>)[pagination.items]!,
      Number(query?.[pagination.size]),
    );
  }

  #custom<T>(method: HttpMethod, path: string, options: CustomRequestOptions = {}): APIPromise<T> {
    const exchange = (async () => {
      // fetch would refuse it before sending, as an error the transport could not tell from a network failure.
      if (method === 'GET' && options.body !== undefined)
        throw new RevoxValidationError([{ path: 'body', message: 'cannot go with a GET' }]);
      return this.#send({ method, path: customPath(path), body: options.body, idempotent: IDEMPOTENT_METHODS.has(method) }, options);
    })();
    return new APIPromise(exchange, byContentType as (response: BufferedResponse) => T);
  }

  /** A request with the client's defaults and the call's options applied, through the transport; a failure status becomes its typed error. */
  async #send(request: Request, options: RequestOptions): Promise<BufferedResponse> {
    const { query, fetchOptions, headers: defaults } = this.#resolved;
    const extra = objectOrUndefined('options', options)?.query;
    const search =
      query || request.query || extra ? serializeQuery({ ...query, ...request.query, ...objectOrUndefined('query', extra) }) : '';
    const headers = merge(defaults, checkHeaders('headers', options.headers));
    if (request.accept) headers.accept ??= request.accept;
    if (request.body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await transport(this.#config, {
      method: request.method,
      url: `${this.baseURL}${request.path}${search && `?${search}`}`,
      headers,
      body: request.body === undefined ? null : JSON.stringify(request.body),
      idempotent: request.idempotent,
      timeout: checkNumber('timeout', options.timeout ?? this.timeout, 1),
      maxRetries: checkNumber('maxRetries', options.maxRetries ?? this.maxRetries, 0, true),
      signal: options.signal ?? null,
      fetchOptions: options.fetchOptions ? { ...fetchOptions, ...objectOrUndefined('fetchOptions', options.fetchOptions) } : fetchOptions,
    });
    if (!response.ok) throw errorFromResponse(response.status, response.headers, errorBody(response));
    return response;
  }
}

/** A path below the base URL. An absolute URL is refused: the API key would go to that host. */
function customPath(path: unknown): string {
  if (typeof path !== 'string' || !/^\/(?!\/)/.test(path)) {
    throw new RevoxValidationError([
      { path: 'path', message: `must start with one "/" (a path below the base URL), got ${JSON.stringify(path)}` },
    ]);
  }
  return path;
}

/** The client's headers, then the request's; `null` removes one. */
function merge(...all: (Record<string, string | null> | undefined)[]): Record<string, string> {
  const out: Record<string, string | null> = {};
  for (const headers of all) Object.assign(out, headers);
  for (const name in out) if (out[name] === null) delete out[name];
  return out as Record<string, string>;
}

function json(response: BufferedResponse): unknown {
  try {
    return response.json();
  } catch (error) {
    // A broken body must surface as an APIError with the response's status, not a bare SyntaxError.
    throw new APIError(
      response.status,
      response.headers,
      response.text(),
      `${response.status} response body is not valid JSON (${(error as Error).message}).`,
    );
  }
}

function blob(response: BufferedResponse): Blob {
  return response.blob();
}

/** A custom request's answer: JSON, text, or bytes, as its media type says; nothing when it is empty. */
function byContentType(response: BufferedResponse): unknown {
  const type = response.headers.get('content-type') ?? '';
  if (/\bjson\b/.test(type)) return json(response);
  if (type.startsWith('text/')) return response.text();
  return response.bytes.byteLength ? response.blob() : undefined;
}

function errorBody(response: BufferedResponse): unknown {
  try {
    return response.json() ?? '';
  } catch {
    return response.text();
  }
}
