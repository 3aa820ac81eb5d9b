# GENERATED FILE. DO NOT EDIT.
# Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through packages/codegen/src/targets/ruby.mjs.
# Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
# frozen_string_literal: true

module Revox
  module Errors
    # The server answered 400.
    class BadRequestError < APIError; end

    # The server answered 401.
    class AuthenticationError < APIError; end

    # The server answered 403.
    class PermissionDeniedError < APIError; end

    # The server answered 404.
    class NotFoundError < APIError; end

    # The server answered 409.
    class ConflictError < APIError; end

    # The server answered 422.
    class UnprocessableEntityError < APIError; end

    # The server answered 429.
    class RateLimitError < APIError; end

    # The server answered 500 or above.
    class InternalServerError < APIError; end

    # The class of each failure status; any other status from 500 up is a
    # SERVER_ERROR, and the rest are plain APIErrors.
    BY_STATUS = {
      400 => BadRequestError,
      401 => AuthenticationError,
      403 => PermissionDeniedError,
      404 => NotFoundError,
      409 => ConflictError,
      422 => UnprocessableEntityError,
      429 => RateLimitError,
    }.freeze
    SERVER_ERROR = InternalServerError
  end
end
