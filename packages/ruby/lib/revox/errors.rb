# frozen_string_literal: true

module Revox
  # Every error the gem raises: `rescue Revox::Error` handles them all.
  class Error < StandardError; end

  module Errors
    # A client or request option that cannot work: a missing API key, a
    # negative timeout... The message names the option. Nothing was sent.
    class ConfigurationError < Error; end

    # Input the gem refuses to send: an empty id, a required parameter given
    # as nil... The message names the parameter. Nothing was sent.
    class InvalidRequestError < Error; end

    # The server answered with a failure status (a subclass per well-known
    # status, generated from spec/sdk-policy.yaml), a redirect (never
    # followed), or a success body that cannot be read. The API key is
    # blanked out (`***`) of its message, headers and body, in case a server
    # echoes the request back.
    class APIError < Error
      # The HTTP status code.
      attr_reader :status
      # The response headers, by lower-case name.
      attr_reader :headers
      # The response body: parsed JSON when it was JSON, else the text ("" when empty).
      attr_reader :body

      def initialize(status:, headers:, body:, message: nil)
        @status = status
        @headers = headers
        @body = body
        super(message || Errors.describe_failure(status, headers, body))
      end

      # The server's request id (`x-request-id`), to quote when contacting support.
      def request_id
        headers[Policy::HEADER_REQUEST_ID]
      end
    end

    # An answer larger than `max_response_bytes`: the gem stopped reading it
    # and closed the connection. `status` is the answer's, `body` nil. Not
    # retried: the same request would get the same answer.
    class ResponseTooLargeError < APIError; end

    # No whole answer was received: DNS, a refused, reset or dropped
    # connection, TLS, a body cut short...
    class APIConnectionError < Error; end

    # An attempt took longer than the `timeout` option, from sending the
    # request until the whole answer was read.
    class APITimeoutError < APIConnectionError; end

    # Longer details are cut: a proxy's error page can be megabytes.
    MAX_DETAIL = 300

    module_function

    # The error for a failure status, with `secret` (the API key, a
    # Revox::Secret) blanked out of its headers, body and message.
    def from_response(status, headers, body, secret:)
      error_class = BY_STATUS.fetch(status) { status >= 500 ? SERVER_ERROR : APIError }
      headers = scrub(headers, secret)
      body = scrub(body, secret)
      error_class.new(status: status, headers: headers, body: body, message: secret.scrub(describe_failure(status, headers, body)))
    end

    # `value` with the secret replaced by `***` in every string, hash keys
    # and nested values included.
    def scrub(value, secret)
      case value
      when String then secret.scrub(value)
      when Hash then value.to_h { |key, item| [scrub(key, secret), scrub(item, secret)] }
      when Array then value.map { |item| scrub(item, secret) }
      else value
      end
    end

    # "404 Assistant not found.": the status, then the best human-readable
    # detail the response offers, as the TypeScript SDK words it.
    def describe_failure(status, headers, body)
      # Prism's request validation lists each violation in `sl-violations`, as JSON.
      text = [detail(body), violations(headers["sl-violations"])].reject(&:empty?).join(" — ")
      text = "(no body)" if text.empty?
      text = "#{text[0, MAX_DETAIL]}…" if text.length > MAX_DETAIL
      # Proxy pages are often titled "502 Bad Gateway": say the status once.
      text.start_with?("#{status} ") ? text : "#{status} #{text}"
    end

    def detail(body)
      case body
      when Hash
        message = body["message"]
        return JSON.generate(body) unless message.is_a?(String) && !message.strip.empty?

        body.key?("errors") ? "#{message.strip} errors: #{JSON.generate(body["errors"])}" : message.strip
      when Array then JSON.generate(body)
      when String
        text = body.strip
        return text unless text.match?(/\A<(!doctype|html)/i)

        title = text[%r{<title[^>]*>([^<]*)</title>}i, 1]&.strip
        "#{"#{title} " if title && !title.empty?}(HTML error page)"
      else ""
      end
    end

    # `[{"message": "Request query must have required property 'page'"}, ...]` → their messages.
    def violations(header)
      return "" if header.nil? || header.empty?

      JSON.parse(header).map { |v| v["message"] }.join("; ")
    rescue JSON::ParserError, NoMethodError, TypeError
      header
    end
  end
end
