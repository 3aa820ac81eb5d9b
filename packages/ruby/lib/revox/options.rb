# frozen_string_literal: true

module Revox
  # Checks of option values. An error names the option and what it takes,
  # and shows the value given unless it may be a secret.
  module Options
    module_function

    def invalid(name, expected, got: nil, env: nil)
      Errors::ConfigurationError.new("Invalid `#{name}:` option#{" (or #{env})" if env}: #{expected}#{", got #{got.inspect}" unless got.nil?}.")
    end

    # Seconds, more than zero.
    def timeout(name, value)
      raise invalid(name, "expected a number of seconds > 0", got: value) unless value.is_a?(Numeric) && value.real? && value.finite? && value.positive?

      value.to_f
    end

    # Seconds, zero or more.
    def delay(name, value)
      raise invalid(name, "expected a number of seconds ≥ 0", got: value) unless value.is_a?(Numeric) && value.real? && value.finite? && value >= 0

      value.to_f
    end

    def retries(name, value)
      raise invalid(name, "expected a whole number ≥ 0", got: value) unless value.is_a?(Integer) && value >= 0

      value
    end

    # A number of bytes, more than zero.
    def bytes(name, value)
      raise invalid(name, "expected a whole number of bytes > 0", got: value) unless value.is_a?(Integer) && value.positive?

      value
    end

    def log_level(value, env:)
      level = value.to_s
      raise invalid("log_level", "expected one of #{Policy::LOG_LEVELS.join(", ")}", got: value, env: env) unless Policy::LOG_LEVELS.include?(level)

      level
    end

    # An absolute http(s) URL without query or fragment, as a URI with no
    # trailing slash. A URL with a user name or password is refused without
    # showing it: it would end up in logs and error reports, and the API
    # takes its key as `api_key:`.
    def base_url(value, env:)
      uri = begin
        URI.parse(value.to_s.chomp("/"))
      rescue URI::InvalidURIError
        nil # raised below, without the parser's error as its cause: that quotes the URL
      end
      if uri&.userinfo
        raise invalid("base_url", "a URL with a user name or password is refused, since it would leak in logs; pass the key as `api_key:`", env: env)
      end
      return uri if uri.is_a?(URI::HTTP) && uri.host && !uri.host.empty? && uri.query.nil? && uri.fragment.nil?

      # Text with an "@" may hold a password that the parser could not separate: not shown.
      raise invalid("base_url", "expected an absolute URL such as #{Policy::BASE_URL}", got: value.to_s.include?("@") ? nil : value, env: env)
    end

    # The API key, if HTTP can carry it in a header. Its value is never shown.
    def api_key(value, env:)
      raise Errors::ConfigurationError, "Missing API key: pass `api_key:` to Revox::Client.new or set #{env}." if value.nil?
      raise invalid("api_key", "expected a String, got #{value.class}", env: env) unless value.is_a?(String)

      key = value.strip
      raise Errors::ConfigurationError, "Missing API key: pass `api_key:` to Revox::Client.new or set #{env}." if key.empty?
      raise invalid("api_key", "HTTP cannot send its line break or non-ASCII character (a curly quote?)", env: env) unless sendable?(key)

      key
    end

    # Header names in lower case, values as strings; nil removes a header the
    # gem would send. A header HTTP cannot carry is refused here, naming it
    # but not its value: net/http's own error would print the value.
    def headers(name, value)
      raise invalid(name, "expected a Hash of header names to values", got: value.class) unless value.is_a?(Hash)

      value.each_with_object({}) do |(header, content), out|
        header = header.to_s
        unless header.match?(/\A[!#$%&'*+.^`|~\w-]+\z/) && (content.nil? || sendable?(content.to_s))
          raise invalid("#{name}[#{header.inspect}]", "HTTP takes a token name and a printable ASCII value")
        end

        out[header.downcase] = content&.to_s
      end
    end

    # net/http writes header values as they are, so only printable ASCII
    # reaches the server as written.
    def sendable?(text)
      text.valid_encoding? && text.match?(/\A[\t\x20-\x7e]*\z/)
    end

    # Headers as they may be shown: the value of every header whose name
    # says it holds a credential (Policy::SECRET_HEADER) replaced by `***`.
    def redact(headers)
      headers.to_h { |name, value| [name, name.to_s.downcase.match?(Policy::SECRET_HEADER) ? Secret::MASK : value] }
    end
  end

  # Options of one request, overriding the client's: `timeout:` (seconds),
  # `max_retries:`, `max_response_bytes:`, `extra_headers:` (nil removes a
  # header) and `extra_body:` (fields merged into the JSON body as given, to
  # send what the spec does not document yet). Every method takes them as
  # `request_options:`, a Hash or one of these.
  class RequestOptions
    KEYS = %i[timeout max_retries max_response_bytes extra_headers extra_body].freeze

    attr_reader :timeout, :max_retries, :max_response_bytes, :extra_headers, :extra_body

    # A RequestOptions from what a caller passed as `request_options:`.
    def self.from(value)
      case value
      when RequestOptions then value
      when nil then EMPTY
      when Hash
        unknown = value.keys.map(&:to_sym) - KEYS
        raise Options.invalid("request_options", "unknown key #{unknown.first.inspect} (known: #{KEYS.join(", ")})") unless unknown.empty?

        new(**value.transform_keys(&:to_sym))
      else raise Options.invalid("request_options", "expected a Hash or a Revox::RequestOptions", got: value.class)
      end
    end

    def initialize(timeout: nil, max_retries: nil, max_response_bytes: nil, extra_headers: nil, extra_body: nil)
      @timeout = timeout && Options.timeout("request_options[:timeout]", timeout)
      @max_retries = max_retries && Options.retries("request_options[:max_retries]", max_retries)
      @max_response_bytes = max_response_bytes && Options.bytes("request_options[:max_response_bytes]", max_response_bytes)
      @extra_headers = Options.headers("request_options[:extra_headers]", extra_headers || {}).freeze
      unless extra_body.nil? || extra_body.is_a?(Hash)
        raise Options.invalid("request_options[:extra_body]", "expected a Hash of body fields", got: extra_body.class)
      end

      @extra_body = (extra_body || {}).dup.freeze
      freeze
    end

    EMPTY = new

    # The extra body's values are not shown: they may be anything.
    def inspect
      "#<Revox::RequestOptions timeout=#{timeout.inspect} max_retries=#{max_retries.inspect} max_response_bytes=#{max_response_bytes.inspect} " \
        "extra_headers=#{Options.redact(extra_headers).inspect} extra_body=#{extra_body.keys.inspect}>"
    end
    alias to_s inspect
  end
end
