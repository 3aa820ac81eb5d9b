# frozen_string_literal: true

module Revox
  # What one call of an operation sends, checked before anything is sent:
  # the keywords against the operation's parameters (an unknown or missing
  # keyword is Ruby's ArgumentError; a 0.2.0 spelling is taken with a
  # deprecation warning), then each value sorted by where it goes, under its
  # wire name: the path, the query, the headers, the body (JSON or a form).
  # A value that cannot be sent as the API reads it raises
  # Errors::InvalidRequestError naming it.
  class Input
    # The folder of the gem's code: a deprecation warning points at the first caller outside it.
    GEM_DIR = File.expand_path("..", __dir__)
    # JSON's own nesting limit (JSON.generate refuses deeper values).
    MAX_NESTING = JSON::State.new.max_nesting

    # The path and query after the base path (`/assistants/a%201?x=1`).
    attr_reader :target
    # The operation's headers (accept, content-type, header parameters), before the caller's extra headers.
    attr_reader :headers
    # The encoded body, or nil.
    attr_reader :body
    # The keywords as given, under their current names (for the next page of a list).
    attr_reader :params

    def initialize(operation, path:, params:, options:)
      @operation = operation
      @params = keywords(params || {})
      @target = path_of(path || []) + query_string
      @headers = { "accept" => operation.accept, "accept-encoding" => "gzip, deflate" }
      header_params.each { |name, value| @headers[name] = value }
      @body = body_of(options.extra_body)
      freeze
    end

    private

    def sdk
      @operation.sdk
    end

    def refuse(name, problem)
      raise Errors::InvalidRequestError, "Invalid `#{name}`: #{problem}. Nothing was sent."
    end

    # The keywords by their current names. Ruby's own wording for unknown
    # and missing ones, with a suggestion and the keywords the method takes.
    def keywords(given)
      found = {}
      unknown = []
      given.each do |key, value|
        name = key.to_sym
        if (param = @operation.param(name))
          found[name] = value
        elsif (param = @operation.legacy_param(name))
          raise ArgumentError, "#{sdk}: `#{param.keyword}:` given twice (also as `#{name}:`, its 0.2.0 spelling)" if given.key?(param.keyword)

          deprecated(name, param)
          found[param.keyword] = value
        else unknown << name
        end
      end
      raise ArgumentError, unknown_message(unknown) unless unknown.empty?

      missing = @operation.required_params.reject { |param| found.key?(param.keyword) }.map(&:keyword)
      raise ArgumentError, "missing keyword#{"s" if missing.length > 1}: #{missing.map(&:inspect).join(", ")}" unless missing.empty?

      found
    end

    def unknown_message(unknown)
      message = +"unknown keyword#{"s" if unknown.length > 1}: #{unknown.map(&:inspect).join(", ")}"
      if defined?(DidYouMean::SpellChecker)
        checker = DidYouMean::SpellChecker.new(dictionary: @operation.keywords)
        corrections = unknown.flat_map { |name| checker.correct(name) }.uniq
        message << DidYouMean::Formatter.message_for(corrections.map(&:inspect)) unless corrections.empty?
      end
      message << "\n#{sdk} takes #{@operation.keywords.map { |name| "#{name}:" }.join(", ")}"
    end

    # The 0.2.0 spelling (`voiceId:`) still works in 0.x, with Ruby's deprecation warning (shown under `ruby -w` or `Warning[:deprecated] = true`).
    def deprecated(name, param)
      # uplevel 1 is this method's caller, caller_locations(1)[0].
      up = (caller_locations(1).index { |location| !location.absolute_path.to_s.start_with?(GEM_DIR) } || 0) + 1
      Kernel.warn("#{sdk}: the keyword `#{name}:` is deprecated; use `#{param.keyword}:` (the gem still sends it as #{param.wire.inspect}).",
                  uplevel: up, category: :deprecated)
    end

    # The path with each value as one percent-encoded segment, in template order.
    def path_of(values)
      names = @operation.path_params
      raise ArgumentError, "#{sdk} takes #{names.length} path value(s) (#{names.join(", ")}), got #{values.length}" unless values.length == names.length

      by_name = names.zip(values).to_h
      @operation.expand_path { |name| segment(name, by_name.fetch(name)) }
    end

    # A path parameter as one segment, percent-encoded. An Integer is sent
    # as its digits. What encoding cannot make safe is refused: an empty
    # value, bytes that are not text, and the dot segments "." and "..",
    # which URL resolution turns into another path (`/assistants/..` would
    # address `/`).
    def segment(name, value)
      value = value.to_s if value.is_a?(Integer)
      refuse(name, "must be a String, got #{value.class}") unless value.is_a?(String)
      refuse(name, "must not be empty") if value.empty?
      refuse(name, "must not be #{value.inspect} (a dot segment changes the path)") if %w[. ..].include?(value)
      text = text(name, value)
      return text if text.match?(/\A[A-Za-z0-9\-._~]+\z/)

      text.b.gsub(/[^A-Za-z0-9\-._~]/n) { |byte| format("%%%02X", byte.ord) }
    end

    # A String as UTF-8, or refused: bytes that are no text (`"\xFF".b`) cannot be sent as text.
    def text(name, value)
      text = value.encoding == Encoding::BINARY ? value.dup.force_encoding(Encoding::UTF_8) : value.encode(Encoding::UTF_8)
      refuse(name, "must be text (valid UTF-8), got bytes that are not") unless text.valid_encoding?
      text
    rescue EncodingError
      refuse(name, "must be text convertible to UTF-8, got #{value.encoding} bytes that are not")
    end

    def each_given(place)
      @operation.params_in(place).each do |param|
        value = @params[param.keyword]
        if value.nil?
          refuse(param.keyword, "required, and nil cannot be sent as a #{place}") if param.required?
          next
        end
        yield param, value
      end
    end

    # `?a=1&b=x&b=y`: arrays form-exploded, nil left out.
    def query_string
      pairs = []
      each_given(:query) do |param, value|
        values = param.array? && value.is_a?(Array) ? value : [value]
        values.each { |item| pairs << [param.wire, scalar(param.keyword, item)] }
      end
      pairs.empty? ? "" : "?#{URI.encode_www_form(pairs)}"
    end

    def header_params
      out = {}
      each_given(:header) do |param, value|
        text = scalar(param.keyword, value)
        refuse(param.keyword, "a header value must be printable ASCII") unless Options.sendable?(text)
        out[param.wire.downcase] = text
      end
      out
    end

    # A query, header or form value as text: strings, symbols, numbers, booleans.
    def scalar(name, value)
      case value
      when String then text(name, value)
      when Symbol then text(name, value.to_s)
      when Integer, true, false then value.to_s
      when Float
        refuse(name, "#{value} cannot be sent") unless value.finite?
        value.to_s
      else refuse(name, "expected a String, Symbol, number or boolean, got #{value.class}")
      end
    end

    def body_of(extra)
      unless @operation.body
        refuse("request_options[:extra_body]", "#{sdk} sends no body") unless extra.empty?
        return nil
      end

      fields = @operation.params_in(:body).select { |param| @params.key?(param.keyword) }
      if fields.empty? && extra.empty? && @operation.body_required?
        raise Errors::InvalidRequestError, "#{sdk} needs a body: pass its fields as keywords. Nothing was sent."
      end

      @operation.body == :multipart ? multipart(fields, extra) : json(fields, extra)
    end

    # The JSON body: nil is null (it clears a field); extra fields as given.
    def json(fields, extra)
      @headers["content-type"] = "application/json"
      body = {}
      fields.each do |param|
        value = @params[param.keyword]
        check_json(param.keyword.to_s, value, 2)
        body[param.wire] = value
      end
      extra.each do |key, value|
        check_json("request_options[:extra_body][#{key.inspect}]", value, 2)
        body[key.to_s] = value
      end
      JSON.generate(body)
    rescue JSON::GeneratorError, JSON::NestingError => e
      raise Errors::InvalidRequestError, "The body of #{sdk} cannot be sent as JSON (#{e.message}). Nothing was sent."
    end

    # What JSON.generate would refuse, found first so the error names the field.
    def check_json(name, value, depth)
      case value
      when Hash, Array
        refuse(name, "is nested deeper than JSON allows (#{MAX_NESTING} levels)") if depth > MAX_NESTING
        if value.is_a?(Hash)
          value.each do |key, item|
            text(name, key.to_s) if key.is_a?(String) || key.is_a?(Symbol)
            check_json("#{name}.#{key}", item, depth + 1)
          end
        else
          value.each_with_index { |item, index| check_json("#{name}[#{index}]", item, depth + 1) }
        end
      when Float then refuse(name, "#{value} cannot be sent as JSON") unless value.finite?
      when String then text(name, value)
      when Symbol then text(name, value.to_s)
      end
    end

    def multipart(fields, extra)
      form = Multipart.new
      fields.each do |param|
        value = @params[param.keyword]
        next if value.nil? # a form has no null: a field left nil is left out

        if param.file?
          form.file(param.wire, *file(param.keyword, value))
        else
          form.field(param.wire, scalar(param.keyword, value))
        end
      end
      extra.each { |key, value| form.field(key.to_s, scalar("request_options[:extra_body][#{key.inspect}]", value)) unless value.nil? }
      body, @headers["content-type"] = form.encode
      body
    end

    # A file's bytes and name: a String holds the bytes; an IO is read once,
    # here, before the first attempt, so that every attempt sends the same
    # bytes; a Pathname is read from disk.
    def file(name, value)
      case value
      when String then [value.b, name.to_s]
      when Pathname then [File.binread(value), value.basename.to_s]
      else
        refuse(name, "expected a String (the bytes), an IO or a Pathname, got #{value.class}") unless value.respond_to?(:read)
        path = value.respond_to?(:path) ? value.path : nil
        [value.read.to_s.b, path.is_a?(String) ? File.basename(path) : name.to_s]
      end
    rescue SystemCallError, IOError => e
      refuse(name, "the file cannot be read (#{e.class})")
    end
  end
end
