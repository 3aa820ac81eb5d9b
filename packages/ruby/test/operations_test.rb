# frozen_string_literal: true

require_relative "test_helper"
require "erb"

# Every operation of the gem's generated table has its method, and the method
# sends that operation (method, path with the id encoded as one segment,
# query, body) and returns what the server answers: the spec's example. The
# cases come from the table and the spec's examples, so a new operation is
# covered with no edit here.
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

  Revox::Generated::OPERATIONS.each_value do |operation|
    define_method(:"test_#{operation.sdk.tr(".", "_")}_sends_#{operation.id}_and_returns_its_answer") do
      example = SpecExamples.for(operation).fetch("example")
      query = example.fetch("query")
      body = example["body"]
      resource = operation.resource_path.reduce(@client) { |node, name| node.public_send(name) }
      arguments = operation.path_params.map { AWKWARD_ID }
      keywords = query.merge(body || {}).transform_keys(&:to_sym)

      result = resource.public_send(operation.method_name, *arguments, **keywords)

      expected_path = operation.path.gsub(/\{[^}]+\}/) { ERB::Util.url_encode(AWKWARD_ID) }
      sent = @server.requests
      assert_equal ["#{operation.http_method} #{expected_path}"], sent.map { |r| "#{r.method} #{r.path}" }
      assert_equal URI.encode_www_form(query), sent[0].query.to_s
      # An optional body left out goes as {}, as the TypeScript SDK sends it.
      assert_equal(body || {}, sent[0].json) if operation.body
      assert_equal "", sent[0].body unless operation.body

      success = SpecExamples.for(operation).fetch("success")
      if operation.binary?
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
