# frozen_string_literal: true

module Revox
  # The API key, kept out of everything that prints or dumps objects: it
  # lives in a closure, not an instance variable, so `to_yaml`, `pp`,
  # `inspect` and tools that walk instance variables find only `***`, and
  # Marshal refuses it.
  class Secret
    MASK = "***"

    def initialize(value)
      value = value.dup.freeze
      @value = -> { value }
      freeze
    end

    # The key itself, for the Authorization header and for blanking it out.
    def reveal
      @value.call
    end

    # `text` with every occurrence of the key replaced by `***`.
    def scrub(text)
      key = reveal.b
      bytes = text.b
      # Bytewise, so that text in any encoding, even invalid, is scrubbed.
      bytes.include?(key) ? bytes.gsub(key, MASK).force_encoding(text.encoding) : text
    end

    def inspect
      MASK
    end
    alias to_s inspect

    # Psych (`to_yaml`) writes this instead of the object's state.
    def encode_with(coder)
      coder.scalar = MASK
    end

    def marshal_dump
      raise TypeError, "Revox::Secret (the API key) cannot be marshalled"
    end
  end
end
