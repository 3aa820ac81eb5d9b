# frozen_string_literal: true

require "socket"

# A real HTTP/1.1 server on 127.0.0.1 (a free port) in a thread: it records
# every request as it arrived and answers from a script. Connections are kept
# alive, and each request remembers which connection it came on.
#
# A handler gets the request and returns [status, headers, body], or
#   :drop   close the connection without answering (after reading the request),
#   :reset  the same with a TCP reset,
#   :hang   never answer; wait for the client to give up,
#   a Proc  that writes the answer itself on the socket (raw bytes, a body
#           trickling in, a body cut short...); the connection is closed after.
class TestServer
  Received = Struct.new(:method, :target, :path, :query, :headers, :body, :raw, :connection, keyword_init: true) do
    def json
      JSON.parse(body)
    end
  end

  attr_reader :url

  def self.json(status, body, headers = {})
    ->(_request) { [status, { "content-type" => "application/json" }.merge(headers), body.is_a?(String) ? body : JSON.generate(body)] }
  end

  # Writes these bytes as the whole answer, then closes the connection.
  def self.raw(bytes)
    ->(_request) { ->(socket) { socket.write(bytes.b) } }
  end

  # A head, then the body one slice at a time, `every` seconds apart.
  def self.trickle(head, body, every:, slice: 1)
    lambda do |_request|
      lambda do |socket|
        socket.write(head.b)
        body.b.each_char.each_slice(slice) do |bytes|
          sleep(every)
          socket.write(bytes.join)
        end
      end
    end
  end

  def initialize(*handlers)
    @listener = TCPServer.new("127.0.0.1", 0)
    @url = "http://127.0.0.1:#{@listener.addr[1]}"
    @mutex = Mutex.new
    @requests = []
    @connections = []
    @threads = []
    script(*(handlers.empty? ? [TestServer.json(200, {})] : handlers))
    @acceptor = Thread.new { accept_loop }
  end

  # Handlers used in order, one per request from now on; the last one repeats.
  def script(*handlers)
    @mutex.synchronize do
      @handlers = handlers
      @scripted_at = @requests.length
    end
  end

  def requests
    @mutex.synchronize { @requests.dup }
  end

  def close
    @listener.close
    @acceptor.join
    @mutex.synchronize { @connections.dup }.each { |socket| socket.close unless socket.closed? }
    @threads.each(&:join)
  end

  private

  def accept_loop
    loop do
      socket = @listener.accept
      @mutex.synchronize do
        @connections << socket
        @threads << Thread.new(socket, @connections.length) { |s, id| serve(s, id) }
      end
    end
  rescue IOError, SystemCallError
    nil # the listener was closed
  end

  def serve(socket, connection)
    socket.binmode
    while (received = read_request(socket, connection))
      case (answer = handler_for(received).call(received))
      when :drop then break
      when :reset
        socket.setsockopt(Socket::SOL_SOCKET, Socket::SO_LINGER, [1, 0].pack("ii"))
        break
      when :hang
        socket.read # returns when the client closes the connection
        break
      when Proc
        answer.call(socket)
        break
      else write_response(socket, *answer)
      end
    end
  rescue IOError, SystemCallError
    nil # the client or #close ended the connection
  ensure
    socket.close unless socket.closed?
  end

  def read_request(socket, connection)
    line = socket.gets or return
    method, target = line.split(" ")
    headers = {}
    while (header = socket.gets) && header != "\r\n"
      name, value = header.split(":", 2)
      headers[name.downcase] = value.strip
    end
    raw = socket.read(Integer(headers.fetch("content-length", "0"))).to_s.b
    path, query = target.split("?", 2)
    Received.new(method: method, target: target, path: path, query: query, headers: headers, body: raw.dup.force_encoding(Encoding::UTF_8), raw: raw,
                 connection: connection)
  end

  def handler_for(received)
    @mutex.synchronize do
      @requests << received
      @handlers[[@requests.length - 1 - @scripted_at, @handlers.length - 1].min]
    end
  end

  def write_response(socket, status, headers, body)
    body = body.b
    head = ["HTTP/1.1 #{status} Status", *headers.map { |name, value| "#{name}: #{value}" }, "content-length: #{body.bytesize}"]
    socket.write("#{head.join("\r\n")}\r\n\r\n", body)
  end
end
