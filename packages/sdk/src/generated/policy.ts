// GENERATED FILE. DO NOT EDIT.
// Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through spec/sdk-policy.yaml.
// Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
import { APIError } from '../errors.js';
import * as StatusErrors from './errors.js';

/** The default of each client option (the API root is the spec's first server). */
export const DEFAULTS = {
  baseURL: 'https://www.getrevox.com/api',
  timeout: 60000,
  maxRetries: 2,
  retryDelay: { initialMs: 500, maxMs: 8000, maxRetryAfterMs: 60000 },
  logLevel: 'warn',
} as const;

/** The environment variables read when an option is not given. */
export const ENV = { apiKey: 'REVOX_API_KEY', baseURL: 'REVOX_BASE_URL', logLevel: 'REVOX_LOG' } as const;

/** The statuses after which a request may be sent again, by whether its operation is idempotent. */
export const RETRY = { idempotent: [408, 409, 429], idempotentFrom: 500, nonIdempotent: [429, 503] };

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
export function errorFromResponse(status: number, headers: Headers, body: unknown): APIError {
  const ErrorClass = BY_STATUS[status] ?? (status >= 500 ? StatusErrors.InternalServerError : APIError);
  return new ErrorClass(status, headers, body);
}
