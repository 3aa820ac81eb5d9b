# frozen_string_literal: true

require_relative "test_helper"
require "erb"

# Every operation of the gem's generated table has its method, and the method
# sends that operation (method, path with the id encoded as one segment,
# query, headers, body, each value under its wire name while the method takes
# snake_case keywords) and returns what the server answers: the spec's
# example. The cases come from the table and the spec's examples, so a new
# operation is covered with no edit here.
class OperationsTest < Minitest::Test
  include ClientHelpers

  # An id that only survives the trip when it is encoded as one path segment.
  AWKWARD_ID = "asst 1/ü?#"

  def setup
    @server = TestServer.new(SpecExamples.handler)
    @client = client_for(@server)
  end

  def teardown
    @server.close
  end

  def test_the_table_has_every_operation_of_the_model
    assert_equal SpecExamples.all.keys.sort, Revox::Generated::OPERATIONS.keys.map(&:to_s).sort
  end

  def test_each_row_is_frozen_and_spells_the_plan
    Revox::Generated::OPERATIONS.each do |id, operation|
      assert_equal id.to_s, operation.id
      assert_predicate operation, :frozen?
      assert_equal operation.sdk, [*operation.resource_path, operation.method_name].join(".")
      assert_includes %i[json binary empty], operation.answer
      assert_includes [nil, :json, :multipart], operation.body
      operation.params.each do |param|
        assert_predicate param, :frozen?
        assert_match(/\A[a-z][a-z0-9]*(_[a-z0-9]+)*\z/, param.keyword.to_s, "#{operation.sdk}: #{param.wire}")
        assert_includes %i[query header body], param.in
      end
    end
    preview = Revox::Generated::OPERATIONS.fetch(:previewVoice)
    assert_equal "voiceId", preview.param(:voice_id).wire
    assert_equal preview.param(:voice_id), preview.legacy_param(:voiceId)
  end

  Revox::Generated::OPERATIONS.each_value do |operation|
    define_method(:"test_#{operation.sdk.tr(".", "_")}_sends_#{operation.id}_and_returns_its_answer") do
      example = SpecExamples.for(operation).fetch("example")
      query = example.fetch("query")
      headers = example.fetch("headers")
      body = example["body"]
      resource = operation.resource_path.reduce(@client) { |node, name| node.public_send(name) }
      arguments = operation.path_params.map { AWKWARD_ID }
      # The example is by wire name (`voiceId`); the method takes identifiers (`voice_id:`).
      keywords = query.merge(headers, body || {}).to_h { |wire, value| [operation.params.find { |p| p.wire == wire }.keyword, value] }

      result = resource.public_send(operation.method_name, *arguments, **keywords)

      expected_path = operation.path.gsub(/\{[^}]+\}/) { ERB::Util.url_encode(AWKWARD_ID) }
      sent = @server.requests
      assert_equal ["#{operation.http_method} #{expected_path}"], sent.map { |r| "#{r.method} #{r.path}" }
      assert_equal URI.encode_www_form(query), sent[0].query.to_s
      headers.each { |name, value| assert_equal value.to_s, sent[0].headers[name.downcase] }
      # An optional body left out goes as {}, as the TypeScript SDK sends it.
      assert_equal(body || {}, sent[0].json) if operation.body == :json
      assert_match(%r{\Amultipart/form-data; boundary=}, sent[0].headers["content-type"]) if operation.body == :multipart
      assert_equal "", sent[0].body unless operation.body
      assert_equal "gzip, deflate", sent[0].headers["accept-encoding"]

      success = SpecExamples.for(operation).fetch("success")
      if operation.answer == :empty
        assert_nil result
      elsif operation.answer == :binary
        assert_instance_of Revox::Binary, result
        assert_equal success["base64"].unpack1("m"), result.bytes
        assert_equal Encoding::BINARY, result.bytes.encoding
        assert_equal operation.media_type, result.content_type
      else
        assert_kind_of Revox::Model, result
        assert_equal Revox::Model.symbolize(success["value"]), result.to_h
        assert_equal success["value"], JSON.parse(result.to_json)
      end
    end
  end
end
