# frozen_string_literal: true

require_relative "test_helper"
require "stringio"

# The retry policy by operation, against a real server, counting the requests
# it received (and the attempts the client logged). Placing a call (POST
# /call, not idempotent) is never repeated when the server may have acted on
# it; updating an assistant (PATCH, idempotent) is.
class RetryPolicyTest < Minitest::Test
  include ClientHelpers

  MAX_RETRIES = 2
  ORDER = { call: { id: "call_1" } }.freeze
  ASSISTANT = { assistant: { id: "asst_1" } }.freeze

  def setup
    @server = TestServer.new
    @log = StringIO.new
  end

  def teardown
    @server.close
  end

  def client(**options)
    client_for(@server, max_retries: MAX_RETRIES, log_level: :debug, logger: Logger.new(@log), **options)
  end

  def place(**options)
    client(**options).call.create(phone_number: "+14155550123", assistant_id: "asst_1")
  end

  def update(**options)
    client(**options).assistants.update("asst_1", name: "Front desk")
  end

  # Attempts as the client started them (a timed-out one may never reach the server).
  def attempts
    @log.string.scan(/\[revox\] → /).length
  end

  # [name, handler, timeout, error class, whether each attempt surely reaches
  # the server]: failures after which the server may have acted. A timed-out
  # attempt may end before its request is read on a busy machine.
  FAILURES = [
    ["dropped_after_the_request_was_read", ->(_) { :drop }, 30, Revox::Errors::APIConnectionError, true],
    ["reset_after_the_request_was_read", ->(_) { :reset }, 30, Revox::Errors::APIConnectionError, true],
    ["read_timeout", ->(_) { :hang }, 0.2, Revox::Errors::APITimeoutError, false],
    ["500", TestServer.json(500, { message: "Internal error" }), 30, Revox::Errors::InternalServerError, true],
  ].freeze

  FAILURES.each do |name, handler, timeout, error, arrives|
    define_method(:"test_#{name}_post_call_is_sent_once") do
      @server.script(handler)
      assert_raises(error) { place(timeout: timeout) }
      assert_equal 1, attempts
      assert_operator @server.requests.length, :<=, 1
      assert_equal 1, @server.requests.length if arrives
    end

    define_method(:"test_#{name}_post_assistants_is_sent_once") do
      @server.script(handler)
      assert_raises(error) { client(timeout: timeout).assistants.create(name: "Front desk", prompt: "Answer the phone.") }
      assert_equal 1, attempts
      assert_operator @server.requests.length, :<=, 1
      assert_equal 1, @server.requests.length if arrives
    end

    define_method(:"test_#{name}_idempotent_update_is_retried_up_to_max_retries") do
      @server.script(handler)
      assert_raises(error) { update(timeout: timeout) }
      assert_equal MAX_RETRIES + 1, attempts
      assert_equal MAX_RETRIES + 1, @server.requests.length if arrives
    end
  end

  [[429, { "retry-after-ms" => "5" }], [503, {}]].each do |status, headers|
    define_method(:"test_post_call_is_retried_after_#{status}_the_server_did_not_act") do
      @server.script(TestServer.json(status, { message: "Not now" }, headers), TestServer.json(200, ORDER))
      assert_equal "call_1", place.call.id
      assert_equal %w[1 2], @server.requests.map { |r| r.headers["x-revox-attempt"] }
    end
  end

  def test_post_call_is_retried_when_the_connection_is_refused_nothing_was_sent
    error = with_refusing_port do |port|
      refused = Revox::Client.new(api_key: TEST_KEY, base_url: "http://127.0.0.1:#{port}", max_retries: MAX_RETRIES,
                                  initial_retry_delay: 0.001, log_level: :debug, logger: Logger.new(@log))
      assert_raises(Revox::Errors::APIConnectionError) { refused.call.create(phone_number: "+14155550123") }
    end
    assert_match(/Errno::ECONNREFUSED/, error.message)
    assert_instance_of Errno::ECONNREFUSED, error.cause
    assert_equal MAX_RETRIES + 1, attempts
  end

  [408, 409, 429, 500, 502, 503].each do |status|
    define_method(:"test_idempotent_update_is_retried_after_#{status}") do
      @server.script(TestServer.json(status, {}), TestServer.json(200, ASSISTANT))
      assert_equal "asst_1", update.assistant.id
      assert_equal 2, @server.requests.length
    end
  end

  [408, 409, 500, 502].each do |status|
    define_method(:"test_post_call_is_not_retried_after_#{status}") do
      @server.script(TestServer.json(status, {}))
      assert_raises(Revox::Errors::APIError) { place }
      assert_equal 1, @server.requests.length
    end
  end

  [400, 401, 403, 404, 422].each do |status|
    define_method(:"test_a_#{status}_is_never_retried") do
      @server.script(TestServer.json(status, { message: "No" }))
      assert_raises(Revox::Errors::APIError) { update }
      assert_equal 1, @server.requests.length
    end
  end

  def test_max_retries_0_sends_once_and_net_http_replays_nothing_itself
    [TestServer.json(500, {}), ->(_) { :drop }].each do |failure|
      @server.script(failure)
      before = @server.requests.length
      assert_raises(Revox::Error) { client(max_retries: 0).assistants.retrieve("asst_1") }
      assert_equal 1, @server.requests.length - before
    end
  end

  def test_request_options_override_the_clients_max_retries
    @server.script(TestServer.json(500, {}))
    assert_raises(Revox::Errors::InternalServerError) { client.assistants.update("asst_1", request_options: { max_retries: 4 }) }
    assert_equal 5, @server.requests.length
    assert_equal %w[1 2 3 4 5], @server.requests.map { |r| r.headers["x-revox-attempt"] }
  end

  def test_retry_after_is_honoured_exactly
    [[{ "retry-after" => "1.5" }, 1.5], [{ "retry-after-ms" => "250" }, 0.25], [{ "retry-after" => "0" }, 0.0]].each do |headers, wait|
      @server.script(TestServer.json(429, {}, headers), TestServer.json(200, ASSISTANT))
      slept = []
      Kernel.stub(:sleep, ->(seconds) { slept << seconds }) { update }
      assert_equal [wait], slept, headers.inspect
    end
  end

  def test_a_longer_retry_after_than_the_cap_fails_at_once_with_the_header
    @server.script(TestServer.json(429, { message: "Slow down" }, { "retry-after" => "120" }))
    slept = []
    error = Kernel.stub(:sleep, ->(seconds) { slept << seconds }) { assert_raises(Revox::Errors::RateLimitError) { update } }
    assert_equal "120", error.headers["retry-after"]
    assert_empty slept
    assert_equal 1, @server.requests.length
  end

  def test_max_retry_after_is_a_client_option_defaulting_to_the_policys
    assert_equal Revox::Policy::MAX_RETRY_AFTER, client.max_retry_after
    slept = []
    Kernel.stub(:sleep, ->(seconds) { slept << seconds }) do
      @server.script(TestServer.json(429, { message: "Slow down" }, { "retry-after" => "3" }))
      assert_raises(Revox::Errors::RateLimitError) { update(max_retry_after: 2) }
      assert_equal 1, @server.requests.length
      @server.script(TestServer.json(429, { message: "Slow down" }, { "retry-after" => "3" }), TestServer.json(200, ASSISTANT))
      assert_equal "asst_1", update(max_retry_after: 3.5).assistant.id
    end
    assert_equal [3.0], slept
    error = assert_raises(Revox::Errors::ConfigurationError) { client(max_retry_after: -1) }
    assert_equal "Invalid `max_retry_after:` option: expected a number of seconds ≥ 0, got -1.", error.message
  end

  def test_backoff_doubles_from_the_initial_delay_with_up_to_the_policys_jitter
    @server.script(TestServer.json(503, {}))
    slept = []
    backoff = client_for(@server, initial_retry_delay: 0.5, max_retry_delay: 0.8, max_retries: 3)
    Kernel.stub(:sleep, ->(seconds) { slept << seconds }) { assert_raises(Revox::Errors::InternalServerError) { backoff.voices.list } }
    assert_equal 3, slept.length
    [0.5, 0.8, 0.8].zip(slept).each { |nominal, wait| assert_includes((nominal * (1 - Revox::Policy::JITTER))..nominal, wait) }
  end
