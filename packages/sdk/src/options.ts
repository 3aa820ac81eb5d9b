// Client and request options: their defaults (spec/sdk-policy.yaml, through
// src/generated/policy.ts), the environment variables behind them, and the
// checks that turn a bad value into an error naming the option, never its value.
import { RevoxError, RevoxValidationError } from './errors.js';
import type { PolicyOptions, RetryDelays } from './generated/policy.js';
import { DEFAULTS, ENV, LOG_LEVELS } from './generated/policy.js';
import type { LogLevel, Logger } from './logger.js';

/** Validates a request's body and query before it is sent; throws RevoxValidationError. See `@revoxai/sdk/validate`. */
export type RequestValidator = (method: string, path: string, body: unknown, query?: unknown) => void;

/** Header values by name; `null` removes a header the SDK or the client would send. */
export type HeadersInit = Record<string, string | null | undefined>;
/** Query parameters by name; `undefined` removes one set by `defaultQuery`. */
export type QueryInit = Record<string, unknown>;

/**
 * The client's options: those every Revox SDK has (`PolicyOptions`, with
 * their defaults and meanings from spec/sdk-policy.yaml), and those of the
 * TypeScript SDK alone.
 */
export interface ClientOptions extends PolicyOptions {
  /** A fetch implementation. Default: `globalThis.fetch`, looked up at each request, so a mock installed later is used. */
  fetch?: typeof fetch | undefined;
  /** Extra `RequestInit` fields for every fetch (a proxy `dispatcher` in Node, `proxy` in Bun, `client` in Deno). */
  fetchOptions?: RequestInit | undefined;
  /** Headers sent with every request; `null` removes a header the SDK would set. */
  defaultHeaders?: HeadersInit | undefined;
  /** Query parameters sent with every request; a request's own query wins. */
  defaultQuery?: QueryInit | undefined;
  /** Where log lines go. Default: `console`. */
  logger?: Logger | undefined;
  /** Validate requests against the spec before sending. See `@revoxai/sdk/validate`. */
  validate?: RequestValidator | undefined;
  /**
   * Every Revox key can place phone calls, so a page that ships one lets any
   * visitor call anyone on your account. In a browser the client refuses to
   * start unless this is `true`: set it only where the key is the visitor's own.
   */
  dangerouslyAllowBrowser?: boolean | undefined;
}

export interface RequestOptions {
  /** Cancels the request, including a pending retry wait. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's `timeout` for this request. */
  timeout?: number | undefined;
  /** Overrides the client's `maxRetries` for this request. */
  maxRetries?: number | undefined;
  /** Extra headers for this request; `null` removes one. */
  headers?: HeadersInit | undefined;
  /** Extra query parameters for this request; `undefined` removes one of `defaultQuery`. */
  query?: QueryInit | undefined;
  /** Extra `RequestInit` fields for this request's fetch; they win over the client's `fetchOptions`. */
  fetchOptions?: RequestInit | undefined;
  /** Overrides the client's `maxResponseBytes` for this request. */
  maxResponseBytes?: number | undefined;
  /**
   * Sends the method's request to another path below the base URL (as the
   * official SDKs allow). The request is then no longer the operation, so it
   * is retried as a custom request is: by HTTP's rule for its method.
   */
  path?: string | undefined;
}

/** The options of `client.get/post/put/patch/delete`. */
export interface CustomRequestOptions extends RequestOptions {
  /** A JSON body (any value but `undefined`). */
  body?: unknown;
}

export interface ResolvedOptions {
  apiKey: string;
  baseURL: string;
  timeout: number;
  maxRetries: number;
  retryDelay: RetryDelays;
  fetch: typeof fetch | undefined;
  fetchOptions: RequestInit | undefined;
  headers: Record<string, string | null>;
  query: QueryInit | undefined;
  logLevel: LogLevel;
  logger: Logger;
  validate: RequestValidator | undefined;
  /** The caller's limit on an answer's size; undefined: the policy's, by the kind of answer. */
  maxResponseBytes: number | undefined;
}

/** An environment variable in Node, Bun, Deno or an edge runtime; undefined in browsers or when empty. */
function readEnv(name: string): string | undefined {
  const g = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    Deno?: { env?: { get(n: string): string | undefined } };
  };
  let value: string | undefined;
  try {
    value = g.process?.env?.[name] ?? g.Deno?.env?.get(name);
  } catch {
    // Deno without --allow-env throws; treat the variable as unset.
  }
  return value?.trim() || undefined;
}

/** An error naming the option (and the variable behind it) and what it takes; `got` is left out where the value may be a secret. */
function invalid(name: string, expected: string, got?: unknown, env?: string): RevoxError {
  return new RevoxError(
    `Invalid \`${name}\` option${env ? ` (or ${env})` : ''}: ${expected}${got === undefined ? '' : `, got ${JSON.stringify(got) ?? String(got)}`}.`,
  );
}

/** The API root of a client given no `baseURL`: the environment's, else the spec's. */
export function defaultBaseURL(): string {
  return readEnv(ENV.baseURL) ?? DEFAULTS.baseURL;
}

