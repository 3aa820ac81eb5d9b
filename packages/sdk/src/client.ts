// The client's machinery, shared by every method: options, the path from a
// call to the transport, custom requests and the typed low-level client. The
// class users construct, `Revox` (src/generated/revox.ts), extends this one
// with the table of the spec's operations; a method per operation is made
// from its row here, and typed there.
import { APIPromise, PagePromise } from './api-promise.js';
import type { BufferedResponse } from './buffered-response.js';
import { type APIError, headersWithout, RevoxError, RevoxValidationError } from './errors.js';
import { DEFAULTS, errorFromResponse, IDEMPOTENT_METHODS } from './generated/policy.js';
import type { LogLevel } from './logger.js';
import { levelled } from './logger.js';
import type { ClientOptions, CustomRequestOptions, QueryInit, RequestOptions, ResolvedOptions } from './options.js';
import { checkHeaders, checkNumber, exposesKey, objectOrUndefined, resolveOptions } from './options.js';
import { pathParam, serializeQuery } from './path.js';
import type { Outgoing, TransportConfig } from './transport.js';
import { transport } from './transport.js';
import { clientHeaderValue } from './version.js';

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

/** What the SDK knows of one operation of the spec (a row of the SDK plan, generated). */
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
  /** Whether the method takes its named parameters (one object, the next argument), and whether it must. */
  readonly input?: 'required' | 'optional';
  /** The named parameters sent in the query string; the others go to the body, or to the query when there is no body. */
  readonly query?: readonly string[];
  /** The named parameters sent as headers, under their own names. */
  readonly headers?: readonly string[];
  /** The named parameters a call must give. */
  readonly required?: readonly string[];
  /** How the body is sent: JSON, or a form (multipart/form-data, for file uploads). */
  readonly body?: 'json' | 'multipart';
  /** The fields of a form that are files. */
  readonly files?: readonly string[];
  /** What a success answers when it is not JSON: bytes (a Blob), or nothing (a 204). */
  readonly answer?: 'binary' | 'empty';
  /** The Accept header when the answer is not JSON. */
  readonly accept?: string;
  /** How a paginated list is paged: its query parameters and the array of items in each page. */
  readonly pagination?: { readonly page: string; readonly size: string; readonly items: string };
  /** The API marks the operation as deprecated. */
  readonly deprecated?: true;
}

/** A call's path parameters and named parameters. */
interface Input {
  path: Record<string, unknown>;
  params?: Record<string, unknown>;
}

