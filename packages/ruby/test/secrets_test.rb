# frozen_string_literal: true

require_relative "test_helper"
require "pp"
require "stringio"
require "yaml"

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
    @client.close
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

  # Every String reachable through instance variables, hashes, arrays and
  # structs: what YAML, pp's default and object-walking dumpers can see.
  def reachable_strings(root)
    seen = {}
    strings = []
    stack = [root]
    until stack.empty?
      object = stack.pop
      next if seen[object.__id__]

      seen[object.__id__] = true
      case object
      when String then strings << object
      when Symbol then strings << object.to_s
      when Hash then stack.concat(object.keys, object.values)
      when Array, Struct then stack.concat(object.to_a)
      end
      object.instance_variables.each { |name| stack << object.instance_variable_get(name) } unless object.is_a?(Module)
    end
    strings
  end

  def test_yaml_marshal_and_instance_variables_do_not_hold_it
    @client.assistants.list
    yaml = @client.to_yaml
    refute_includes yaml, TEST_KEY
    assert_equal({ "base_url" => @server.url, "timeout" => 60.0, "max_retries" => 1, "log_level" => "debug" },
                 YAML.unsafe_load(yaml.sub(/\A--- !ruby\/object:Revox::Client\n/, "---\n")))
    strings = reachable_strings(@client)
    assert_includes strings, @server.url # the walk reaches the settings
    strings.each { |string| refute_includes string, TEST_KEY }
    error = assert_raises(TypeError) { Marshal.dump(@client) }
    refute_includes error.message, TEST_KEY
    secret = Revox::Secret.new(TEST_KEY)
    assert_equal "***", YAML.unsafe_load(secret.to_yaml.sub("!ruby/object:Revox::Secret ", ""))
    assert_raises(TypeError) { Marshal.dump(secret) }
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

  def test_an_echo_in_the_body_and_headers_is_blanked_out_everywhere_the_error_shows
    echo = lambda do |request|
      auth = request.headers["authorization"]
      body = { message: "Bad request from #{auth}", details: [{ seen: { auth => auth } }], count: 1 }
      [400, { "content-type" => "application/json", "x-echo" => auth, "x-request-id" => "req_1" }, JSON.generate(body)]
    end
    @server.script(echo)
    error = assert_raises(Revox::Errors::BadRequestError) { @client.assistants.list }
    assert_equal({ "message" => "Bad request from Bearer ***", "details" => [{ "seen" => { "Bearer ***" => "Bearer ***" } }], "count" => 1 }, error.body)
    assert_equal "Bearer ***", error.headers["x-echo"]
    assert_equal "req_1", error.request_id
    printed = [error.message, error.full_message(highlight: false), error.inspect, error.body.inspect, error.headers.inspect, PP.pp(error, +""), error.to_yaml]
    printed.each { |text| refute_includes text, TEST_KEY }
    assert_includes error.message, "Bearer ***"
    # A text body too.
    @server.script(->(request) { [500, { "content-type" => "text/plain" }, "upstream said: #{request.headers["authorization"]}"] })
    error = assert_raises(Revox::Errors::InternalServerError) { @client.assistants.list(request_options: { max_retries: 0 }) }
    assert_equal "upstream said: Bearer ***", error.body
    refute_includes error.full_message, TEST_KEY
    # A success body that is not JSON: the parser's error, which quotes it, is not kept as the cause.
    @server.script(->(request) { [200, { "content-type" => "application/json" }, "oops #{request.headers["authorization"]}"] })
    error = assert_raises(Revox::Errors::APIError) { @client.assistants.list }
    assert_equal "oops Bearer ***", error.body
    assert_nil error.cause
    [error.message, error.full_message(highlight: false)].each { |text| refute_includes text, TEST_KEY }
  end

  def test_a_connection_error_holding_the_key_keeps_no_cause_that_shows_it
    @server.script(->(request) { ->(socket) { socket.write("HTTP/1.1 4x0 #{request.headers["authorization"]}\r\n\r\n") } })
    error = assert_raises(Revox::Errors::APIConnectionError) { @client.assistants.list(request_options: { max_retries: 0 }) }
    assert_includes error.message, "Bearer ***"
    assert_nil error.cause
    [error.message, error.full_message(highlight: false), error.inspect].each { |text| refute_includes text, TEST_KEY }
    # A cause that holds no key is kept.
    @server.script(->(_) { :drop })
    error = assert_raises(Revox::Errors::APIConnectionError) { @client.assistants.list(request_options: { max_retries: 0 }) }
    assert_instance_of EOFError, error.cause
  end

  def test_a_base_url_with_a_user_or_password_is_refused_without_showing_it
    ["https://user:hunter2@api.example.test/api", "https://hunter2@api.example.test", "https://user:hunter2@bad host/x?y"].each do |url|
      error = assert_raises(Revox::Errors::ConfigurationError) { Revox::Client.new(api_key: TEST_KEY, base_url: url) }
      refute_includes error.full_message, "hunter2"
      refute_includes error.message, "api.example.test"
      assert_match(/\AInvalid `base_url:` option \(or REVOX_BASE_URL\): /, error.message)
    end
    error = assert_raises(Revox::Errors::ConfigurationError) { Revox::Client.new(api_key: TEST_KEY, base_url: "https://user:hunter2@api.example.test") }
    assert_equal "Invalid `base_url:` option (or REVOX_BASE_URL): a URL with a user name or password is refused, since it would leak in logs; " \
                 "pass the key as `api_key:`.", error.message
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

  def test_debug_logs_mask_every_header_whose_name_says_credential
    extra = { "X-Session-Id" => "s-1", "x-custom-token" => "t-1", "X-My-Secret" => "z-1", "X-Partner-Key" => "k-1", "proxy-authorization" => "p-1", "x-trace" => "visible" }
    @client.assistants.list(request_options: { extra_headers: extra })
    line = @log.string.lines.grep(/→ GET/).last
    %w[authorization x-session-id x-custom-token x-my-secret x-partner-key proxy-authorization].each do |name|
      assert_includes line, "#{name.inspect}=>\"***\"", name
    end
    assert_includes line, '"x-trace"=>"visible"'
    assert_includes line, '"user-agent"=>"revox-ruby/'
    %w[s-1 t-1 z-1 k-1 p-1].each { |value| refute_includes @log.string, value }
  end
end
