# frozen_string_literal: true

$LOAD_PATH.unshift(File.expand_path("../lib", __dir__))
require "minitest/autorun"
require "revox"
require_relative "support/server"
require_relative "support/operations"

# The key every test client sends: the secrets tests look for it in output.
TEST_KEY = "sk_test_Do_Not_Print_8c41f2"

module SpecExamples
  SCRIPT = File.expand_path("../../../spec/scripts/operation-examples.mjs", __dir__)

  # Each operation's example input and answer, by operationId (spec/scripts/operation-examples.mjs).
  def self.all
    @all ||= begin
      output = IO.popen(["node", SCRIPT], &:read)
      raise "#{SCRIPT} failed" unless $?.success?

      JSON.parse(output).to_h { |operation| [operation.fetch("id"), operation] }
    end
  end

  def self.for(operation)
    all.fetch(operation.id.to_s)
  end

  # The operation of the gem's table that a request addresses, by method and path template.
  def self.operation_at(method, path)
    Revox::Generated::OPERATIONS.values.find do |o|
      o.http_method == method && path.match?(/\A#{o.path.gsub(/\{[^}]+\}/, "[^/]+")}\z/)
    end
  end

  # Answers each operation with its example (the spec's first success example); 404 for anything else.
  def self.handler
    lambda do |request|
      operation = operation_at(request.method, request.path)
      next [404, {}, ""] unless operation

      success = self.for(operation).fetch("success")
      next [success["status"], {}, ""] if success["empty"]

      body = success["json"] ? JSON.generate(success["value"]) : success["base64"].unpack1("m")
      [success["status"], { "content-type" => success["mediaType"] }, body]
    end
  end
end

module ClientHelpers
  # A client of `server` that retries at once: the tests count attempts, not wait.
  def client_for(server, **options)
    Revox::Client.new(api_key: TEST_KEY, base_url: server.url, initial_retry_delay: 0.001, max_retry_delay: 0.002, **options)
  end

  # Yields a port that refuses connections. A socket holds it, bound but not
  # listening, so no server started meanwhile (turbo runs others in parallel)
  # can take it, as it could a port that was freed.
  def with_refusing_port
    holder = Socket.new(:INET, :STREAM)
    holder.bind(Addrinfo.tcp("127.0.0.1", 0))
    yield holder.local_address.ip_port
  ensure
    holder&.close
  end
end