/** What #send needs of a request besides the caller's options. */
interface Request {
  method: HttpMethod;
  path: string;
  query?: QueryInit | undefined;
  headers?: Record<string, string> | undefined;
  body: unknown;
  form?: FormData | undefined;
  idempotent: boolean;
  accept?: string | undefined;
  /** Whether the answer may be audio (its size limit is larger than JSON's). */
  binary?: boolean;
}

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
    const logger = levelled(resolved.logger, resolved.logLevel, resolved.apiKey);
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
    // What comes back is unknown: the larger (audio) size limit applies, as to custom requests.
    const maxResponseBytes = this.#resolved.maxResponseBytes ?? DEFAULTS.maxResponseBytes.binary;
    return {
      baseURL: this.baseURL,
      headers,
      query,
      operations: this.#operations,
      send: (request) => transport(this.#config, { ...request, timeout, maxRetries, fetchOptions, maxResponseBytes }),
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
      // Left out (not null), optional named parameters are `{}`.
      if (operation.input) input.params = (args[next] === undefined && operation.input === 'optional' ? {} : args[next]) as Input['params'];
      if (operation.input) next++;
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
    const exchange = (async () => {
      const { query, headers, body } = splitParams(operation, input.params);
      const custom = options?.path !== undefined;
      const params = operation.pathParams;
      const path = custom
        ? customPath(options.path)
        : params
          ? operation.path.replace(/\{([^{}]+)\}/g, (_, name: string) => encodeURIComponent(pathParam(name, input.path[name])))
          : operation.path;
      this.#resolved.validate?.(method, operation.path, body, query);
      const form = operation.body === 'multipart' ? formOf(operation, body as Record<string, unknown>) : undefined;
      // A request sent elsewhere is no longer the operation: HTTP's rule for its method decides its retries.
      const idempotent = custom ? IDEMPOTENT_METHODS.has(method) : operation.idempotent;
      return this.#send(
        {
          method,
          path,
          query,
          headers,
          body: form ? undefined : body,
          form,
          idempotent,
          accept: operation.accept,
          binary: operation.answer === 'binary',
        },
        options,
      );
    })();
    const parse = operation.answer === 'binary' ? blob : operation.answer === 'empty' ? nothing : this.#json;
    if (!pagination) return new APIPromise(exchange, parse);
    const query = input.params ?? {};
    const next = () =>
      this.#operation(
        operation,
        { ...input, params: { ...query, [pagination.page]: Number(query[pagination.page]) + 1 } },
        options,
      ) as PagePromise<unknown, unknown>;
    return new PagePromise(
      exchange,
      parse,
      next,
      (page) => (page as Record<string, unknown[]>)[pagination.items]!,
      Number(query[pagination.size]),
    );
  }

  #custom<T>(method: HttpMethod, path: string, options: CustomRequestOptions = {}): APIPromise<T> {
    const exchange = (async () => {
      // fetch would refuse it before sending, as an error the transport could not tell from a network failure.
      if (method === 'GET' && options.body !== undefined)
        throw new RevoxValidationError([{ path: 'body', message: 'cannot go with a GET' }]);
      // What a custom request answers is unknown: the larger (audio) size limit applies.
      return this.#send(
        { method, path: customPath(path), body: options.body, idempotent: IDEMPOTENT_METHODS.has(method), binary: true },
        options,
      );
    })();
    return new APIPromise(exchange, ((response) => byContentType(response, this.#json)) as (response: BufferedResponse) => T);
  }

  /** A JSON answer, or an APIError with the response's status: a success that documents JSON must hold it. */
  readonly #json = (response: BufferedResponse): unknown => {
    if (response.bytes.byteLength === 0)
      throw this.#error(response, `${response.status} response has no body, where the operation documents JSON.`);
    try {
      return response.json();
    } catch (error) {
      // A broken body must surface as an APIError with the response's status, not a bare SyntaxError.
      throw this.#error(response, `${response.status} response body is not valid JSON (${(error as Error).message}).`);
    }
  };

  /**
   * The typed error of a response, with the API key blanked out of
   * everything it keeps (body, headers, message): a proxy or a debugging
   * server may echo the request's Authorization back.
   */
  #error(response: BufferedResponse, message?: string): APIError {
    const secret = this.#config.apiKey;
    const headers = headersWithout(secret, response.headers);
    const location = response.status >= 300 && response.status < 400 ? headers.get('location') : null;
    const redirect =
      location === null
        ? undefined
        : `${response.status} The server redirected to ${redirectTarget(location, this.baseURL)}; the SDK follows no redirect (a request is never sent again because a server points elsewhere). Set baseURL to the address that answers.`;
    return errorFromResponse(
      response.status,
      headers,
      redact(errorBody(response), secret),
      message === undefined ? redirect : redact(message, secret),
    );
  }

  /** A request with the client's defaults and the call's options applied, through the transport; a failure status becomes its typed error. */
  async #send(request: Request, options: RequestOptions): Promise<BufferedResponse> {
    const { query, fetchOptions, headers: defaults } = this.#resolved;
    const extra = objectOrUndefined('options', options)?.query;
    const search =
      query || request.query || extra ? serializeQuery({ ...query, ...request.query, ...objectOrUndefined('query', extra) }) : '';
    const headers = merge(defaults, checkHeaders('params', request.headers), checkHeaders('headers', options.headers));
    if (request.accept) headers.accept ??= request.accept;
    if (request.body !== undefined) headers['content-type'] ??= 'application/json';
    const limit =
      options.maxResponseBytes ??
      this.#resolved.maxResponseBytes ??
      (request.binary ? DEFAULTS.maxResponseBytes.binary : DEFAULTS.maxResponseBytes.json);
    const response = await transport(this.#config, {
      method: request.method,
      url: `${this.baseURL}${request.path}${search && `?${search}`}`,
      headers,
      body: request.form ?? (request.body === undefined ? null : jsonBody(request.body)),
      maxResponseBytes: checkNumber('maxResponseBytes', limit, 1, true),
      idempotent: request.idempotent,
      timeout: checkNumber('timeout', options.timeout ?? this.timeout, 1),
      maxRetries: checkNumber('maxRetries', options.maxRetries ?? this.maxRetries, 0, true),
      signal: options.signal ?? null,
      fetchOptions: options.fetchOptions ? { ...fetchOptions, ...objectOrUndefined('fetchOptions', options.fetchOptions) } : fetchOptions,
    });
    if (!response.ok) throw this.#error(response);
    return response;
  }
}