end

# The policy's pure parts, where a wall clock would make a test flaky.
class RetryDelayTest < Minitest::Test
  POLICY = Revox::RetryPolicy.new(initial_delay: 0.5, max_delay: 8.0)
  NOW = Time.utc(2026, 11, 22, 10, 0, 0)

  def test_an_http_date_is_a_wait_until_then
    assert_equal 30.0, POLICY.delay(1, { "retry-after" => (NOW + 30).httpdate }, now: NOW)
    assert_equal 0.0, POLICY.delay(1, { "retry-after" => (NOW - 30).httpdate }, now: NOW)
  end

  def test_a_header_it_cannot_read_means_the_backoff
    assert_equal 0.5, POLICY.delay(1, { "retry-after" => "soon" }, now: NOW, random: 0)
    assert_equal 8.0, POLICY.delay(6, {}, now: NOW, random: 0)
    assert_equal 6.0, POLICY.delay(6, {}, now: NOW, random: 1)
  end

  def test_the_statuses_come_from_the_policy
    retried = (400..599).select { |status| POLICY.retryable_status?(status, true) }
    assert_equal Revox::Policy::RETRY_STATUSES_IDEMPOTENT + (Revox::Policy::RETRY_FROM_IDEMPOTENT..599).to_a, retried
    assert_equal Revox::Policy::RETRY_STATUSES_NON_IDEMPOTENT, (400..599).select { |status| POLICY.retryable_status?(status, false) }
  end
end
