# frozen_string_literal: true

module Revox
  # A binary answer (the audio of `voices.preview`): exactly the bytes the
  # server sent, and their media type.
  #
  #   audio = revox.voices.preview(provider: :cartesia, voice_id: "...")
  #   File.binwrite("preview.mp3", audio.bytes)
  class Binary
    # The body, as a binary (ASCII-8BIT) String.
    attr_reader :bytes
    # The server's Content-Type, such as "audio/mpeg".
    attr_reader :content_type

    def initialize(bytes, content_type)
      @bytes = bytes.b.freeze
      @content_type = content_type
    end

    def size
      @bytes.bytesize
    end

    # A description, not the bytes: printing audio to a terminal helps nobody.
    def inspect
      "#<Revox::Binary #{content_type} #{size} bytes>"
    end
    alias to_s inspect
  end
end