/** Applies environment variables and defaults, and rejects values that cannot work. */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  if (isBrowser() && options.dangerouslyAllowBrowser !== true) {
    throw new RevoxError(
      "Refusing to run in a browser, where visitors could read the API key and place calls: call Revox from a server, or pass `dangerouslyAllowBrowser: true` if the key is the visitor's own.",
    );
  }
  // The value is never shown: it may be a key pasted in the wrong place.
  if (options.apiKey !== undefined && typeof options.apiKey !== 'string')
    throw invalid('apiKey', `expected a string, got ${options.apiKey === null ? 'null' : typeof options.apiKey}`);
  const apiKey = (options.apiKey ?? readEnv(ENV.apiKey))?.trim();
  if (!apiKey) throw new RevoxError(`Missing API key: pass the \`apiKey\` option or set ${ENV.apiKey}.`);
  if (!sendable(apiKey))
    throw invalid('apiKey', 'HTTP cannot send its line break or non-Latin-1 character (a curly quote?)', undefined, ENV.apiKey);
  const baseURL = options.baseURL ?? defaultBaseURL();
  if (typeof baseURL !== 'string') throw invalid('baseURL', `expected an absolute URL such as ${DEFAULTS.baseURL}, got ${typeof baseURL}`);
  let parsed: URL;
  try {
    parsed = new URL(baseURL);
  } catch {
    throw invalid('baseURL', `expected an absolute URL such as ${DEFAULTS.baseURL}`, baseURL);
  }
  // The URL is not shown: it holds a password. fetch would refuse it at every call, printing it.
  if (parsed.username || parsed.password)
    throw invalid(
      'baseURL',
      'a URL with a user name or password cannot be used (it would leak in logs and errors); the API key is the credential',
      undefined,
      ENV.baseURL,
    );
  const logLevel = options.logLevel ?? (readEnv(ENV.logLevel) as LogLevel | undefined) ?? DEFAULTS.logLevel;
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel))
    throw invalid('logLevel', `expected one of ${LOG_LEVELS.join(', ')}`, logLevel, ENV.logLevel);
  if (typeof (options.fetch ?? globalThis.fetch) !== 'function') throw invalid('fetch', 'this runtime has no fetch; pass one');
  return {
    apiKey,
    baseURL: baseURL.replace(/\/+$/, ''),
    timeout: checkNumber('timeout', options.timeout ?? DEFAULTS.timeout, 1),
    maxRetries: checkNumber('maxRetries', options.maxRetries ?? DEFAULTS.maxRetries, 0, true),
    retryDelay: Object.fromEntries(
      Object.entries({ ...DEFAULTS.retryDelay, ...options.retryDelay }).map(([key, ms]) => [key, checkNumber(`retryDelay.${key}`, ms, 0)]),
    ) as unknown as RetryDelays,
    fetch: options.fetch,
    fetchOptions: objectOrUndefined('fetchOptions', options.fetchOptions),
    headers: checkHeaders('defaultHeaders', options.defaultHeaders) ?? {},
    query: objectOrUndefined('defaultQuery', options.defaultQuery),
    logLevel,
    logger: options.logger ?? console,
    validate: options.validate,
    maxResponseBytes:
      options.maxResponseBytes === undefined ? undefined : checkNumber('maxResponseBytes', options.maxResponseBytes, 1, true),
  };
}

/** `value` if it is a finite number ≥ `min` (a whole one if `integer`); else an error naming the option. */
export function checkNumber(name: string, value: unknown, min: number, integer = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw invalid(name, `expected a ${integer ? 'whole ' : ''}number ≥ ${min}`, value);
  }
  return value;
}

/** `value` if it is a plain object, or undefined when it is absent and not `required`; else an error naming it. */
export function objectOrUndefined<T>(name: string, value: T, required = false): T {
  if ((value !== undefined || required) && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    throw new RevoxValidationError([
      { path: name, message: `must be an object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}` },
    ]);
  }
  return value;
}

/**
 * Headers with lower-case names, `null` kept (it removes a header in a later
 * merge). A name or value HTTP cannot carry is refused here, naming the
 * header but not its value: fetch's own error would print the value, which
 * may be a secret.
 */
export function checkHeaders(option: string, headers: HeadersInit | undefined): Record<string, string | null> | undefined {
  if (objectOrUndefined(option, headers) === undefined) return undefined;
  const out: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(headers!)) {
    if (value === undefined) continue;
    if (!/^[!#$%&'*+.^_`|~\w-]+$/.test(name) || (value !== null && !sendable(value))) {
      throw new RevoxValidationError([
        { path: `${option}.${name}`, message: 'cannot be sent: HTTP takes a token name and a Latin-1 string without line breaks' },
      ]);
    }
    out[name.toLowerCase()] = value;
  }
  return out;
}

/** Whether HTTP can carry `value` in a header: a string of Latin-1 characters without line breaks or NUL (a curly quote is beyond Latin-1). */
function sendable(value: unknown): boolean {
  return typeof value === 'string' && !/[^\t\x20-\xff]/.test(value);
}

function isBrowser(): boolean {
  const g = globalThis as { window?: { document?: unknown }; navigator?: unknown };
  return typeof g.window?.document !== 'undefined' && typeof g.navigator !== 'undefined';
}

/** Whether sending the key to `baseURL` would expose it on the network: plain HTTP to a host other than this machine. */
export function exposesKey(baseURL: string): boolean {
  const { protocol, hostname } = new URL(baseURL);
  return protocol === 'http:' && !/^(localhost|127(\.\d+){3}|\[::1\]|.+\.localhost)$/.test(hostname);
}