/** A body as JSON, or a RevoxValidationError when JSON cannot carry it (a cycle, a BigInt): nothing is sent. */
function jsonBody(body: unknown): string {
  try {
    return JSON.stringify(body);
  } catch (error) {
    throw new RevoxValidationError([{ path: 'body', message: `cannot be sent as JSON (${(error as Error).message})` }]);
  }
}

/** `value` with every occurrence of `secret` in its strings, however deep, replaced by `***`. */
function redact<T>(value: T, secret: string): T {
  if (typeof value === 'string') return (value.includes(secret) ? value.replaceAll(secret, '***') : value) as T;
  if (Array.isArray(value)) return value.map((item) => redact(item, secret)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k, secret), redact(v, secret)])) as T;
  return value;
}

/** Where a redirect points, said without its query (which may hold a token): origin and path. */
function redirectTarget(location: string, base: string): string {
  try {
    const url = new URL(location, base);
    return `${url.origin}${url.pathname}`;
  } catch {
    return 'an address that is not a URL';
  }
}

/**
 * A call's named parameters, placed as the operation's row says: its query
 * parameters in the query string, its header parameters as headers (their
 * values as strings), the rest in the body, or in the query when there is no
 * body. A required one left out is refused before anything is sent.
 */
function splitParams(operation: Operation, params: Record<string, unknown> | undefined) {
  if (!operation.input) return { query: undefined, headers: undefined, body: undefined };
  if (params !== undefined)
    objectOrUndefined(operation.body && !operation.query ? 'body' : operation.query && !operation.body ? 'query' : 'params', params, true);
  const missing = (operation.required ?? []).filter((name) => params?.[name] === undefined);
  if (missing.length) throw new RevoxValidationError(missing.map((name) => ({ path: name, message: 'is required' })));
  if (!operation.query && !operation.headers) return { query: undefined, headers: undefined, body: operation.body ? params : undefined };
  const query: Record<string, unknown> = {};
  const headers: Record<string, string> = {};
  const body: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params!)) {
    if (operation.headers?.includes(name)) {
      if (value !== undefined) headers[name] = String(value);
    } else if (operation.query?.includes(name) || !operation.body) query[name] = value;
    else body[name] = value;
  }
  return { query: operation.query || !operation.body ? query : undefined, headers, body: operation.body ? body : undefined };
}

/** A form body: each field a text part, or a file part from a Blob, bytes or a string. */
function formOf(operation: Operation, fields: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (operation.files?.includes(name)) {
      if (!(value instanceof Blob || value instanceof Uint8Array || value instanceof ArrayBuffer || typeof value === 'string')) {
        throw new RevoxValidationError([{ path: name, message: 'must be a Blob, a File, bytes or a string (a file part)' }]);
      }
      form.append(name, value instanceof Blob ? value : new Blob([value as BlobPart]), value instanceof File ? value.name : name);
    } else form.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return form;
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

function blob(response: BufferedResponse): Blob {
  return response.blob();
}

/** A success that documents no body (a 204): nothing to read. */
function nothing(): undefined {
  return undefined;
}

/** A custom request's answer: JSON, text, or bytes, as its media type says; nothing when it is empty. */
function byContentType(response: BufferedResponse, json: (response: BufferedResponse) => unknown): unknown {
  const type = response.headers.get('content-type') ?? '';
  if (/\bjson\b/.test(type)) return response.bytes.byteLength ? json(response) : undefined;
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
