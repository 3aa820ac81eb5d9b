// GENERATED FILE. DO NOT EDIT.
// Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through spec/sdk-policy.yaml.
// Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
import type { LogLevel } from '../logger.js';
import { APIError } from '../errors.js';
import * as StatusErrors from './errors.js';

/** The default of each client option (the API root is the spec's first server). */
export const DEFAULTS = {
  baseURL: 'https://www.getrevox.com/api',
  timeout: 60000,
  maxRetries: 2,
  retryDelay: { initialMs: 500, maxMs: 8000, maxRetryAfterMs: 60000 },
  logLevel: 'warn',
  maxResponseBytes: { json: 33554432, binary: 67108864 },
} as const;

/** The environment variables read when an option is not given. */
export const ENV = { apiKey: 'REVOX_API_KEY', baseURL: 'REVOX_BASE_URL', logLevel: 'REVOX_LOG' } as const;

/** The log levels, from none to every line. */
export const LOG_LEVELS = ['off', 'error', 'warn', 'info', 'debug'] as const;

/**
 * Which failures may be sent again, by whether the operation is idempotent.
 * Idempotent: Sending such a request twice does no harm, so it is sent again after a timeout, a dropped or truncated connection, 408, 409, 429 and every status from 500.
 * Not idempotent: The server may have acted on such a request (a phone call placed, an assistant created), so it is sent again only when the server provably did not act on it; after a timeout, a dropped connection or a 500 the client fails instead.
 * `jitter`: the share of each backoff wait taken off at random, so that many clients do not retry in step.
 */
export const RETRY = { idempotent: [408, 409, 429], idempotentFrom: 500, nonIdempotent: [429, 503], jitter: 0.25 } as const;

/** HTTP's idempotent methods: the retry rule of a request that is no operation of the spec. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE']);

/** The headers the client sends (the attempt number, the SDK and runtime) and reads (the request id, a requested wait). */
export const HEADERS = {
  attempt: 'x-revox-attempt',
  client: 'x-revox-client',
  requestId: 'x-request-id',
  retryAfterMs: 'retry-after-ms',
  retryAfter: 'retry-after',
} as const;

/** A header holds a credential when its name matches: its value is masked wherever the client prints headers. */
export const SECRET_HEADER = /auth|key|token|secret|cookie|session/i;

/** Backoff between retries, in milliseconds. */
export interface RetryDelays {
  /**
   * The wait before the first retry, doubled for each further one. Default: 500 ms.
   */
  initialMs: number;
  /**
   * The longest wait the doubling reaches. Default: 8,000 ms.
   */
  maxMs: number;
  /**
   * The longest wait a server may ask for (`Retry-After`) that the client sits through; a longer one fails at once with the error, rather than holding the caller. Default: 60,000 ms.
   */
  maxRetryAfterMs: number;
}

/** The client options that spec/sdk-policy.yaml sets, with their meanings and defaults. */
export interface PolicyOptions {
  /**
   * The API key (`sk_…`), sent as `Authorization: Bearer <key>`. It never appears in errors, logs or printed clients. Default: the `REVOX_API_KEY` environment variable.
   */
  apiKey?: string | undefined;
  /**
   * The API root. A URL with a user name or password is refused, since it would leak in logs. Default: `REVOX_BASE_URL`, else https://www.getrevox.com/api.
   */
  baseURL?: string | undefined;
  /**
   * The longest one attempt may take, from sending the request until the whole answer is read, slow bodies included. Each retry gets a new one. In milliseconds. Default: 60,000 ms.
   */
  timeout?: number | undefined;
  /**
   * Retries after the first attempt, for retryable failures only. Default: 2.
   */
  maxRetries?: number | undefined;
  /**
   * Backoff between retries: `initialMs` doubled per retry up to `maxMs`, minus up to 25 % jitter; a server-requested wait honoured up to `maxRetryAfterMs`. Defaults: 500, 8000 and 60000 ms.
   */
  retryDelay?: Partial<RetryDelays> | undefined;
  /**
   * The least severe level logged. Default: `REVOX_LOG`, else `warn`.
   */
  logLevel?: LogLevel | undefined;
  /**
   * The most bytes one answer may have (after decompression); past it the client stops reading and fails with a typed error. Default: 32 MiB for JSON, 64 MiB for audio; set it to apply one limit to every answer.
   */
  maxResponseBytes?: number | undefined;
}

const BY_STATUS: Record<number, typeof APIError> = {
  400: StatusErrors.BadRequestError,
  401: StatusErrors.AuthenticationError,
  403: StatusErrors.PermissionDeniedError,
  404: StatusErrors.NotFoundError,
  409: StatusErrors.ConflictError,
  422: StatusErrors.UnprocessableEntityError,
  429: StatusErrors.RateLimitError,
};

/** The error for an HTTP failure status, its message built from the response. */
export function errorFromResponse(status: number, headers: Headers, body: unknown, message?: string): APIError {
  const ErrorClass = BY_STATUS[status] ?? (status >= 500 ? StatusErrors.InternalServerError : APIError);
  return new ErrorClass(status, headers, body, message);
}
