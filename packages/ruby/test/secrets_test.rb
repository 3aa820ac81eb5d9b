# frozen_string_literal: true

require_relative "test_helper"
require "pp"
require "stringio"

# The API key can place phone calls: nothing the gem prints, raises or logs
# contains it.
class SecretsTest < Minitest::Test
  include ClientHelpers

  def setup
    @server = TestServer.new
    @log = StringIO.new
    @client = client_for(@server, max_retries: 1, log_level: :debug, logger: Logger.new(@log))
  end

  def teardown
    @server.close
    refute_includes @log.string, TEST_KEY
  end

  def test_the_client_and_its_resources_do_not_show_it
    [@client, @client.assistants, @client.users.me].each do |object|
      refute_includes object.inspect, TEST_KEY
      refute_includes PP.pp(object, +""), TEST_KEY
      refute_includes object.to_s, TEST_KEY
    end
  end

  def test_request_options_do_not_show_credentials
    options = Revox::RequestOptions.new(extra_headers: { "Authorization" => "Bearer #{TEST_KEY}", "X-Api-Key" => TEST_KEY, "x-trace" => "t" })
    assert_equal '#<Revox::RequestOptions timeout=nil max_retries=nil max_response_bytes=nil extra_headers={"authorization"=>"***", "x-api-key"=>"***", "x-trace"=>"t"} extra_body=[]>', options.inspect
    refute_includes PP.pp(options, +""), TEST_KEY
  end

  def test_errors_do_not_show_it_even_when_the_server_echoes_the_request
    @server.script(->(request) { [401, { "content-type" => "application/json" }, JSON.generate(message: "Bad key #{request.headers["authorization"]}")] })
    error = assert_raises(Revox::Errors::AuthenticationError) { @client.assistants.list }
    assert_equal "401 Bad key Bearer ***", error.message
    [error.inspect, error.full_message, PP.pp(error, +"")].each { |text| refute_includes text, TEST_KEY }
  end

  def test_connection_errors_and_timeouts_do_not_show_it
    @server.script(->(_) { :hang })
    error = assert_raises(Revox::Errors::APITimeoutError) { @client.assistants.list(request_options: { timeout: 0.2 }) }
    refute_includes error.full_message, TEST_KEY
  end

  def test_debug_logs_redact_the_authorization_header
    @server.script(TestServer.json(500, {}), TestServer.json(200, {}))
    @client.assistants.list(request_options: { extra_headers: { "cookie" => "session=#{TEST_KEY}" } })
    assert_equal 2, @log.string.scan('"authorization"=>"***"').length
    assert_includes @log.string, '"cookie"=>"***"'
    assert_includes @log.string, "Retrying GET"
  end
end
