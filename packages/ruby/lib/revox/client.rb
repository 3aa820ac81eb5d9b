# frozen_string_literal: true

module Revox
  # The Revox API client. One per application is enough: it is safe to share
  # between threads, and keeps its connections alive.
  #
  #   revox = Revox::Client.new(api_key: ENV["REVOX_API_KEY"]) # the default, can be left out
  #   revox.assistants.update("asst_123", name: "Front desk")
  #
  # Each resource (`assistants`, `call`, `voices`, `users.me`) is generated
  # from the spec (lib/revox/generated/resources.rb).
  class Client
    attr_reader :base_url, :timeout, :max_retries, :log_level

    # Every option left out (or nil) takes its environment variable, then its
    # default (spec/sdk-policy.yaml): `api_key` REVOX_API_KEY, `base_url`
    # REVOX_BASE_URL then the production API, `log_level` REVOX_LOG then "warn".
    # `timeout` and the retry delays are in seconds.
    def initialize(api_key: nil, base_url: nil, max_retries: Policy::MAX_RETRIES, timeout: Policy::TIMEOUT,
                   initial_retry_delay: Policy::INITIAL_RETRY_DELAY, max_retry_delay: Policy::MAX_RETRY_DELAY,
                   log_level: nil, logger: nil)
      @api_key = Options.api_key(api_key || env(Policy::ENV_API_KEY), env: Policy::ENV_API_KEY)
      uri = Options.base_url(base_url || env(Policy::ENV_BASE_URL) || Policy::BASE_URL, env: Policy::ENV_BASE_URL)
      @base_url = uri.to_s
      @base_path = uri.path
      @timeout = Options.timeout("timeout", timeout)
      @max_retries = Options.retries("max_retries", max_retries)
      @log_level = Options.log_level(log_level || env(Policy::ENV_LOG_LEVEL) || Policy::LOG_LEVEL, env: Policy::ENV_LOG_LEVEL)
      log = Log.new(logger || Logger.new($stderr), @log_level)
      retry_policy = RetryPolicy.new(initial_delay: Options.delay("initial_retry_delay", initial_retry_delay), max_delay: Options.delay("max_retry_delay", max_retry_delay))
      @transport = Transport.new(base_uri: uri, api_key: @api_key, retry_policy: retry_policy, log: log)
      log.warn("base_url #{@base_url}: the API key would cross the network unencrypted (http://).") if exposes_key?(uri)
      attach_resources
    end

    # Never the key: what `p client`, `pp client` and error reports show.
    def inspect
      "#<Revox::Client base_url=#{@base_url.inspect} timeout=#{@timeout} max_retries=#{@max_retries}>"
    end

    # Closes the kept-alive connections. The client stays usable: a later
    # request opens a new one.
    def close
      @transport.close
    end

    # Sends one operation of Revox::Generated::OPERATIONS. The resource
    # methods call this; bad input is refused before anything is sent.
    # @api private
    def request(operation, path: nil, query: nil, body: nil, request_options: nil)
      options = RequestOptions.from(request_options)
      query = query_of(operation, query) if query
      payload = body_of(operation, body) if operation.body
      target = @base_path + (path ? operation.expand_path { |name| segment(name, path.fetch(name.to_sym)) } : operation.path)
      target += "?#{URI.encode_www_form(query)}" if query && !query.empty?
      headers = { "accept" => operation.accept }
      headers["content-type"] = "application/json" if payload
      headers.merge!(options.extra_headers)
      response = @transport.perform(
        Transport::Request.new(
          http_method: operation.http_method, path: target, headers: headers, body: payload, idempotent: operation.idempotent?,
          timeout: options.timeout || @timeout, max_retries: options.max_retries || @max_retries,
        ),
      )
      answer(operation, response, query, options)
    end

    private

    # An environment variable, unless unset or blank.
    def env(name)
      value = ENV[name]&.strip
      value unless value.nil? || value.empty?
    end

    # Plain HTTP to a host other than this machine.
    def exposes_key?(uri)
      uri.scheme == "http" && !uri.hostname.match?(/\A(localhost|127(\.\d+){3}|::1|.+\.localhost)\z/)
    end

    # A path parameter as one segment, percent-encoded. An Integer is sent as its digits. What encoding cannot make safe is
    # refused: an empty value, and the dot
    # segments "." and "..", which URL resolution turns into another path
    # (`/assistants/..` would address `/`).
    def segment(name, value)
      value = value.to_s if value.is_a?(Integer)
      problem =
        if !value.is_a?(String) then "must be a String, got #{value.class}"
        elsif value.empty? then "must not be empty"
        elsif %w[. ..].include?(value) then "must not be #{value.inspect} (a dot segment changes the path)"
        elsif !value.valid_encoding? then "must be valid #{value.encoding}"
        end
      raise Errors::InvalidRequestError, "Invalid `#{name}`: #{problem}. Nothing was sent." if problem

      return value if value.match?(/\A[A-Za-z0-9\-._~]+\z/)

      value.encode(Encoding::UTF_8).b.gsub(/[^A-Za-z0-9\-._~]/n) { |byte| format("%%%02X", byte.ord) }
    end

    # The query without parameters left nil; a required one must be given.
    def query_of(operation, values)
      missing = operation.required_query.select { |name| values[name.to_sym].nil? }
      unless missing.empty?
        raise Errors::InvalidRequestError, "Missing #{missing.map { |name| "`#{name}:`" }.join(", ")}: #{operation.sdk} requires it. Nothing was sent."
      end

      values.compact
    end

    # The body as JSON (symbols, as enum values, become strings). An
    # operation whose body is required refuses to send none.
    def body_of(operation, params)
      if params.empty? && operation.body == :required
        raise Errors::InvalidRequestError, "#{operation.sdk} needs a body: pass its fields as keywords. Nothing was sent."
      end

      JSON.generate(params)
    rescue JSON::GeneratorError => e
      raise Errors::InvalidRequestError, "The body of #{operation.sdk} cannot be sent as JSON (#{e.message}). Nothing was sent."
    end

    def answer(operation, response, query, options)
      status = response.code.to_i
      raise Errors.from_response(status, Transport.headers_of(response), error_body(response), secret: @api_key) unless status.between?(200, 299)
      return Binary.new(response.body.to_s, response["content-type"]) if operation.binary?

      data = parse(response, status)
      return Model.wrap(data) unless operation.pagination

      Page.new(data, client: self, operation: operation, query: query, request_options: options)
    end

    def parse(response, status)
      JSON.parse(response.body.to_s)
    rescue JSON::ParserError => e
      # A broken body surfaces as an APIError with the response's status, not a bare ParserError.
      message = "#{status} response body is not valid JSON (#{e.message})".gsub(@api_key, "***")
      raise Errors::APIError.new(status: status, headers: Transport.headers_of(response), body: text_of(response), message: message)
    end

    # Parsed JSON when the body is JSON, else its text ("" when empty).
    def error_body(response)
      text = text_of(response)
      JSON.parse(text) || ""
    rescue JSON::ParserError
      text
    end

    def text_of(response)
      response.body.to_s.dup.force_encoding(Encoding::UTF_8).scrub
    end
  end
end
