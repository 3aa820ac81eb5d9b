# frozen_string_literal: true

require_relative "test_helper"
require "digest"
require "open3"

# The conformance adapter (packages/contract/adapters/ruby.rb) speaks its
# protocol: one long-lived process, one JSON line in, exactly one JSON line
# out per input, for each kind of answer and for an error, with the gem's
# log lines of that call.
class AdapterTest < Minitest::Test
  ADAPTER = File.expand_path("../../contract/adapters/ruby.rb", __dir__)
  LIB = File.expand_path("../lib", __dir__)
  EXTRAS = File.expand_path("support/adapter_extras.rb", __dir__)

  def setup
    @server = TestServer.new
    @stdin, @stdout, @stderr, @process = Open3.popen3(RbConfig.ruby, "-w", "-I", LIB, "-r", EXTRAS, ADAPTER)
  end

  def teardown
    @stdin.close unless @stdin.closed?
    @process.value
    [@stdout, @stderr].each(&:close)
    @server.close
  end

  def exchange(input)
    @stdin.puts(JSON.generate({ baseUrl: @server.url, apiKey: TEST_KEY }.merge(input)))
    @stdin.flush
    JSON.parse(@stdout.gets)
  end

  def test_one_line_out_per_line_in_for_each_kind_of_answer_and_an_error
    audio = "ID3\x00\xFF audio".b
    @server.script(
      TestServer.json(200, { assistant: { id: "a1", name: "x" } }),
      ->(_) { [200, { "content-type" => "audio/mpeg" }, audio] },
      ->(_) { [204, {}, ""] },
      TestServer.json(503, { message: "Not now #{TEST_KEY}" }),
    )
    client = { maxRetries: 0, timeoutMs: 5000, retryDelay: { initialMs: 1, maxMs: 5 }, maxRetryAfterMs: 60_000, maxResponseBytes: nil, logLevel: "debug" }

    json = exchange(client: client, call: "assistants.update", path: ["a1"], params: { name: "x" }, requestOptions: { extraBody: { beta: true }, extraHeaders: { "x-trace" => "t1" } })
    assert_equal({ "json" => { "assistant" => { "id" => "a1", "name" => "x" } } }, json["answer"])
    assert_equal({ "name" => "x", "beta" => true }, @server.requests[0].json)
    assert_equal "t1", @server.requests[0].headers["x-trace"]
    assert_match(/\ADEBUG \[revox\] → PATCH .*"authorization"=>"\*\*\*"/, json["logs"][0])
    assert_equal 2, json["logs"].length

    binary = exchange(call: "voices.preview", params: { provider: "cartesia", voice_id: "v1" })
    assert_equal({ "binary" => { "bytes" => audio.bytesize, "contentType" => "audio/mpeg", "sha256" => Digest::SHA256.hexdigest(audio) } }, binary["answer"])
    assert_equal [], binary["logs"] # the default level, warn, logs nothing here

    empty = exchange(call: "things.upload", path: ["t1"], params: { file: "bytes" })
    assert_equal({ "answer" => { "empty" => true }, "logs" => [] }, empty)

    error = exchange(client: { maxRetries: 0 }, call: "call.create", params: { phone_number: "+14155550123" })
    assert_equal %w[error logs], error.keys
    assert_equal "Revox::Errors::InternalServerError", error["error"]["className"]
    assert_equal 503, error["error"]["status"]
    assert_equal "503 Not now ***", error["error"]["message"]
    assert_includes error["error"]["printed"], '{"message"=>"Not now ***"}'
    refute_includes error["error"]["printed"], TEST_KEY

    ruby = exchange(call: "assistants.update", path: ["a1"], params: { nmae: "x" })
    assert_equal "ArgumentError", ruby["error"]["className"]
    assert_nil ruby["error"]["status"]
    assert_match(/\Aunknown keyword: :nmae/, ruby["error"]["message"])

    assert_equal 4, @server.requests.length
    @stdin.close
    assert_nil @stdout.gets # one line per input, nothing more
    assert_equal "", @stderr.read
  end
end
