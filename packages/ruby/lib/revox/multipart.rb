# frozen_string_literal: true

module Revox
  # A multipart/form-data body (RFC 7578), built in memory: one part per
  # field, files as application/octet-stream parts with their file name,
  # between a random boundary that none of the parts contains.
  class Multipart
    def initialize
      @parts = []
    end

    # A text field.
    def field(name, value)
      @parts << [disposition(name), value.b]
      self
    end

    # A file part.
    def file(name, bytes, filename)
      @parts << ["#{disposition(name)}; filename=\"#{escape(filename)}\"\r\ncontent-type: application/octet-stream", bytes.b]
      self
    end

    # [the body, its content-type header].
    def encode
      boundary = nil
      loop do
        boundary = "revox-#{SecureRandom.hex(16)}"
        break if @parts.none? { |_, bytes| bytes.include?(boundary) }
      end
      body = String.new(encoding: Encoding::BINARY)
      @parts.each { |head, bytes| body << "--#{boundary}\r\n#{head}\r\n\r\n".b << bytes << "\r\n" }
      body << "--#{boundary}--\r\n"
      [body, "multipart/form-data; boundary=#{boundary}"]
    end

    private

    def disposition(name)
      "content-disposition: form-data; name=\"#{escape(name)}\""
    end

    # A name or file name inside quotes, as browsers write it (HTML's form encoding).
    def escape(text)
      text.to_s.b.gsub("\"", "%22").gsub("\r", "%0D").gsub("\n", "%0A")
    end
  end
end
