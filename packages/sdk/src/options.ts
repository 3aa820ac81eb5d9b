// Client options: their defaults (stated once, here), the environment
// variables behind them, and the checks that turn a bad value into an error
// naming the option.
import { RevoxError } from './errors.js';
import type { LogLevel, Logger } from './logger.js';
import { LOG_LEVELS } from './logger.js';
import type { RetryDelays } from './retry.js';

/** Validates a request's body and query before it is sent; throws RevoxValidationError. See `@revoxai/sdk/validate`. */
export type RequestValidator = (method: string, path: string, body: unknown, query?: unknown) => void;

export interface ClientOptions {
  /** API key (`sk_...`). Default: the `REVOX_API_KEY` environment variable. */
  apiKey?: string | undefined;
  /** API root. Default: `REVOX_BASE_URL`, else `https://www.getrevox.com/api`. */
  baseURL?: string | undefined;
  /** Time limit of one attempt in ms, from sending until the whole body is read. Default: 60 000. */
  timeout?: number | undefined;
  /** Retries after the first attempt, for retryable failures only. Default: 2. */
  maxRetries?: number | undefined;
  /** Backoff between retries. Defaults: 500 ms doubling up to 8 s; server-requested waits honoured up to 60 s. */
  retryDelay?: Partial<RetryDelays> | undefined;
  /** A fetch implementation to use instead of `globalThis.fetch`. */
  fetch?: typeof fetch | undefined;
  /** Headers sent with every request; `null` removes a header the SDK would set. */
  defaultHeaders?: Record<string, string | null> | undefined;
  /** The least severe level logged. Default: `REVOX_LOG`, else `warn`. */
  logLevel?: LogLevel | undefined;
  /** Where log lines go. Default: `console`. */
  logger?: Logger | undefined;
  /** Validate request bodies against the spec before sending. See `@revoxai/sdk/validate`. */
  validate?: RequestValidator | undefined;
}

export interface RequestOptions {
  /** Cancels the request, including a pending retry wait. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's `timeout` for this request. */
  timeout?: number | undefined;
  /** Overrides the client's `maxRetries` for this request. */
  maxRetries?: number | undefined;
  /** Extra headers for this request; `null` removes one. */
  headers?: Record<string, string | null> | undefined;
}

export const DEFAULTS = {
  baseURL: 'https://www.getrevox.com/api',
  timeout: 60_000,
  maxRetries: 2,
  retryDelay: { initialMs: 500, maxMs: 8_000, maxRetryAfterMs: 60_000 },
  logLevel: 'warn',
} as const satisfies Partial<Record<keyof ClientOptions, unknown>>;

export const ENV = { apiKey: 'REVOX_API_KEY', baseURL: 'REVOX_BASE_URL', logLevel: 'REVOX_LOG' } as const;

/** An environment variable in Node, Bun, Deno or an edge runtime; undefined in browsers or when empty. */
function readEnv(name: string): string | undefined {
  const g = globalThis as { process?: { env?: Record<string, string | undefined> }; Deno?: { env?: { get(n: string): string | undefined } } };
  let value: string | undefined;
  try {
    value = g.process?.env?.[name] ?? g.Deno?.env?.get(name);
  } catch {
    // Deno without --allow-env throws; treat the variable as unset.
  }
  return value?.trim() || undefined;
}

export interface ResolvedOptions {
  apiKey: string;
  baseURL: string;
  timeout: number;
  maxRetries: number;
  retryDelay: RetryDelays;
  fetch: typeof fetch;
  defaultHeaders: Record<string, string | null>;
  logLevel: LogLevel;
  logger: Logger;
  validate: RequestValidator | undefined;
}

/** Applies environment variables and defaults, and rejects values that cannot work. */
export function resolveOptions(options: ClientOptions = {}): ResolvedOptions {
  const apiKey = options.apiKey ?? readEnv(ENV.apiKey);
  if (typeof apiKey !== 'string' || !apiKey.trim()) {
    throw new RevoxError(
      `Missing API key: pass the \`apiKey\` option to new Revox() or set the ${ENV.apiKey} environment variable.`,
    );
  }
  const baseURL = options.baseURL ?? readEnv(ENV.baseURL) ?? DEFAULTS.baseURL;
  if (!canParse(baseURL)) {
    throw new RevoxError(`Invalid \`baseURL\` option: expected an absolute URL such as ${DEFAULTS.baseURL}, got ${JSON.stringify(baseURL)}.`);
  }
  const logLevel = options.logLevel ?? (readEnv(ENV.logLevel) as LogLevel | undefined) ?? DEFAULTS.logLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new RevoxError(`Invalid \`logLevel\` option (or ${ENV.logLevel}): expected one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(logLevel)}.`);
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') {
    throw new RevoxError('No fetch implementation: this runtime has no global `fetch`; pass one as the `fetch` option.');
  }
  return {
    apiKey: apiKey.trim(),
    baseURL: baseURL.replace(/\/+$/, ''),
    timeout: checkTimeout('timeout', options.timeout ?? DEFAULTS.timeout),
    maxRetries: checkRetries('maxRetries', options.maxRetries ?? DEFAULTS.maxRetries),
    retryDelay: checkDelays({ ...DEFAULTS.retryDelay, ...options.retryDelay }),
    fetch: fetchImpl,
    defaultHeaders: { ...options.defaultHeaders },
    logLevel,
    logger: options.logger ?? console,
    validate: options.validate,
  };
}

export function checkTimeout(name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw new RevoxError(`Invalid \`${name}\` option: expected a positive number of milliseconds, got ${String(value)}.`);
  }
  return value;
}

export function checkRetries(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RevoxError(`Invalid \`${name}\` option: expected a whole number ≥ 0, got ${String(value)}.`);
  }
  return value;
}

function checkDelays(delays: RetryDelays): RetryDelays {
  for (const [key, value] of Object.entries(delays)) {
    if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) {
      throw new RevoxError(`Invalid \`retryDelay.${key}\` option: expected a number of milliseconds ≥ 0, got ${String(value)}.`);
    }
  }
  return delays;
}

function canParse(url: string): boolean {
  try {
    return Boolean(new URL(url));
  } catch {
    return false;
  }
}
