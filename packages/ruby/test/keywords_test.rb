# frozen_string_literal: true

require_relative "test_helper"
require "pathname"
require "stringio"
require "tempfile"

# The keywords a method takes are the plan's snake_case identifiers, sent
# under their wire names, each where the operation puts it (query, headers,
# JSON or multipart body). What Ruby would refuse in a method with declared
# keywords is refused the same way, and nothing is sent.
class KeywordsTest < Minitest::Test
  include ClientHelpers

  def setup
    @server = TestServer.new(TestServer.json(200, { assistant: { id: "asst_1" } }))
    @client = client_for(@server)
  end

  def teardown
    @client.close
    @server.close
  end

  def with_deprecation_warnings
    saved = Warning[:deprecated]
    Warning[:deprecated] = true
    yield
  ensure
    Warning[:deprecated] = saved
  end

  def test_an_unknown_keyword_is_an_argument_error_with_a_suggestion_and_the_keywords
    error = assert_raises(ArgumentError) { @client.assistants.update("asst_1", nmae: "Front desk") }
    lines = error.message.lines.map(&:chomp)
    assert_equal "unknown keyword: :nmae", lines[0]
    assert_equal "Did you mean?  :name", lines[1]
    assert_match(/\Aassistants\.update takes after_call_sms_prompt:, .*, name:, prompt:, .*, request_options:\z/, lines[2])
    error = assert_raises(ArgumentError) { @client.call.list(page: 0, page_size: 10, pagesize: 1, zzz: 2) }
    assert_match(/\Aunknown keywords: :pagesize, :zzz\nDid you mean\?  :page_size\n/, error.message)
    assert_empty @server.requests
  end

  def test_a_missing_required_keyword_is_an_argument_error_in_rubys_words
    assert_equal "missing keyword: :phone_number", assert_raises(ArgumentError) { @client.call.create(assistant_id: "asst_1") }.message
    assert_equal "missing keywords: :name, :prompt", assert_raises(ArgumentError) { @client.assistants.create }.message
    assert_equal "missing keyword: :voice_id", assert_raises(ArgumentError) { @client.voices.preview(provider: :cartesia) }.message
    assert_empty @server.requests
  end

  def test_keywords_are_identifiers_sent_under_their_wire_names
    @server.script(->(_) { [200, { "content-type" => "audio/mpeg" }, "ID3"] })
    @client.voices.preview(provider: :cartesia, voice_id: "v1", text: "Hi")
    assert_equal({ "provider" => "cartesia", "voiceId" => "v1", "text" => "Hi" }, @server.requests.last.json)
  end

  def test_the_0_2_0_spelling_is_still_sent_with_a_deprecation_warning_naming_the_new_keyword
    @server.script(->(_) { [200, { "content-type" => "audio/mpeg" }, "ID3"] })
    _, warnings = capture_io do
      with_deprecation_warnings { @client.voices.preview(provider: :cartesia, voiceId: "v1") }
    end
    assert_equal({ "provider" => "cartesia", "voiceId" => "v1" }, @server.requests.last.json)
    # Ruby's format for a warning with uplevel: the caller's line, here this test file.
    assert_match(%r{\A(.*/)?#{Regexp.escape(File.basename(__FILE__))}:\d+: warning: voices\.preview: the keyword `voiceId:` is deprecated; use `voice_id:`}, warnings)
    # Off, as Ruby's own deprecation warnings are unless -w or Warning[:deprecated] turns them on.
    saved = Warning[:deprecated]
    Warning[:deprecated] = false
    assert_output("", "") { @client.voices.preview(provider: :cartesia, voiceId: "v1") }
  ensure
    Warning[:deprecated] = saved unless saved.nil?
  end

  def test_both_spellings_at_once_are_refused
    error = assert_raises(ArgumentError) { @client.voices.preview(provider: :cartesia, voice_id: "v1", voiceId: "v2") }
    assert_equal "voices.preview: `voice_id:` given twice (also as `voiceId:`, its 0.2.0 spelling)", error.message
    assert_empty @server.requests
  end

  def test_nil_in_a_body_field_is_sent_as_null_and_clears_it
    @client.assistants.update("asst_1", voicemail_message: nil, calendly: nil)
    assert_equal({ "voicemail_message" => nil, "calendly" => nil }, @server.requests.last.json)
  end

  def test_nil_for_a_required_query_or_header_parameter_is_refused_naming_it
    error = assert_raises(Revox::Errors::InvalidRequestError) { @client.call.list(page: nil, page_size: 10) }
    assert_equal "Invalid `page`: required, and nil cannot be sent as a query. Nothing was sent.", error.message
    error = assert_raises(Revox::Errors::InvalidRequestError) { @client.request(CustomOperations::SEARCH, path: ["t1"], params: { x_revox_region: nil }) }
    assert_equal "Invalid `x_revox_region`: required, and nil cannot be sent as a header. Nothing was sent.", error.message
    assert_empty @server.requests
  end

  def test_an_array_query_is_form_exploded_and_header_parameters_go_as_headers
    @client.request(CustomOperations::SEARCH, path: ["t 1"], params: { statuses: [:queued, "in progress"], limit: 5, x_revox_region: :eu })
    @client.request(CustomOperations::SEARCH, path: ["t1"], params: { statuses: [], x_revox_region: "us" })
    first, second = @server.requests
    assert_equal "/things/t%201", first.path
    assert_equal "statuses=queued&statuses=in+progress&limit=5", first.query
    assert_equal "eu", first.headers["x-revox-region"]
    assert_nil second.query
    assert_equal "us", second.headers["x-revox-region"]
  end

  def test_a_header_value_http_cannot_carry_is_refused
    error = assert_raises(Revox::Errors::InvalidRequestError) { @client.request(CustomOperations::SEARCH, path: ["t1"], params: { x_revox_region: "eu\r\nx-evil: 1" }) }
    assert_equal "Invalid `x_revox_region`: a header value must be printable ASCII. Nothing was sent.", error.message
    assert_empty @server.requests
  end

  def test_a_multipart_body_takes_bytes_an_io_or_a_pathname_and_sends_each_field_as_a_part
    @server.script(->(_) { [204, {}, ""] })
    Tempfile.create(["notes", ".txt"]) do |file|
      file.binmode
      file.write("from disk \xFF".b)
      file.flush
      [
        ["bytes \x00\xFF".b, "file", "bytes \x00\xFF".b],
        [StringIO.new("from an IO"), "file", "from an IO".b],
        [Pathname(file.path), File.basename(file.path), "from disk \xFF".b],
      ].each do |value, filename, bytes|
        assert_nil @client.request(CustomOperations::UPLOAD, path: ["t1"], params: { file: value, title: "Menu", page_count: 3 })
        parts = CustomOperations.parts(@server.requests.last)
        assert_equal({ "file" => [filename, bytes], "title" => [nil, "Menu"], "pageCount" => [nil, "3"] }, parts)
      end
    end
    boundaries = @server.requests.map { |r| r.headers["content-type"][/boundary=(.+)/, 1] }
    assert_equal 3, boundaries.uniq.length, "a random boundary per request"
  end

  def test_an_io_is_read_once_so_a_retry_sends_the_same_bytes
    @server.script(TestServer.json(503, {}), ->(_) { [204, {}, ""] })
    io = StringIO.new("the whole file")
    @client.request(CustomOperations::UPLOAD, path: ["t1"], params: { file: io })
    assert_equal 2, @server.requests.length
    assert_equal [["file", "the whole file"]] * 2, @server.requests.map { |r| CustomOperations.parts(r).fetch("file") }
  end

  def test_a_file_field_refuses_what_is_not_bytes_an_io_or_a_pathname
    error = assert_raises(Revox::Errors::InvalidRequestError) { @client.request(CustomOperations::UPLOAD, path: ["t1"], params: { file: 42 }) }
    assert_equal "Invalid `file`: expected a String (the bytes), an IO or a Pathname, got Integer. Nothing was sent.", error.message
    error = assert_raises(Revox::Errors::InvalidRequestError) { @client.request(CustomOperations::UPLOAD, path: ["t1"], params: { file: Pathname("/nonexistent/revox") }) }
    assert_equal "Invalid `file`: the file cannot be read (Errno::ENOENT). Nothing was sent.", error.message
    assert_empty @server.requests
  end

  def test_a_required_body_with_no_field_given_is_refused
    error = assert_raises(Revox::Errors::InvalidRequestError) { @client.request(CustomOperations::REPLACE) }
    assert_equal "things.replace needs a body: pass its fields as keywords. Nothing was sent.", error.message
    assert_empty @server.requests
  end

  def test_an_empty_answer_returns_nil
    @server.script(->(_) { [204, {}, ""] })
    assert_nil @client.request(CustomOperations::UPLOAD, path: ["t1"], params: { file: "x" })
  end

  def test_an_empty_or_non_json_success_body_is_an_api_error_with_the_status
    [[200, ""], [201, "  "], [200, "<html>maintenance</html>"]].each do |status, body|
      @server.script(->(_) { [status, { "content-type" => "application/json" }, body] })
      error = assert_raises(Revox::Errors::APIError) { @client.assistants.retrieve("asst_1") }
      assert_instance_of Revox::Errors::APIError, error
      assert_equal status, error.status
      assert_match(/\A#{status} response body is not valid JSON/, error.message)
    end
  end

  def test_extra_body_sends_fields_the_spec_does_not_document_with_their_keys_as_given
    @client.assistants.update("asst_1", name: "Front desk", request_options: { extra_body: { "betaFlag" => true, nested_thing: { a: [1] }, name: "Override" } })
    assert_equal({ "name" => "Override", "betaFlag" => true, "nested_thing" => { "a" => [1] } }, @server.requests.last.json)
    @client.users.me.update(request_options: Revox::RequestOptions.new(extra_body: { "x" => nil }))
    assert_equal({ "x" => nil }, @server.requests.last.json)
  end

  def test_extra_body_is_refused_where_no_body_is_sent_and_must_be_a_hash
    error = assert_raises(Revox::Errors::InvalidRequestError) { @client.assistants.list(request_options: { extra_body: { "x" => 1 } }) }
    assert_equal "Invalid `request_options[:extra_body]`: assistants.list sends no body. Nothing was sent.", error.message
    error = assert_raises(Revox::Errors::ConfigurationError) { @client.users.me.update(request_options: { extra_body: [1] }) }
    assert_equal "Invalid `request_options[:extra_body]:` option: expected a Hash of body fields, got Array.", error.message
    assert_empty @server.requests
  end
end
