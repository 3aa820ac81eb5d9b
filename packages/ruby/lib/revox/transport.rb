# frozen_string_literal: true

module Revox
  # Sends one request as the client built it: authentication and the gem's
  # headers, timeouts per attempt, the retries the operation allows, and log
  # lines without secrets. Connections are kept alive, one per thread in
  # flight, in a pool guarded by a mutex.
  class Transport
    # What a request on its way may fail with before a response: the
    # socket's and TLS's errors, an unreadable response, a broken gzip body.
    CONNECTION_ERRORS = [IOError, SystemCallError, SocketError, OpenSSL::SSL::SSLError, Net::HTTPBadResponse, Net::HTTPHeaderSyntaxError, Zlib::Error].freeze
    TIMEOUTS = [Net::OpenTimeout, Net::ReadTimeout, Net::WriteTimeout].freeze

    # One request, as the client built it. `headers` has lower-case names.
    Request = Struct.new(:http_method, :path, :headers, :body, :idempotent, :timeout, :max_retries, keyword_init: true) do
      # The caller's headers may hold credentials.
      def inspect
        "#<Revox::Transport::Request #{http_method} #{path} #{Options.redact(headers).inspect}>"
      end
      alias_method :to_s, :inspect
    end

    def initialize(base_uri:, api_key:, retry_policy:, log:)
      @host = base_uri.hostname
      @port = base_uri.port
      @ssl = base_uri.scheme == "https"
      @origin = "#{base_uri.scheme}://#{base_uri.host}:#{base_uri.port}"
      @client_header = "revox-ruby/#{VERSION} ruby/#{RUBY_VERSION}"
      @defaults = { "authorization" => "Bearer #{api_key}", "user-agent" => @client_header }.freeze
      @policy = retry_policy
      @log = log
      @idle = []
      @mutex = Mutex.new
    end

    def inspect
      "#<Revox::Transport #{@origin}>"
    end

    # At most 1 + max_retries attempts; the last one's response, whatever
    # its status, or the error of its failure to get one.
    def perform(request)
      attempt = 0
      loop do
        attempt += 1
        response, error = try_once(request, attempt)
        retryable = error ? @policy.retryable_failure?(error, request.idempotent) : @policy.retryable_status?(response.code.to_i, request.idempotent)
        delay = retryable && attempt <= request.max_retries ? @policy.delay(attempt, response ? Transport.headers_of(response) : {}) : nil
        if delay.nil?
          raise connection_error(error, request.timeout), cause: error if error

          return response
        end
        if @log.info?
          why = error ? connection_error(error, request.timeout).message : "Got #{response.code}."
          @log.info("#{why} Retrying #{request.http_method} #{@origin}#{request.path} in #{(delay * 1000).round} ms (retry #{attempt} of #{request.max_retries}).")
        end
        Kernel.sleep(delay)
      end
    end

    # Closes the idle connections; later requests open new ones.
    def close
      idle = @mutex.synchronize { @idle.slice!(0..) }
      idle.each { |http| discard(http) }
      nil
    end

    # Response headers by lower-case name, repeated ones joined by ", ".
    def self.headers_of(response)
      response.each_header.to_h
    end

    private

    # [response, nil], or [nil, the error] when no response came.
    def try_once(request, number)
      headers = attempt_headers(request.headers, number)
      if @log.debug?
        @log.debug("→ #{request.http_method} #{@origin}#{request.path} (attempt #{number}/#{request.max_retries + 1}) #{Options.redact(headers).inspect}")
      end
      started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
      response = exchange(request, headers)
      if @log.debug?
        @log.debug("← #{response.code} #{request.http_method} #{@origin}#{request.path} in #{((Process.clock_gettime(Process::CLOCK_MONOTONIC) - started) * 1000).round} ms (attempt #{number})")
      end
      [response, nil]
    rescue *TIMEOUTS, *CONNECTION_ERRORS => e
      @log.debug("✗ #{request.http_method} #{@origin}#{request.path} failed (attempt #{number}): #{e.class}") if @log.debug?
      [nil, e]
    end

    # The caller's headers over the gem's defaults (nil removes one); the gem's own headers last.
    def attempt_headers(headers, number)
      merged = @defaults.merge(headers).compact
      merged["x-revox-client"] = @client_header
      merged["x-revox-attempt"] = number.to_s
      merged
    end

    # One request and its whole response body, on a pooled connection. A
    # connection that failed is closed, never reused: its state is unknown.
    def exchange(request, headers)
      http = checkout(request.timeout)
      ok = false
      begin
        message = Net::HTTPGenericRequest.new(request.http_method, !request.body.nil?, true, request.path, headers)
        message.body = request.body if request.body
        response = http.request(message)
        ok = true
        response
      ensure
        ok ? checkin(http) : discard(http)
      end
    end

    def checkout(timeout)
      http = @mutex.synchronize do
        # A forked child must not write on its parent's sockets: it opens its own.
        @idle.clear if @pid != Process.pid
        @pid = Process.pid
        @idle.pop
      end
      unless http
        http = Net::HTTP.new(@host, @port)
        http.use_ssl = @ssl
        # net/http would send an idempotent-looking request (GET, PUT,
        # DELETE...) again by itself after some failures; the retry policy
        # alone decides, by the operation's idempotency.
        http.max_retries = 0
      end
      # Each phase of the attempt: connecting, writing, each read.
      http.open_timeout = timeout
      http.read_timeout = timeout
      http.write_timeout = timeout
      # A connection the server closed is reopened by net/http itself before
      # the request goes out (it checks for EOF first).
      http.start unless http.started?
      http
    end

    def checkin(http)
      @mutex.synchronize { @idle.push(http) }
    end

    def discard(http)
      http.finish if http.started?
    rescue IOError, SystemCallError
      nil
    end

    def connection_error(error, timeout)
      if TIMEOUTS.any? { |klass| error.is_a?(klass) }
        return Errors::APITimeoutError.new("Request timed out after #{timeout} s (#{error.class}).")
      end

      Errors::APIConnectionError.new("Connection error: #{error.message} (#{error.class}).")
    end
  end
end
