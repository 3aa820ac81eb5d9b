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
    attr_reader :base_url, :timeout, :max_retries, :max_retry_after, :max_response_bytes, :log_level

    # Every option left out (or nil) takes its environment variable, then its
    # default (spec/sdk-policy.yaml): `api_key` REVOX_API_KEY, `base_url`
    # REVOX_BASE_URL then the production API, `log_level` REVOX_LOG then
    # Policy::LOG_LEVEL. `timeout`, the retry delays and `max_retry_after`
    # are in seconds; `max_response_bytes` nil means the policy's limits
    # (one for JSON and error bodies, a larger one for audio).
    def initialize(api_key: nil, base_url: nil, max_retries: Policy::MAX_RETRIES, timeout: Policy::TIMEOUT,
                   initial_retry_delay: Policy::INITIAL_RETRY_DELAY, max_retry_delay: Policy::MAX_RETRY_DELAY,
                   max_retry_after: Policy::MAX_RETRY_AFTER, max_response_bytes: nil, log_level: nil, logger: nil)
      # The key is held by a Secret, never in an instance variable of its own: see Secret.
      @secret = Secret.new(Options.api_key(api_key.nil? ? env(Policy::ENV_API_KEY) : api_key, env: Policy::ENV_API_KEY))
      uri = Options.base_url(base_url || env(Policy::ENV_BASE_URL) || Policy::BASE_URL, env: Policy::ENV_BASE_URL)
      @base_url = uri.to_s
      @base_path = uri.path
      @timeout = Options.timeout("timeout", timeout)
      @max_retries = Options.retries("max_retries", max_retries)
      @max_retry_after = Options.delay("max_retry_after", max_retry_after)
      @max_response_bytes = max_response_bytes && Options.bytes("max_response_bytes", max_response_bytes)
      @log_level = Options.log_level(log_level || env(Policy::ENV_LOG_LEVEL) || Policy::LOG_LEVEL, env: Policy::ENV_LOG_LEVEL)
      log = Log.new(logger || Logger.new($stderr), @log_level, @secret)
      retry_policy = RetryPolicy.new(
        initial_delay: Options.delay("initial_retry_delay", initial_retry_delay), max_delay: Options.delay("max_retry_delay", max_retry_delay),
        max_retry_after: @max_retry_after,
      )
      @transport = Transport.new(base_uri: uri, secret: @secret, retry_policy: retry_policy, log: log)
      log.warn("base_url #{@base_url}: the API key would cross the network unencrypted (http://).") if exposes_key?(uri)
      attach_resources
    end

    # Never the key: what `p client`, `pp client` and error reports show.
    def inspect
      "#<Revox::Client base_url=#{@base_url.inspect} timeout=#{@timeout} max_retries=#{@max_retries}>"
    end

    # What `client.to_yaml` writes: the settings, not the key or the connections.
    def encode_with(coder)
      coder["base_url"] = @base_url
      coder["timeout"] = @timeout
      coder["max_retries"] = @max_retries
      coder["log_level"] = @log_level
    end

    # Closes the kept-alive connections. The client stays usable: a later
    # request opens a new one.
    def close
      @transport.close
    end

    # Sends one operation of Revox::Generated::OPERATIONS: `path` the path
    # values in template order, `params` the method's keywords. The resource
    # methods call this; bad input is refused before anything is sent.
    # @api private
    def request(operation, path: nil, params: nil, request_options: nil)
      options = RequestOptions.from(request_options)
      input = Input.new(operation, path: path, params: params, options: options)
      reply = @transport.perform(
        Transport::Request.new(
          http_method: operation.http_method, path: @base_path + input.target, headers: input.headers.merge(options.extra_headers),
          body: input.body, idempotent: operation.idempotent?, timeout: options.timeout || @timeout,
          max_retries: options.max_retries || @max_retries, binary: operation.answer == :binary,
          max_response_bytes: options.max_response_bytes || @max_response_bytes,
        ),
      )
      answer(operation, reply, path, input.params, options)
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

    def answer(operation, reply, path, params, options)
      status = reply.status
      raise unread(reply) if reply.unread_encoding
      raise redirect(reply) if status.between?(300, 399)
      raise Errors.from_response(status, reply.headers, error_body(reply), secret: @secret) unless status.between?(200, 299)

      case operation.answer
      when :empty then nil
      when :binary then Binary.new(reply.body.to_s, reply.headers["content-type"])
      else
        data = parse(reply)
        return Model.wrap(data) unless operation.pagination

        Page.new(data, client: self, operation: operation, path: path, params: params, request_options: options)
      end
    end

    # A JSON answer, or an APIError with the status: an empty body or one
    # that is not JSON is not what the operation documents.
    def parse(reply)
      text = text_of(reply)
      raise JSON::ParserError, "the body is empty" if text.strip.empty?

      JSON.parse(text)
    rescue JSON::ParserError => e
      # No cause: the parser's message quotes the body, which may echo the key.
      raise api_error(reply, text_of(reply), "#{reply.status} response body is not valid JSON (#{e.message[0, Errors::MAX_DETAIL]})"), cause: nil
    end

    # The gem never follows a redirect (spec/sdk-policy.yaml): it talks to
    # one origin, and a redirect is no reason to send a request again.
    def redirect(reply)
      location = reply.headers["location"]
      target =
        begin
          uri = URI.join("#{@base_url}/", location.to_s.strip)
          port = uri.port == uri.default_port ? "" : ":#{uri.port}"
          "#{uri.scheme}://#{uri.host}#{port}#{uri.path}"
        rescue URI::Error, ArgumentError
          nil
        end
      where = location.nil? ? "without a Location" : "to #{target || "an unreadable Location"}"
      api_error(reply, error_body(reply), "#{reply.status} The gem does not follow redirects: the server pointed #{where}. Nothing was sent there.")
    end

    def unread(reply)
      api_error(reply, nil, "#{reply.status} The server sent a #{reply.unread_encoding}-encoded body; the gem asks for gzip or deflate " \
                            "and did not read it.")
    end

    def api_error(reply, body, message)
      Errors::APIError.new(status: reply.status, headers: Errors.scrub(reply.headers, @secret), body: Errors.scrub(body, @secret),
                           message: @secret.scrub(message))
    end

    # Parsed JSON when the body is JSON, else its text ("" when empty).
    def error_body(reply)
      text = text_of(reply)
      JSON.parse(text) || ""
    rescue JSON::ParserError
      text
    end

    def text_of(reply)
      reply.body.to_s.dup.force_encoding(Encoding::UTF_8).scrub
    end
  end
end
