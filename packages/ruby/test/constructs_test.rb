# frozen_string_literal: true

require_relative "test_helper"
require "open3"
require "stringio"

# The constructs the API is likely to adopt next, from the rows the generator
# writes for the codegen's constructs fixture, sent by the gem's client: an
# array query (form, exploded), a header parameter, a nested path with two
# ids, a oneOf body, a 204, a multipart upload, a deprecated operation. (The
# generated methods only pass their arguments to Client#request, which is
# what is called here; their spelling is tested in packages/codegen.)
class ConstructsTest < Minitest::Test
  include ClientHelpers

  SCRIPT = File.expand_path("support/constructs.mjs", __dir__)
  OPERATIONS = begin
    source, status = Open3.capture2("node", "--import", "tsx", SCRIPT, chdir: __dir__)
    raise "#{SCRIPT} failed" unless status.success?

    Revox.module_eval(source)
  end

  def setup
    @server = TestServer.new(TestServer.json(200, { id: "x" }))
    @client = client_for(@server)
  end

  def teardown
    @client.close
    @server.close
  end

  def send_operation(id, path: [], **params)
    @client.request(OPERATIONS.fetch(id), path: path, params: params)
  end

  def test_an_array_query_is_form_exploded
    @server.script(TestServer.json(200, { calls: [] }))
    send_operation(:listCalls, page: 0, page_size: 2, statuses: %w[queued completed])
    assert_equal "page=0&page_size=2&statuses=queued&statuses=completed", @server.requests.last.query
  end

  def test_a_header_parameter_is_a_snake_case_keyword_sent_as_its_header
    send_operation(:retrieveVoice, path: ["v1"], x_revox_region: :eu)
    assert_equal "eu", @server.requests.last.headers["x-revox-region"]
    assert_nil @server.requests.last.query
    error = assert_raises(ArgumentError) { send_operation(:retrieveVoice, path: ["v1"]) }
    assert_match(/missing keyword: :x_revox_region/, error.message)
  end

  def test_a_nested_path_takes_both_ids_each_one_segment_and_keywords_go_under_their_wire_names
    send_operation(:updateFaqItem, path: ["asst_1", "faq 1/é"], answer: "Yes.", voice_id: "v1")
    request = @server.requests.last
    assert_equal "PATCH /assistants/asst_1/faq_items/faq%201%2F%C3%A9", "#{request.method} #{request.path}"
    assert_equal({ "answer" => "Yes.", "voiceId" => "v1" }, request.json)
  end

  def test_a_one_of_body_is_sent_as_given_its_common_field_required
    send_operation(:createTool, type: :transfer, phone_number: "+33612345678")
    assert_equal({ "type" => "transfer", "phone_number" => "+33612345678" }, @server.requests.last.json)
    assert_raises(ArgumentError) { send_operation(:createTool, url: "https://hooks.test") }
  end

  def test_a_204_returns_nil
    @server.script(->(_request) { [204, {}, ""] })
    assert_nil send_operation(:deleteFaqItem, path: %w[asst_1 faq_1])
  end

  def test_a_multipart_upload_sends_the_file_and_the_text_field_and_is_not_retried_after_a_drop
    @server.script(->(_request) { [204, {}, ""] })
    assert_nil send_operation(:uploadKnowledge, path: ["asst_1"], file: StringIO.new("Opening hours: 9 to 5."), title: "Hours")
    request = @server.requests.last
    assert_match(%r{\Amultipart/form-data; boundary=}, request.headers["content-type"])
    assert_includes request.body, "Opening hours: 9 to 5."
    assert_match(/name="title"\r\n\r\nHours\r\n/, request.body)
    @server.script(->(_request) { :drop })
    before = @server.requests.length
    assert_raises(Revox::Errors::APIConnectionError) { send_operation(:uploadKnowledge, path: ["asst_1"], file: "x") }
    assert_equal 1, @server.requests.length - before
  end

  def test_a_deprecated_operation_is_marked_and_still_sent
    assert OPERATIONS.fetch(:retrieveLegacyAssistant).deprecated?
    assert_equal({ id: "x" }, send_operation(:retrieveLegacyAssistant, path: ["asst_1"]).to_h)
  end
end
