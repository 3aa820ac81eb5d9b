import { Revox } from './generated/revox.js';

export default Revox;
export { Revox };
export { APIPromise, PagePromise } from './api-promise.js';
export type { ClientOptions, CustomRequestOptions, HeadersInit, QueryInit, RequestOptions, RequestValidator } from './options.js';
export { DEFAULTS, ENV } from './generated/policy.js';
export type { LogLevel, Logger } from './logger.js';
export type { RetryDelays } from './retry.js';
export { VERSION } from './version.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  ResponseTooLargeError,
  RevoxError,
  RevoxValidationError,
} from './errors.js';
export type { ValidationIssue } from './errors.js';
export * from './generated/errors.js';
export type * from '@revoxai/types';
