# frozen_string_literal: true

module Revox
  # An answer of the API, as it came: every field the server sent is kept,
  # those this gem does not know yet included.
  #
  #   answer.assistant.name          # an accessor for each field present
  #   answer[:assistant][:name]      # or [] by symbol or string (nil when absent)
  #   answer.to_h                    # a Hash with symbol keys, all the way down
  #   answer.to_json                 # the JSON, as the server sent it
  #   puts answer                    # the JSON, indented
  #
  # Nested objects are Models and lists are Arrays, wrapped on first access.
  class Model
    # A Model for a Hash, an Array of wrapped values for an Array, anything else as it is.
    def self.wrap(value)
      case value
      when Hash then new(value)
      when Array then value.map { |item| wrap(item) }
      else value
      end
    end

    # `data` is parsed JSON: a Hash with string keys.
    def initialize(data)
      @data = data
      @wrapped = {}
    end

    def [](key)
      name = key.to_s
      @wrapped.fetch(name) { @wrapped[name] = Model.wrap(@data[name]) }
    end

    def key?(key)
      @data.key?(key.to_s)
    end

    # The field names, as symbols.
    def keys
      @data.keys.map(&:to_sym)
    end

    def to_h
      Model.symbolize(@data)
    end

    def to_json(*args)
      @data.to_json(*args)
    end

    def to_s
      JSON.pretty_generate(@data)
    end

    def inspect
      "#<#{self.class.name} #{to_h.inspect}>"
    end

    def ==(other)
      other.is_a?(Model) && other.raw == raw
    end
    alias eql? ==

    def hash
      raw.hash
    end

    # Deep copy of parsed JSON with symbol keys.
    def self.symbolize(value)
      case value
      when Hash then value.to_h { |key, item| [key.to_sym, symbolize(item)] }
      when Array then value.map { |item| symbolize(item) }
      else value
      end
    end

    protected

    def raw
      @data
    end

    private

    # Only fields the server sent have an accessor: a misspelt name raises
    # NoMethodError rather than quietly answering nil. Fields that may be
    # absent are read with [].
    def method_missing(name, *args, &block)
      key = name.to_s
      return self[key] if args.empty? && block.nil? && @data.key?(key)

      super
    end

    def respond_to_missing?(name, include_private = false)
      @data.key?(name.to_s) || super
    end
  end
end
