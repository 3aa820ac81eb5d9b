# frozen_string_literal: true

module Revox
  # Checks of option values. An error names the option and what it takes,
  # and shows the value given unless it may be a secret.
  module Options
    # Headers that carry credentials: never printed, never logged.
    SECRET_HEADERS = %w[authorization proxy-authorization cookie set-cookie x-api-key].freeze
    LOG_LEVELS = %w[off error warn info debug].freeze

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

    def log_level(value, env:)
      level = value.to_s
      raise invalid("log_level", "expected one of #{LOG_LEVELS.join(", ")}", got: value, env: env) unless LOG_LEVELS.include?(level)

      level
    end

    # An absolute http(s) URL without query or fragment, as a URI with no trailing slash.
    def base_url(value, env:)
      uri = URI.parse(value.to_s.chomp("/"))
      raise URI::InvalidURIError unless uri.is_a?(URI::HTTP) && uri.host && !uri.host.empty? && uri.query.nil? && uri.fragment.nil?

      uri
    rescue URI::InvalidURIError
      raise invalid("base_url", "expected an absolute URL such as #{Policy::BASE_URL}", got: value, env: env)
    end

    # The API key, if HTTP can carry it in a header. Its value is never shown.
    def api_key(value, env:)
      key = value.to_s.strip
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

    # Headers as they may be shown: credentials replaced by `***`.
    def redact(headers)
      headers.to_h { |name, value| [name, SECRET_HEADERS.include?(name.to_s.downcase) ? "***" : value] }
    end
  end

  # Options of one request, overriding the client's: `timeout:` (seconds),
  # `max_retries:` and `extra_headers:` (nil removes a header). Every method
  # takes them as `request_options:`, a Hash or one of these.
  class RequestOptions
    KEYS = %i[timeout max_retries extra_headers].freeze

    attr_reader :timeout, :max_retries, :extra_headers

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

    def initialize(timeout: nil, max_retries: nil, extra_headers: nil)
      @timeout = timeout && Options.timeout("request_options[:timeout]", timeout)
      @max_retries = max_retries && Options.retries("request_options[:max_retries]", max_retries)
      @extra_headers = Options.headers("request_options[:extra_headers]", extra_headers || {}).freeze
      freeze
    end

    EMPTY = new

    def inspect
      "#<Revox::RequestOptions timeout=#{timeout.inspect} max_retries=#{max_retries.inspect} extra_headers=#{Options.redact(extra_headers).inspect}>"
    end
    alias to_s inspect
  end
end
