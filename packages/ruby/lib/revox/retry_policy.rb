# frozen_string_literal: true

module Revox
  # When a failed attempt may be sent again, and how long to wait first: the
  # TypeScript SDK's policy, from the same spec/sdk-policy.yaml.
  #
  # It depends on whether the operation is idempotent (the spec says so). An
  # idempotent request may be sent again after any transient failure. A
  # non-idempotent one (placing a call, creating an assistant) only when the
  # server provably did not act on it: the connection was refused, or it
  # answered a status of Policy::RETRY_STATUSES_NON_IDEMPOTENT. A 500, a
  # timeout or a dropped connection may come after the call was placed.
  class RetryPolicy
    def initialize(initial_delay:, max_delay:, max_retry_after: Policy::MAX_RETRY_AFTER)
      @initial_delay = initial_delay
      @max_delay = max_delay
      @max_retry_after = max_retry_after
    end

    def retryable_status?(status, idempotent)
      return Policy::RETRY_STATUSES_NON_IDEMPOTENT.include?(status) unless idempotent

      Policy::RETRY_STATUSES_IDEMPOTENT.include?(status) || status >= Policy::RETRY_FROM_IDEMPOTENT
    end

    # After an attempt that got no response: always when idempotent;
    # otherwise only when the connection was refused, since then not a byte
    # of the request reached the server.
    def retryable_failure?(error, idempotent)
      idempotent || error.is_a?(Errno::ECONNREFUSED)
    end

    # Seconds to wait before retry number `retry` (from 1), or nil when the
    # server asks for a longer wait than MAX_RETRY_AFTER: the caller then gets
    # the error at once rather than a call blocked for minutes.
    def delay(retry_number, headers, now: Time.now, random: Kernel.rand)
      requested = requested_delay(headers, now)
      return backoff(retry_number, random) if requested.nil?

      requested <= @max_retry_after ? requested : nil
    end

    private

    # Exponential backoff with up to Policy::JITTER of it taken off at
    # random, so that many clients do not retry in step.
    def backoff(retry_number, random)
      [@initial_delay * (2**(retry_number - 1)), @max_delay].min * (1 - (Policy::JITTER * random))
    end

    # The wait a server asks for: `retry-after-ms`, else `Retry-After` in
    # seconds or as an HTTP date.
    def requested_delay(headers, now)
      ms = Float(headers[Policy::HEADER_RETRY_AFTER_MS], exception: false)
      return ms / 1000 if ms&.finite? && ms >= 0

      value = headers[Policy::HEADER_RETRY_AFTER]&.strip
      return nil if value.nil? || value.empty?
      return Float(value) if value.match?(/\A\d+(\.\d+)?\z/)

      [Time.httpdate(value) - now, 0.0].max
    rescue ArgumentError
      nil
    end
  end
end
