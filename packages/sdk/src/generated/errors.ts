// GENERATED FILE. DO NOT EDIT.
// Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through spec/sdk-policy.yaml.
// Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
import { APIError, brand } from '../errors.js';

/** The server answered 400. */
export class BadRequestError extends APIError {
  static {
    brand(this, 'BadRequestError');
  }
}

/** The server answered 401. */
export class AuthenticationError extends APIError {
  static {
    brand(this, 'AuthenticationError');
  }
}

/** The server answered 403. */
export class PermissionDeniedError extends APIError {
  static {
    brand(this, 'PermissionDeniedError');
  }
}

/** The server answered 404. */
export class NotFoundError extends APIError {
  static {
    brand(this, 'NotFoundError');
  }
}

/** The server answered 409. */
export class ConflictError extends APIError {
  static {
    brand(this, 'ConflictError');
  }
}

/** The server answered 422. */
export class UnprocessableEntityError extends APIError {
  static {
    brand(this, 'UnprocessableEntityError');
  }
}

/** The server answered 429. */
export class RateLimitError extends APIError {
  static {
    brand(this, 'RateLimitError');
  }
}

/** The server answered 500 or above. */
export class InternalServerError extends APIError {
  static {
    brand(this, 'InternalServerError');
  }
}
