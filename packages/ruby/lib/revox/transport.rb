# frozen_string_literal: true

module Revox
  # Sends one request as the client built it: authentication and the gem's
  # headers, one deadline per attempt, the retries the operation allows, and
  # log lines without secrets. Connections are kept alive, one per thread in
  # flight, in a pool guarded by a mutex.
  #
  # Each answer is read whole here, in chunks, so that the attempt's
  # deadline, the size limit and the length the server announced are
  # checked as it arrives.
  class Transport
    # What a request on its way may fail with before a whole answer: the
    # socket's and TLS's errors, an unreadable response, a body cut short.
    CONNECTION_ERRORS = [IOError, SystemCallError, SocketError, OpenSSL::SSL::SSLError, Net::HTTPBadResponse, Net::HTTPHeaderSyntaxError, Zlib::Error].freeze
    TIMEOUTS = [Net::OpenTimeout, Net::ReadTimeout, Net::WriteTimeout].freeze

    # A body shorter than its Content-Length: Ruby 3.1's net/http takes the
    # early end of such a body for its end, so the gem counts the bytes.
    class TruncatedBody < IOError; end

    # An answer the gem stops reading on purpose (an encoding it cannot
    # decode): the connection is closed, and the reply goes up without a body.
    class Unread < StandardError
      attr_reader :reply

      def initialize(reply)
        @reply = reply
        super("answer left unread")
      end
    end

    # One request, as the client built it. `headers` has lower-case names;
    # `binary` says whether a success answer is bytes (it sets the default
    # size limit); `max_response_bytes` nil means the defaults.
    Request = Struct.new(:http_method, :path, :headers, :body, :idempotent, :timeout, :max_retries, :binary, :max_response_bytes,
                         keyword_init: true) do
      # The caller's headers may hold credentials.
      def inspect
        "#<Revox::Transport::Request #{http_method} #{path} #{Options.redact(headers).inspect}>"
      end
      alias_method :to_s, :inspect
    end

    # One whole answer: its status, its headers by lower-case name, its body
    # (binary) and, when the body was refused unread, its content-encoding.
    Reply = Struct.new(:status, :headers, :body, :unread_encoding, keyword_init: true)

    def initialize(base_uri:, secret:, retry_policy:, log:)
      @host = base_uri.hostname
      @port = base_uri.port
      @ssl = base_uri.scheme == "https"
      @origin = "#{base_uri.scheme}://#{base_uri.host}:#{base_uri.port}"
      @client_header = "revox-ruby/#{VERSION} ruby/#{RUBY_VERSION}"
      @secret = secret
      @policy = retry_policy
      @log = log
      @idle = []
      @mutex = Mutex.new
    end

    def inspect
      "#<Revox::Transport #{@origin}>"
    end

    # At most 1 + max_retries attempts; the last one's reply, whatever its
    # status, or the error of its failure to get one.
    def perform(request)
      attempt = 0
      loop do
        attempt += 1
        reply, error = try_once(request, attempt)
        # A typed error (an answer too large) is final: the same request would get the same answer.
        raise error if error.is_a?(Revox::Error)

        retryable = error ? @policy.retryable_failure?(error, request.idempotent) : @policy.retryable_status?(reply.status, request.idempotent)
        delay = retryable && attempt <= request.max_retries ? @policy.delay(attempt, reply ? reply.headers : {}) : nil
        if delay.nil?
          raise connection_error(error, request.timeout), cause: safe_cause(error) if error

          return reply
        end
        if @log.info?
          why = error ? connection_error(error, request.timeout).message : "Got #{reply.status}."
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

    private

    # [reply, nil], or [nil, the error] when no whole answer came.
    def try_once(request, number)
      headers = attempt_headers(request.headers, number)
      if @log.debug?
        @log.debug("→ #{request.http_method} #{@origin}#{request.path} (attempt #{number}/#{request.max_retries + 1}) #{Options.redact(headers).inspect}")
      end
      started = now
      reply = exchange(request, headers)
      @log.debug("← #{reply.status} #{request.http_method} #{@origin}#{request.path} in #{((now - started) * 1000).round} ms (attempt #{number})") if @log.debug?
      [reply, nil]
    rescue *TIMEOUTS, *CONNECTION_ERRORS, Errors::ResponseTooLargeError => e
      @log.debug("✗ #{request.http_method} #{@origin}#{request.path} failed (attempt #{number}): #{e.class}") if @log.debug?
      [nil, e]
    end

    # The gem's defaults, then the caller's headers (nil removes one), then
    # the gem's own headers. The key is added here, for this attempt only.
    def attempt_headers(headers, number)
      merged = { "authorization" => "Bearer #{@secret.reveal}", "user-agent" => @client_header }.merge(headers).compact
      merged[Policy::HEADER_CLIENT] = @client_header
      merged[Policy::HEADER_ATTEMPT] = number.to_s
      merged
    end

    # One request and its whole answer, on a pooled connection, within the
    # attempt's deadline. A connection that failed, or whose answer was not
    # read to its end, is closed, never reused: its state is unknown.
    def exchange(request, headers)
      deadline = now + request.timeout
      http = checkout
      http.deadline = deadline
      reusable = false
      begin
        # A connection the server closed is reopened by net/http itself
        # before the request goes out (it checks for EOF first), within this.
        http.open_timeout = remaining(deadline)
        http.start unless http.started?
        http.write_timeout = remaining(deadline)
        http.read_timeout = remaining(deadline)
        message = Net::HTTPGenericRequest.new(request.http_method, !request.body.nil?, request.http_method != "HEAD", request.path, headers)
        message.body = request.body if request.body
        reply = nil
        http.request(message) { |response| reply = read(response, request) }
        reusable = true
        reply
      rescue Unread => e
        e.reply
      ensure
        reusable ? checkin(http) : discard(http)
      end
    end

    # The whole body, in chunks as they arrive (each wait bounded by what is
    # left of the deadline, by the Connection), the bytes counted against the Content-Length
    # and, once decoded, against the size limit. A gzip or deflate body is
    # inflated as it arrives, a piece at a time, so that a small body that
    # inflates to gigabytes stops at the limit instead of filling memory.
    def read(response, request)
      status = response.code.to_i
      headers = {}
      response.each_header { |name, value| headers[name] = value }
      body_follows = response.class.body_permitted? && request.http_method != "HEAD"
      # The length announced, unless chunked: then Transfer-Encoding alone decides (RFC 9112, 6.3).
      expected = body_follows && !response.chunked? ? response.content_length : nil
      encoding = headers["content-encoding"].to_s.strip.downcase
      decoder = decoder_for(encoding)
      # An encoding the gem cannot decode (it asks for gzip or deflate only) is not read.
      raise Unread, Reply.new(status: status, headers: headers, body: nil, unread_encoding: encoding) if body_follows && expected != 0 && decoder == :unknown

      limit = size_limit(request, status)
      raise too_large(status, headers, limit) if expected && expected > limit && decoder.nil?

      body = String.new(encoding: Encoding::BINARY)
      received = 0
      keep = lambda do |piece|
        body << piece
        raise too_large(status, headers, limit) if body.bytesize > limit
      end
      response.read_body do |chunk|
        received += chunk.bytesize
        decoder ? decoder.inflate(chunk) { |piece| keep.call(piece) } : keep.call(chunk)
      end
      raise TruncatedBody, "the answer was cut short: #{received} of #{expected} bytes" if expected && received < expected
      raise TruncatedBody, "the compressed answer was cut short" if decoder && !decoder.finished?

      Reply.new(status: status, headers: headers, body: body, unread_encoding: nil)
    ensure
      if decoder.is_a?(Zlib::Inflate) && !decoder.closed?
        decoder.reset unless decoder.finished? # a stream left half-read is dropped, not finished
        decoder.close
      end
    end

    # How a body of this Content-Encoding is decoded: nil when it is not
    # encoded, an inflater for gzip and deflate (zlib or raw), :unknown else.
    def decoder_for(encoding)
      case encoding
      when "", "identity" then nil
      when "gzip", "x-gzip" then Zlib::Inflate.new(Zlib::MAX_WBITS + 16)
      when "deflate" then Zlib::Inflate.new(Zlib::MAX_WBITS + 32)
      else :unknown
      end
    end

    def size_limit(request, status)
      return request.max_response_bytes if request.max_response_bytes

      request.binary && status.between?(200, 299) ? Policy::MAX_RESPONSE_BYTES_BINARY : Policy::MAX_RESPONSE_BYTES_JSON
    end

    def too_large(status, headers, limit)
      Errors::ResponseTooLargeError.new(
        status: status, headers: Errors.scrub(headers, @secret), body: nil,
        message: "#{status} The answer is larger than max_response_bytes (#{limit} bytes); the gem stopped reading it.",
      )
    end

    # Seconds left before the deadline; none left is a timeout.
    def remaining(deadline)
      left = deadline - now
      raise Net::ReadTimeout if left <= 0

      left
    end

    def now
      Process.clock_gettime(Process::CLOCK_MONOTONIC)
    end

    # An idle connection, or a new one not opened yet.
    def checkout
      pid = Process.pid # a system call each time, not cached by Ruby: read once
      http = @mutex.synchronize do
        # A forked child must not write on its parent's sockets: it opens its own.
        @idle.clear if @pid != pid
        @pid = pid
        @idle.pop
      end
      unless http
        http = Connection.new(@host, @port)
        http.use_ssl = @ssl
        # net/http would send an idempotent-looking request (GET, PUT,
        # DELETE...) again by itself after some failures; the retry policy
        # alone decides, by the operation's idempotency.
        http.max_retries = 0
      end
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

      Errors::APIConnectionError.new(@secret.scrub("Connection error: #{error.message} (#{error.class})."))
    end

    # The low-level error, kept as the cause unless its message holds the
    # key (a server can echo the request into a malformed status line).
    def safe_cause(error)
      @secret.scrub(error.message) == error.message ? error : nil
    end
  end
end
