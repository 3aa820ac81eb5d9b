# frozen_string_literal: true

require_relative "test_helper"
require "stringio"
require "zlib"

# Networks and servers that misbehave: a body that trickles in past the
# timeout, one cut short, one larger than the size limit or compressed
# without being asked, a redirect. Each ends in a typed error, within its
# bounds, retried only as the policy allows.
class HostileTest < Minitest::Test
  include ClientHelpers

  ASSISTANT = JSON.generate({ assistant: { id: "asst_1" } })

  def setup
    @server = TestServer.new
    @clients = []
  end

  def teardown
    @clients.each(&:close)
    @server.close
  end

  def client(**options)
    client_for(@server, **options).tap { |made| @clients << made }
  end

  def elapsed
    started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    yield
    Process.clock_gettime(Process::CLOCK_MONOTONIC) - started
  end

  def head(status, length, extra = "")
    "HTTP/1.1 #{status} X\r\ncontent-type: application/json\r\n#{"content-length: #{length}\r\n" if length}#{extra}\r\n"
  end

  # -- the timeout covers the whole attempt (issue 26, item 5)

  def test_a_body_trickling_past_the_timeout_fails_within_it_not_after_the_whole_body
    body = JSON.generate({ assistant: { id: "x" * 20 } }) # 40 bytes, one every 0.3 s: 12 s in all
    @server.script(TestServer.trickle(head(200, body.bytesize), body, every: 0.3))
    error = nil
    seconds = elapsed { error = assert_raises(Revox::Errors::APITimeoutError) { client(timeout: 1, max_retries: 0).assistants.retrieve("asst_1") } }
    assert_operator seconds, :<, 5, "the attempt took #{seconds} s"
    assert_equal "Request timed out after 1.0 s (Net::ReadTimeout).", error.message
  end

  def test_a_head_trickling_past_the_timeout_fails_within_it
    # The status line and headers a byte every 0.3 s: net/http reads them with no hook in between.
    @server.script(TestServer.trickle("", head(200, 2) + "{}", every: 0.3))
    seconds = elapsed { assert_raises(Revox::Errors::APITimeoutError) { client(timeout: 1, max_retries: 0).assistants.retrieve("asst_1") } }
    assert_operator seconds, :<, 5, "the attempt took #{seconds} s"
  end

  def test_each_retry_of_a_trickling_body_gets_its_own_deadline
    body = "x" * 40
    @server.script(TestServer.trickle(head(200, body.bytesize), body, every: 0.3))
    seconds = elapsed { assert_raises(Revox::Errors::APITimeoutError) { client(timeout: 0.5, max_retries: 2).assistants.retrieve("asst_1") } }
    assert_equal 3, @server.requests.length
    assert_operator seconds, :<, 6
  end

  def test_a_slow_body_within_the_timeout_is_read_whole
    body = ASSISTANT
    @server.script(TestServer.trickle(head(200, body.bytesize), body, every: 0.02, slice: 8))
    assert_equal "asst_1", client(timeout: 30).assistants.retrieve("asst_1").assistant.id
  end

  # -- truncated bodies (issue 27, item 6)

  def test_a_body_shorter_than_its_content_length_is_a_connection_error_retried_when_idempotent
    @server.script(TestServer.raw("#{head(200, 100)}{\"assistant\":"))
    error = assert_raises(Revox::Errors::APIConnectionError) { client(max_retries: 2).assistants.retrieve("asst_1") }
    assert_instance_of Revox::Errors::APIConnectionError, error
    assert_match(/the answer was cut short: 13 of 100 bytes/, error.message)
    assert_equal 3, @server.requests.length
  end

  def test_a_truncated_answer_to_post_call_is_not_sent_again
    @server.script(TestServer.raw("#{head(200, 100)}{\"call\":"))
    assert_raises(Revox::Errors::APIConnectionError) { client(max_retries: 2).call.create(phone_number: "+14155550123") }
    assert_equal 1, @server.requests.length
  end

  def test_a_chunked_body_without_its_last_chunk_is_a_connection_error
    @server.script(TestServer.raw("#{head(200, nil, "transfer-encoding: chunked\r\n")}5\r\n{\"ass\r\n"))
    assert_raises(Revox::Errors::APIConnectionError) { client(max_retries: 1).assistants.retrieve("asst_1") }
    assert_equal 2, @server.requests.length
  end

  def test_a_chunked_body_is_measured_by_its_chunks_not_a_content_length_beside_it
    chunked = "#{head(200, 999, "transfer-encoding: chunked\r\n")}#{ASSISTANT.bytesize.to_s(16)}\r\n#{ASSISTANT}\r\n0\r\n\r\n"
    @server.script(TestServer.raw(chunked))
    assert_equal "asst_1", client(max_retries: 0).assistants.retrieve("asst_1").assistant.id
  end

  def test_a_truncated_body_then_a_whole_one_succeeds
    @server.script(TestServer.raw("#{head(200, 100)}{"), TestServer.json(200, ASSISTANT))
    assert_equal "asst_1", client.assistants.retrieve("asst_1").assistant.id
    assert_equal 2, @server.requests.length
  end

  # -- the size limit (issue 27, item 7)

  def test_an_answer_announced_larger_than_the_limit_is_refused_unread_and_not_retried
    @server.script(->(_) { [200, { "content-type" => "application/json" }, "[#{"1," * 600}1]"] })
    error = assert_raises(Revox::Errors::ResponseTooLargeError) { client(max_response_bytes: 1000).assistants.retrieve("asst_1") }
    assert_kind_of Revox::Errors::APIError, error
    assert_equal 200, error.status
    assert_nil error.body
    assert_equal "200 The answer is larger than max_response_bytes (1000 bytes); the gem stopped reading it.", error.message
    assert_equal 1, @server.requests.length
  end

  def test_an_endless_body_stops_at_the_limit_and_the_connection_is_dropped
    stream = lambda do |_|
      lambda do |socket|
        socket.write(head(200, nil, "transfer-encoding: chunked\r\n"))
        chunk = "x" * 65_536
        loop { socket.write("#{chunk.bytesize.to_s(16)}\r\n#{chunk}\r\n") } # until the client hangs up
      end
    end
    @server.script(stream, TestServer.json(200, ASSISTANT))
    revox = client(max_response_bytes: 1_000_000)
    error = assert_raises(Revox::Errors::ResponseTooLargeError) { revox.assistants.list(request_options: { max_retries: 5 }) }
    assert_equal 200, error.status
    assert_equal 1, @server.requests.length
    # The next request opens a new connection: the one left mid-body is not reused.
    revox.assistants.retrieve("asst_1")
    assert_equal [1, 2], @server.requests.map(&:connection)
  end

  def test_a_request_option_overrides_the_clients_limit
    @server.script(TestServer.json(200, ASSISTANT))
    assert_raises(Revox::Errors::ResponseTooLargeError) { client.assistants.retrieve("asst_1", request_options: { max_response_bytes: 10 }) }
    assert_equal "asst_1", client(max_response_bytes: 10).assistants.retrieve("asst_1", request_options: { max_response_bytes: 1000 }).assistant.id
  end

  def test_the_default_limit_is_the_policys_json_one_and_the_binary_one_for_audio
    just_past_json = Revox::Policy::MAX_RESPONSE_BYTES_JSON + 1
    assert_operator just_past_json, :<, Revox::Policy::MAX_RESPONSE_BYTES_BINARY
    # Only the head is sent: a JSON answer is refused on its Content-Length, audio is read (and found cut short).
    @server.script(TestServer.raw(head(200, just_past_json)))
    error = assert_raises(Revox::Errors::ResponseTooLargeError) { client(max_retries: 0).assistants.retrieve("asst_1") }
    assert_match(/\(#{Revox::Policy::MAX_RESPONSE_BYTES_JSON} bytes\)/, error.message)
    @server.script(TestServer.raw("HTTP/1.1 200 OK\r\ncontent-type: audio/mpeg\r\ncontent-length: #{just_past_json}\r\n\r\nID3"))
    error = assert_raises(Revox::Errors::APIConnectionError) { client(max_retries: 0).voices.preview(provider: :cartesia, voice_id: "v1") }
    assert_match(/cut short: 3 of #{just_past_json} bytes/, error.message)
    # An error answer of an audio operation has the JSON limit.
    @server.script(TestServer.raw("HTTP/1.1 500 X\r\ncontent-type: application/json\r\ncontent-length: #{just_past_json}\r\n\r\n"))
    error = assert_raises(Revox::Errors::ResponseTooLargeError) { client(max_retries: 0).voices.preview(provider: :cartesia, voice_id: "v1") }
    assert_equal 500, error.status
  end

  # A gzip body is inflated as it arrives and counted once decoded: a small
  # body that inflates to gigabytes stops at the limit, in little memory.
  def test_a_gzip_body_that_inflates_past_the_limit_stops_at_it
    bomb = StringIO.new(+"", "wb")
    gzip = Zlib::GzipWriter.new(bomb, Zlib::BEST_COMPRESSION)
    zeros = "\0" * (1 << 20)
    1024.times { gzip.write(zeros) } # 1 GiB of zeros
    gzip.finish
    compressed = bomb.string
    assert_operator compressed.bytesize, :<, 1.5 * (1 << 20)
    @server.script(TestServer.raw("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\ncontent-length: #{compressed.bytesize}\r\n\r\n#{compressed}"))
    peak = -> { File.read("/proc/self/status")[/VmHWM:\s+(\d+)/, 1].to_i * 1024 }
    before = peak.call
    error = assert_raises(Revox::Errors::ResponseTooLargeError) { client(max_retries: 2).assistants.retrieve("asst_1") }
    assert_operator peak.call - before, :<, 96 << 20, "memory grew while reading the body"
    assert_equal 200, error.status
    assert_nil error.body
    assert_equal "gzip, deflate", @server.requests.first.headers["accept-encoding"]
    assert_equal 1, @server.requests.length
  end

  def test_a_gzip_or_deflate_body_within_the_limit_is_decoded
    json = JSON.generate(assistant: { id: "asst_1", name: "Front desk" })
    [["gzip", Zlib.gzip(json)], ["deflate", Zlib::Deflate.deflate(json)]].each do |encoding, compressed|
      @server.script(TestServer.raw("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: #{encoding}\r\ncontent-length: #{compressed.bytesize}\r\n\r\n#{compressed}"))
      assert_equal "Front desk", client.assistants.update("asst_1", name: "x").assistant.name, encoding
    end
  end

  def test_a_compressed_error_answer_keeps_its_status_class_without_its_body
    @server.script(TestServer.raw("HTTP/1.1 404 X\r\ncontent-encoding: br\r\ncontent-length: 3\r\n\r\nabc"))
    error = assert_raises(Revox::Errors::APIError) { client.assistants.retrieve("asst_1") }
    assert_equal 404, error.status
    assert_match(/br-encoded body/, error.message)
  end

  # -- redirects (issue 27, item 8)

  [302, 307].each do |status|
    define_method(:"test_a_#{status}_is_not_followed_nor_retried") do
      location = "https://elsewhere.example:8443/v2/call?token=abc#frag"
      @server.script(->(_) { [status, { "location" => location }, ""] })
      revox = client(max_retries: 3)
      [-> { revox.call.create(phone_number: "+14155550123") }, -> { revox.assistants.retrieve("asst_1") }].each do |call|
        before = @server.requests.length
        error = assert_raises(Revox::Errors::APIError) { call.call }
        assert_instance_of Revox::Errors::APIError, error
        assert_equal status, error.status
        assert_equal "#{status} The gem does not follow redirects: the server pointed to https://elsewhere.example:8443/v2/call. Nothing was sent there.",
                     error.message
        assert_equal 1, @server.requests.length - before
      end
      assert_equal %w[/call /assistants/asst_1], @server.requests.map(&:path)
    end
  end

  def test_a_relative_redirect_names_the_apis_origin
    @server.script(->(_) { [301, { "location" => "/elsewhere" }, ""] })
    error = assert_raises(Revox::Errors::APIError) { client.assistants.list }
    assert_match(%r{pointed to #{Regexp.escape(@server.url)}/elsewhere\.}, error.message)
  end

  # -- bad input is typed and nothing is sent (issue 27, item 11)

  def test_a_body_nested_past_jsons_limit_is_refused_naming_the_field
    deep = 120.times.reduce("leaf") { |inner, _| { "a" => inner } }
    error = assert_raises(Revox::Errors::InvalidRequestError) { client.assistants.update("asst_1", llm_model: deep) }
    assert_match(/\AInvalid `llm_model(\.a)+`: is nested deeper than JSON allows \(100 levels\)\. Nothing was sent\.\z/, error.message)
    looped = {}
    looped["self"] = looped
    error = assert_raises(Revox::Errors::InvalidRequestError) { client.assistants.update("asst_1", voice: looped) }
    assert_match(/\AInvalid `voice(\.self)+`: is nested deeper/, error.message)
    assert_empty @server.requests
  end

  def test_nan_and_infinity_are_refused_naming_the_field
    {
      { max_call_duration_secs: Float::NAN } => "Invalid `max_call_duration_secs`: NaN cannot be sent as JSON. Nothing was sent.",
      { voice: { id: "v1", speed: Float::INFINITY } } => "Invalid `voice.speed`: Infinity cannot be sent as JSON. Nothing was sent.",
      { faq_items: [{ question: "q", answer: -Float::INFINITY }] } => "Invalid `faq_items[0].answer`: -Infinity cannot be sent as JSON. Nothing was sent.",
    }.each do |keywords, message|
      error = assert_raises(Revox::Errors::InvalidRequestError) { client.assistants.update("asst_1", **keywords) }
      assert_equal message, error.message
    end
    assert_empty @server.requests
  end

  def test_bytes_that_are_not_text_are_refused_naming_the_field
    error = assert_raises(Revox::Errors::InvalidRequestError) { client.assistants.retrieve("\xFF".b) }
    assert_equal "Invalid `id`: must be text (valid UTF-8), got bytes that are not. Nothing was sent.", error.message
    error = assert_raises(Revox::Errors::InvalidRequestError) { client.assistants.update("asst_1", name: "caf\xE9".b) }
    assert_equal "Invalid `name`: must be text (valid UTF-8), got bytes that are not. Nothing was sent.", error.message
    error = assert_raises(Revox::Errors::InvalidRequestError) { client.voices.retrieve("v1", provider: "cartesia\xFF".b.force_encoding(Encoding::UTF_8)) }
    assert_match(/\AInvalid `provider`: must be text/, error.message)
    assert_empty @server.requests
    # Bytes that are UTF-8 text are sent as such.
    @server.script(TestServer.json(200, ASSISTANT))
    client.assistants.retrieve("caf\xC3\xA9".b)
    assert_equal "/assistants/caf%C3%A9", @server.requests.last.path
  end
end
