# frozen_string_literal: true

require "socket"
require "zlib"

# Chaos at scale: threads sharing one client make calls against a local
# server that fails at random, and the run checks what must hold whatever
# happens. Run by test/chaos.rb (full scale, `npm run chaos -w
# @revoxai/ruby`) and, small, by test/chaos_test.rb.
#
# Each call has a unique id (in the path or the body). The server's fault
# for a request is drawn from the seed, the id and the attempt number, so a
# call meets the same faults in every run of a seed, whatever the threads'
# order; which connections are reset on accept depends on that order.
module Chaos
  # Weights of the server's behaviours for one request. Those in NOT_ACTED
  # provably did nothing; after every other one the server may have acted.
  FAULTS = {
    ok: 60,
    reset_unread: 4,  # a TCP reset, the request dropped before the application saw it
    reset_after: 4,   # a TCP reset after acting on it
    drop_after: 4,    # the connection closed after acting, no answer
    rate_limited: 6,  # 429 with retry-after-ms
    unavailable: 6,   # 503 with retry-after-ms
    server_error: 6,  # 500, echoing the Authorization header in its body and a header
    truncated: 5,     # 200 with a body shorter than its Content-Length
    trickle: 3,       # 200 with a body trickling in past the client's timeout
    hang: 2,          # no answer at all
  }.freeze
  NOT_ACTED = %i[reset_unread rate_limited unavailable].freeze
  # The share of new connections reset as soon as they are accepted, before a byte is read.
  RESET_ON_ACCEPT = 0.02
  KEY = "sk_chaos_Never_Print_4f7d1a"

  def self.fault(seed, id, attempt)
    draw = Random.new(Zlib.crc32("#{seed}:#{id}:#{attempt}")).rand(FAULTS.values.sum)
    FAULTS.each do |name, weight|
      return name if draw < weight

      draw -= weight
    end
  end

  # What the server saw, for the invariants.
  class Ledger
    attr_reader :requests, :violations

    def initialize
      @mutex = Mutex.new
      @requests = 0
      @by_call = Hash.new(0)
      @acted_calls = {}
      @violations = []
    end

    def record(id, method, path, attempt, fault, max_attempts)
      @mutex.synchronize do
        @requests += 1
        @by_call[id] += 1
        @violations << "#{id}: #{@by_call[id]} requests, more than #{max_attempts}" if @by_call[id] > max_attempts
        @violations << "#{id}: attempt header #{attempt.inspect} outside 1..#{max_attempts}" unless (1..max_attempts).cover?(attempt.to_i)
        next unless method == "POST" && path == "/call"

        @violations << "#{id}: POST /call received again after the server may have acted on it" if @acted_calls[id]
        @acted_calls[id] = true unless NOT_ACTED.include?(fault)
      end
    end
  end

  # An HTTP/1.1 server on 127.0.0.1 with keep-alive, a thread per connection.
  class Server
    attr_reader :url, :ledger

    def initialize(seed:, max_attempts:, trickle_every:)
      @seed = seed
      @max_attempts = max_attempts
      @trickle_every = trickle_every
      @ledger = Ledger.new
      @listener = TCPServer.new("127.0.0.1", 0)
      @url = "http://127.0.0.1:#{@listener.addr[1]}"
      @mutex = Mutex.new
      @sockets = []
      @threads = []
      @accepted = 0
      @acceptor = Thread.new { accept_loop }
    end

    def close
      @listener.close
      @acceptor.join
      @mutex.synchronize { @sockets.dup }.each { |socket| socket.close unless socket.closed? }
      @threads.each(&:join)
    end

    private

    def accept_loop
      loop do
        socket = @listener.accept
        @mutex.synchronize do
          @accepted += 1
          @sockets << socket
          reset_now = Random.new(@seed ^ (@accepted * 7919)).rand < RESET_ON_ACCEPT
          @threads << Thread.new { reset_now ? reset(socket) : serve(socket) }
        end
      end
    rescue IOError, SystemCallError
      nil # the listener was closed
    end

    def reset(socket)
      socket.setsockopt(Socket::SOL_SOCKET, Socket::SO_LINGER, [1, 0].pack("ii"))
      socket.close
    rescue IOError, SystemCallError
      nil
    end

    def serve(socket)
      socket.binmode
      while (request = read_request(socket))
        method, path, headers, body = request
        id = path[%r{\A/assistants/([^/?]+)}, 1] || body[/"chaos_id":"([^"]+)"/, 1] || "unknown"
        attempt = headers["x-revox-attempt"]
        fault = Chaos.fault(@seed, id, attempt)
        @ledger.record(id, method, path, attempt, fault, @max_attempts)
        break unless answer(socket, fault, method, id, headers["authorization"])
      end
    rescue IOError, SystemCallError
      nil # the client or #close ended the connection
    ensure
      socket.close unless socket.closed?
    end

    # Whether the connection stays open for another request.
    def answer(socket, fault, method, id, auth)
      json = JSON.generate(method == "POST" ? { call: { id: id } } : { assistant: { id: id } })
      case fault
      when :ok then write(socket, 200, {}, json)
      when :rate_limited then write(socket, 429, { "retry-after-ms" => "3" }, '{"message":"Slow down"}')
      when :unavailable then write(socket, 503, { "retry-after-ms" => "3" }, '{"message":"Not now"}')
      when :server_error then write(socket, 500, { "x-echo" => auth }, JSON.generate({ message: "boom for #{auth}" }))
      when :truncated
        socket.write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: #{json.bytesize + 50}\r\n\r\n#{json}")
        false
      when :trickle
        socket.write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: #{json.bytesize}\r\n\r\n")
        json.each_char do |char|
          sleep(@trickle_every)
          socket.write(char)
        end
        false
      when :hang
        socket.read # until the client gives up and closes
        false
      when :drop_after then false
      else # resets
        socket.setsockopt(Socket::SOL_SOCKET, Socket::SO_LINGER, [1, 0].pack("ii"))
        false
      end
    end

    def write(socket, status, headers, body)
      head = ["HTTP/1.1 #{status} X", "content-type: application/json", "content-length: #{body.bytesize}", *headers.map { |n, v| "#{n}: #{v}" }]
      socket.write("#{head.join("\r\n")}\r\n\r\n#{body}")
      true
    end

    def read_request(socket)
      line = socket.gets or return
      method, target = line.split(" ")
      headers = {}
      while (header = socket.gets) && header != "\r\n"
        name, value = header.split(":", 2)
        headers[name.downcase] = value.strip
      end
      body = socket.read(Integer(headers.fetch("content-length", "0"))).to_s
      [method, target.split("?", 2).first, headers, body]
    end
  end

  Result = Struct.new(:calls, :threads, :seed, :seconds, :successes, :errors, :requests, :violations, keyword_init: true) do
    def summary
      typed = errors.sort_by { |name, _| name }.map { |name, count| "#{name.delete_prefix("Revox::Errors::")} #{count}" }.join(", ")
      "chaos: #{calls} calls on #{threads} threads in #{format("%.1f", seconds)} s, seed #{seed}: #{successes} answers, " \
        "#{errors.values.sum} typed errors (#{typed}), #{requests} requests; #{violations.empty? ? "every invariant held" : "#{violations.length} violations"}"
    end
  end

  def self.open_files
    Dir.children("/proc/self/fd").length
  end

  # Runs `calls` calls on `threads` threads sharing one client; returns a Result.
  def self.run(calls:, threads:, seed:, timeout: 0.5, max_retries: 2, trickle_every: 0.1, limit: 600)
    threads_before = Thread.list.length
    files_before = open_files
    server = Server.new(seed: seed, max_attempts: max_retries + 1, trickle_every: trickle_every)
    log = StringIO.new
    client = Revox::Client.new(api_key: KEY, base_url: server.url, timeout: timeout, max_retries: max_retries, initial_retry_delay: 0.001,
                               max_retry_delay: 0.004, log_level: :debug, logger: Logger.new(log))
    violations = []
    mutex = Mutex.new
    successes = 0
    errors = Hash.new(0)
    started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    workers = Array.new(threads) do |t|
      Thread.new do
        (t...calls).step(threads).each do |n|
          id = "c#{n}"
          kind = Random.new(Zlib.crc32("#{seed}:kind:#{n}")).rand(10)
          outcome =
            begin
              answer =
                if kind < 4
                  client.call.create(phone_number: "+1415555#{format("%04d", n % 10_000)}", assistant_id: "asst_chaos", metadata: { chaos_id: id }).call.id
                elsif kind < 7
                  client.assistants.update(id, name: "Chaos #{n}").assistant.id
                else
                  client.assistants.retrieve(id).assistant.id
                end
              answer == id ? [:success] : [:violation, "#{id}: got the answer of #{answer}"]
            rescue Revox::Error => e
              printed = [e.message, e.full_message(highlight: false), e.inspect]
              printed += [e.body.inspect, e.headers.inspect] if e.is_a?(Revox::Errors::APIError)
              printed.any? { |text| text.include?(KEY) } ? [:violation, "#{id}: the key in a #{e.class}"] : [:error, e.class.name]
            rescue Exception => e # anything else breaks the promise of typed errors
              [:violation, "#{id}: untyped #{e.class}: #{e.message}"]
            end
          mutex.synchronize do
            case outcome
            in [:success] then successes += 1
            in [:error, name] then errors[name] += 1
            in [:violation, text] then violations << text
            end
          end
        end
      end
    end
    deadline = Process.clock_gettime(Process::CLOCK_MONOTONIC) + limit
    workers.each do |worker|
      next if worker.join([deadline - Process.clock_gettime(Process::CLOCK_MONOTONIC), 0].max)

      violations << "a thread never settled its calls within #{limit} s"
      worker.kill
    end
    seconds = Process.clock_gettime(Process::CLOCK_MONOTONIC) - started
    client.close
    server.close
    violations.concat(server.ledger.violations)
    violations << "the key in the log" if log.string.include?(KEY)
    violations << "#{calls - successes - errors.values.sum} calls did not settle" unless successes + errors.values.sum == calls
    violations << "threads: #{Thread.list.length} after, #{threads_before} before" if Thread.list.length > threads_before
    violations << "open files: #{open_files} after, #{files_before} before" if open_files > files_before
    Result.new(calls: calls, threads: threads, seed: seed, seconds: seconds, successes: successes, errors: errors, requests: server.ledger.requests,
               violations: violations)
  end
end
