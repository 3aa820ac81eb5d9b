# frozen_string_literal: true

require_relative "test_helper"
require "stringio"

# Options and their defaults, what every attempt sends, input refused before
# sending, and connections kept alive.
class ClientTest < Minitest::Test
  include ClientHelpers

  ASSISTANT = { assistant: { id: "asst_1", name: "Front desk" } }.freeze

  def setup
    @server = TestServer.new(TestServer.json(200, ASSISTANT))
    @client = client_for(@server)
  end

  def teardown
    @server.close
  end

  def with_env(values)
    saved = values.keys.to_h { |name| [name, ENV[name]] }
    values.each { |name, value| ENV[name] = value }
    yield
  ensure
    saved.each { |name, value| ENV[name] = value }
  end

  def test_the_defaults_come_from_the_policy_and_the_environment
    with_env("REVOX_API_KEY" => TEST_KEY, "REVOX_BASE_URL" => nil, "REVOX_LOG" => nil) do
      client = Revox::Client.new
      assert_equal Revox::Policy::BASE_URL, client.base_url
      assert_equal 60.0, client.timeout
      assert_equal 2, client.max_retries
      assert_equal "warn", client.log_level
    end
    with_env("REVOX_API_KEY" => TEST_KEY, "REVOX_BASE_URL" => @server.url) do
      Revox::Client.new.assistants.list
      assert_equal "Bearer #{TEST_KEY}", @server.requests.last.headers["authorization"]
    end
  end

  def test_a_missing_key_names_the_option_and_the_variable
    with_env("REVOX_API_KEY" => nil) do
      [nil, "", "  "].each do |key|
        error = assert_raises(Revox::Errors::ConfigurationError) { Revox::Client.new(api_key: key) }
        assert_equal "Missing API key: pass `api_key:` to Revox::Client.new or set REVOX_API_KEY.", error.message
        assert_kind_of Revox::Error, error
      end
    end
  end

  def test_invalid_options_name_the_option
    {
      { timeout: -1 } => "Invalid `timeout:` option: expected a number of seconds > 0, got -1.",
      { timeout: 0 } => "Invalid `timeout:` option: expected a number of seconds > 0, got 0.",
      { timeout: "5" } => 'Invalid `timeout:` option: expected a number of seconds > 0, got "5".',
      { max_retries: -1 } => "Invalid `max_retries:` option: expected a whole number ≥ 0, got -1.",
      { max_retries: 1.5 } => "Invalid `max_retries:` option: expected a whole number ≥ 0, got 1.5.",
      { initial_retry_delay: Float::NAN } => "Invalid `initial_retry_delay:` option: expected a number of seconds ≥ 0, got NaN.",
      { base_url: "www.getrevox.com" } => 'Invalid `base_url:` option (or REVOX_BASE_URL): expected an absolute URL such as https://www.getrevox.com/api, got "www.getrevox.com".',
      { base_url: "ftp://host/api" } => 'Invalid `base_url:` option (or REVOX_BASE_URL): expected an absolute URL such as https://www.getrevox.com/api, got "ftp://host/api".',
      { log_level: :loud } => "Invalid `log_level:` option (or REVOX_LOG): expected one of off, error, warn, info, debug, got :loud.",
      { api_key: "sk_\u201ccurly\u201d" } => "Invalid `api_key:` option (or REVOX_API_KEY): HTTP cannot send its line break or non-ASCII character (a curly quote?).",
      { api_key: 123 } => "Invalid `api_key:` option (or REVOX_API_KEY): expected a String, got Integer.",
      { api_key: :sk_symbol } => "Invalid `api_key:` option (or REVOX_API_KEY): expected a String, got Symbol.",
      { max_response_bytes: 0 } => "Invalid `max_response_bytes:` option: expected a whole number of bytes > 0, got 0.",
      { max_retry_after: Float::INFINITY } => "Invalid `max_retry_after:` option: expected a number of seconds ≥ 0, got Infinity.",
    }.each do |options, message|
      error = assert_raises(Revox::Errors::ConfigurationError, options.inspect) { Revox::Client.new(api_key: TEST_KEY, **options) }
      assert_equal message, error.message
    end
  end

  def test_invalid_request_options_name_the_option_and_send_nothing
    {
      { timeout: -1 } => "Invalid `request_options[:timeout]:` option: expected a number of seconds > 0, got -1.",
      { retries: 1 } => "Invalid `request_options:` option: unknown key :retries (known: timeout, max_retries, max_response_bytes, extra_headers, extra_body).",
      { extra_headers: { "x-trace" => "a\nb" } } => 'Invalid `request_options[:extra_headers]["x-trace"]:` option: HTTP takes a token name and a printable ASCII value.',
    }.each do |options, message|
      error = assert_raises(Revox::Errors::ConfigurationError) { @client.assistants.list(request_options: options) }
      assert_equal message, error.message
    end
    assert_empty @server.requests
  end

  def test_every_attempt_sends_the_key_the_client_and_the_attempt
    @server.script(TestServer.json(503, {}), TestServer.json(200, ASSISTANT))
    @client.assistants.update("asst_1", name: "Front desk")
    @server.requests.each_with_index do |request, index|
      assert_equal "Bearer #{TEST_KEY}", request.headers["authorization"]
      assert_equal "application/json", request.headers["accept"]
      assert_equal "application/json", request.headers["content-type"]
      assert_equal "revox-ruby/#{Revox::VERSION} ruby/#{RUBY_VERSION}", request.headers["x-revox-client"]
      assert_equal "revox-ruby/#{Revox::VERSION} ruby/#{RUBY_VERSION}", request.headers["user-agent"]
      assert_equal (index + 1).to_s, request.headers["x-revox-attempt"]
    end
  end

  def test_a_request_without_a_body_has_no_content_type
    @client.assistants.list
    refute @server.requests.last.headers.key?("content-type")
  end

  def test_extra_headers_are_sent_and_nil_removes_one
    @client.assistants.list(request_options: { extra_headers: { "X-Trace-Id" => "abc", "user-agent" => nil } })
    assert_equal "abc", @server.requests.last.headers["x-trace-id"]
    assert_equal "Ruby", @server.requests.last.headers["user-agent"] # net/http's own, once the gem's is removed
  end

  def test_a_request_timeout_overrides_the_clients
    @server.script(->(_) { :hang })
    client = client_for(@server, timeout: 30, max_retries: 0)
    assert_raises(Revox::Errors::APITimeoutError) { client.assistants.list(request_options: Revox::RequestOptions.new(timeout: 0.2)) }
  end

  def test_enum_values_may_be_symbols
    @client.voices.retrieve("v1", provider: :cartesia)
    @client.voices.preview(provider: :elevenlabs, voice_id: "v1")
    assert_equal ["provider=cartesia", nil], @server.requests.map(&:query)
    assert_equal({ "provider" => "elevenlabs", "voiceId" => "v1" }, @server.requests.last.json)
  end

  def test_ids_that_would_change_the_path_are_refused_before_sending
    { "" => "must not be empty", "." => 'must not be "."', ".." => 'must not be ".."', :asst_1 => "must be a String, got Symbol", nil => "must be a String, got NilClass" }.each do |id, problem|
      error = assert_raises(Revox::Errors::InvalidRequestError, id.inspect) { @client.assistants.retrieve(id) }
      assert_match(/\AInvalid `id`: #{Regexp.escape(problem)}/, error.message)
    end
    assert_empty @server.requests
  end

  def test_ids_are_percent_encoded_as_one_segment
    ["a/b", "a?b#c", "a b", "ü", "%2F", "..."].each { |id| @client.call.retrieve(id) }
    assert_equal %w[/call/a%2Fb /call/a%3Fb%23c /call/a%20b /call/%C3%BC /call/%252F /call/...], @server.requests.map(&:path)
  end

  def test_a_required_query_parameter_given_as_nil_is_refused
    error = assert_raises(Revox::Errors::InvalidRequestError) { @client.voices.retrieve("v1", provider: nil) }
    assert_equal "Invalid `provider`: required, and nil cannot be sent as a query. Nothing was sent.", error.message
    assert_raises(ArgumentError) { @client.call.list(page: 0) } # a required keyword left out
    assert_empty @server.requests
  end

  def test_a_required_body_cannot_be_left_out
    error = assert_raises(ArgumentError) { @client.call.create }
    assert_equal "missing keyword: :phone_number", error.message
    assert_empty @server.requests
  end

  def test_an_optional_body_left_out_is_sent_as_an_empty_object
    @client.users.me.update
    assert_equal "{}", @server.requests.last.body
  end

  def test_a_body_that_json_cannot_carry_is_refused
    error = assert_raises(Revox::Errors::InvalidRequestError) { @client.assistants.update("asst_1", max_call_duration_secs: Float::NAN) }
    assert_equal "Invalid `max_call_duration_secs`: NaN cannot be sent as JSON. Nothing was sent.", error.message
    assert_empty @server.requests
  end

  def test_connections_are_kept_alive
    3.times { @client.assistants.list }
    assert_equal 1, @server.requests.map(&:connection).uniq.length
  end

  def test_a_connection_the_server_closed_is_reopened
    @server.script(->(_) { [200, { "content-type" => "application/json", "connection" => "close" }, "{}"] })
    3.times { @client.assistants.list }
    assert_equal 3, @server.requests.map(&:connection).uniq.length
  end

  def test_threads_share_one_client
    threads = Array.new(8) { |n| Thread.new { Array.new(5) { @client.assistants.update("asst_#{n}").assistant.id } } }
    assert_equal ["asst_1"] * 40, threads.flat_map(&:value)
    assert_equal 40, @server.requests.length
    assert_operator @server.requests.map(&:connection).uniq.length, :<=, 8
  end

  def test_a_forked_process_opens_its_own_connection
    @client.assistants.list
    # exit! in every case: the child must not run the parent's at_exit hooks (minitest's).
    child = fork do
      @client.assistants.list
      exit!(0)
    rescue StandardError
      exit!(1)
    end
    Process.wait(child)
    assert_predicate $?, :success?
    @client.assistants.list
    assert_equal [1, 2, 1], @server.requests.map(&:connection)
  end

  def test_close_closes_the_idle_connections_and_the_client_stays_usable
    @client.assistants.list
    @client.close
    @client.assistants.list
    assert_equal 2, @server.requests.map(&:connection).uniq.length
  end

  def test_a_plain_http_base_url_to_another_host_warns
    log = StringIO.new
    Revox::Client.new(api_key: TEST_KEY, base_url: "http://api.example.test", logger: Logger.new(log))
    Revox::Client.new(api_key: TEST_KEY, base_url: "http://localhost:4010", logger: Logger.new(log))
    assert_equal 1, log.string.scan("the API key would cross the network unencrypted").length
  end
end
