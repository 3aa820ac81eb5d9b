# frozen_string_literal: true

$LOAD_PATH.unshift(File.expand_path("../lib", __dir__))
require "minitest/autorun"
require "revox"
require_relative "support/server"

# The key every test client sends: the secrets tests look for it in output.
TEST_KEY = "sk_test_Do_Not_Print_8c41f2"

module SpecExamples
  SCRIPT = File.expand_path("support/examples.mjs", __dir__)

  # Each operation's example input and answer, by operationId (test/support/examples.mjs).
  def self.all
    @all ||= begin
      output = IO.popen(["node", SCRIPT], &:read)
      raise "#{SCRIPT} failed" unless $?.success?

      JSON.parse(output)
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

# Operations the spec does not have (yet), for the constructs the plan
# allows: header parameters, array queries, multipart files, empty answers.
module CustomOperations
  def self.operation(**facts)
    Revox::Operation.new(
      **{
        id: "custom", sdk: "things.custom", resource_path: ["things"], method_name: "custom", http_method: "GET", path: "/things",
        path_params: [], params: [], body: nil, body_required: false, idempotent: true, answer: :json,
        media_type: "application/json", accept: "application/json", pagination: nil, deprecated: false,
      }.merge(facts),
    )
  end

  def self.param(wire, keyword, place, required: false, **facts)
    Revox::Param.new(wire: wire, keyword: keyword, in: place, required: required, **facts)
  end

  # GET /things/{id}?statuses=…&limit=… with a required X-Revox-Region header.
  SEARCH = operation(
    id: "searchThings", sdk: "things.search", method_name: "search", path: "/things/{id}", path_params: ["id"],
    params: [
      param("statuses", :statuses, :query, array: true),
      param("limit", :limit, :query),
      param("X-Revox-Region", :x_revox_region, :header, required: true),
    ],
  ).freeze

  # POST /things/{id}/files: a form with a file part, answered with 204.
  UPLOAD = operation(
    id: "uploadThing", sdk: "things.upload", method_name: "upload", http_method: "POST", path: "/things/{id}/files", path_params: ["id"],
    params: [param("file", :file, :body, required: true, file: true), param("title", :title, :body), param("pageCount", :page_count, :body)],
    body: :multipart, body_required: true, idempotent: true, answer: :empty,
  ).freeze

  # PUT /things with a required body whose fields are all optional.
  REPLACE = operation(
    id: "replaceThings", sdk: "things.replace", method_name: "replace", http_method: "PUT",
    params: [param("label", :label, :body)], body: :json, body_required: true,
  ).freeze

  # A multipart body parsed back into { name => [filename, bytes] }.
  def self.parts(request)
    boundary = request.headers.fetch("content-type")[/boundary=(.+)\z/, 1]
    request.raw.split("--#{boundary}".b)[1...-1].to_h do |part|
      head, bytes = part.delete_prefix("\r\n").split("\r\n\r\n".b, 2)
      name = head[/name="([^"]*)"/, 1]
      [name, [head[/filename="([^"]*)"/, 1], bytes.delete_suffix("\r\n")]]
    end
  end
end
