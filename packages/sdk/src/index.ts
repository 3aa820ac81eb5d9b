import { Revox } from './client.js';

export default Revox;
export { Revox };
export type { ClientOptions, RequestOptions, RequestValidator } from './options.js';
export type { CallAttemptPage } from './resources/call.js';
export { DEFAULTS, ENV } from './options.js';
export type { LogLevel, Logger } from './logger.js';
export type { RetryDelays } from './retry.js';
export { VERSION } from './version.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RevoxError,
  RevoxValidationError,
  UnprocessableEntityError,
} from './errors.js';
export type { ValidationIssue } from './errors.js';
export type * from '@revoxai/types';
