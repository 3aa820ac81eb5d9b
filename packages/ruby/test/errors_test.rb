# frozen_string_literal: true

require_relative "test_helper"

# A failure status raises its class (generated from spec/sdk-policy.yaml),
# with the status, headers and body, and a message saying what the server said.
class ErrorsTest < Minitest::Test
  include ClientHelpers

  def setup
    @server = TestServer.new
    @client = client_for(@server, max_retries: 0)
  end

  def teardown
    @server.close
  end

  def failure
    @client.assistants.retrieve("asst_1")
  rescue Revox::Error => e
    e
  end

  def test_each_status_of_the_policy_has_its_class
    Revox::Errors::BY_STATUS.merge(500 => Revox::Errors::SERVER_ERROR, 503 => Revox::Errors::SERVER_ERROR, 418 => Revox::Errors::APIError).each do |status, klass|
      @server.script(TestServer.json(status, { message: "Nope #{status}" }, { "x-request-id" => "req_#{status}" }))
      error = failure
      assert_instance_of klass, error
      assert_kind_of Revox::Errors::APIError, error
      assert_equal status, error.status
      assert_equal({ "message" => "Nope #{status}" }, error.body)
      assert_equal "req_#{status}", error.request_id
      assert_equal "req_#{status}", error.headers["x-request-id"]
      assert_equal "#{status} Nope #{status}", error.message
    end
  end

  def test_the_message_has_the_body_message_its_errors_and_the_sl_violations_header
    violations = [{ location: %w[request body voice provider], message: "Request body property voice.provider must be equal to one of the allowed values" }]
    @server.script(TestServer.json(422, { message: "Invalid request", errors: ["provider"] }, { "sl-violations" => JSON.generate(violations) }))
    assert_equal '422 Invalid request errors: ["provider"] — Request body property voice.provider must be equal to one of the allowed values', failure.message
  end

  def test_bodies_without_a_message
    [
      [TestServer.json(404, ""), "404 (no body)"],
      [TestServer.json(409, { code: "busy" }), '409 {"code":"busy"}'],
      [->(_) { [502, { "content-type" => "text/html" }, "<html><title>502 Bad Gateway</title></html>"] }, "502 Bad Gateway (HTML error page)"],
      [->(_) { [500, { "content-type" => "text/plain" }, "x" * 1000] }, "500 #{"x" * 300}…"],
    ].each do |handler, message|
      @server.script(handler)
      assert_equal message, failure.message
    end
  end

  def test_a_success_body_that_is_not_json_is_an_api_error_with_the_status
    @server.script(->(_) { [200, { "content-type" => "application/json" }, "{not json"] })
    error = failure
    assert_instance_of Revox::Errors::APIError, error
    assert_equal 200, error.status
    assert_equal "{not json", error.body
    assert_match(/\A200 response body is not valid JSON/, error.message)
  end

  def test_a_timeout_is_an_api_timeout_error_and_a_connection_error
    @server.script(->(_) { :hang })
    error = assert_raises(Revox::Errors::APITimeoutError) { @client.assistants.list(request_options: { timeout: 0.2 }) }
    assert_kind_of Revox::Errors::APIConnectionError, error
    assert_equal "Request timed out after 0.2 s (Net::ReadTimeout).", error.message
    assert_instance_of Net::ReadTimeout, error.cause
  end

  def test_a_dropped_connection_is_an_api_connection_error
    @server.script(->(_) { :drop })
    error = failure
    assert_instance_of Revox::Errors::APIConnectionError, error
    assert_match(/\AConnection error: .+ \(EOFError\)\.\z/, error.message)
  end
end
