# GENERATED FILE. DO NOT EDIT.
# Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through packages/codegen/src/targets/ruby.mjs.
# Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
# frozen_string_literal: true

module Revox
  # How the client behaves where the API leaves a choice to it (spec/sdk-policy.yaml).
  # Durations are in seconds.
  module Policy
    # The API root: the spec's first server.
    BASE_URL = "https://www.getrevox.com/api"
    # Time limit of each phase of one attempt (connecting, writing, each read).
    TIMEOUT = 60.0
    # Retries after the first attempt, for retryable failures only.
    MAX_RETRIES = 2
    # Backoff: INITIAL_RETRY_DELAY doubled per retry up to MAX_RETRY_DELAY, minus up to 25 % jitter.
    INITIAL_RETRY_DELAY = 0.5
    MAX_RETRY_DELAY = 8.0
    # The longest server-requested wait (Retry-After) sat through; a longer one fails at once.
    MAX_RETRY_AFTER = 60.0
    LOG_LEVEL = "warn"

    # The environment variables read when an option is not given.
    ENV_API_KEY = "REVOX_API_KEY"
    ENV_BASE_URL = "REVOX_BASE_URL"
    ENV_LOG_LEVEL = "REVOX_LOG"

    # An idempotent request is sent again after these statuses, every status
    # from RETRY_FROM_IDEMPOTENT up, and any failure to get a response.
    RETRY_STATUSES_IDEMPOTENT = [408, 409, 429].freeze
    RETRY_FROM_IDEMPOTENT = 500
    # A non-idempotent one (placing a call, creating an assistant) only after
    # these, which say the server did not act, or a refused connection.
    RETRY_STATUSES_NON_IDEMPOTENT = [429, 503].freeze
  end
end
