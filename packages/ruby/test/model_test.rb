# frozen_string_literal: true

require_relative "test_helper"

# Answers as objects: accessors, [] by symbol or string, unknown fields kept,
# nested models, and printing that shows the data.
class ModelTest < Minitest::Test
  DATA = {
    "assistant" => {
      "id" => "asst_1",
      "name" => "Front desk",
      "voice" => { "id" => "v1", "provider" => "cartesia" },
      "faq_items" => [{ "question" => "Parking?", "answer" => "Yes" }],
      "voicemail_message" => nil,
      "field_from_a_newer_api" => { "kept" => true },
    },
  }.freeze

  def model
    Revox::Model.wrap(JSON.parse(JSON.generate(DATA)))
  end

  def test_accessors_and_brackets_reach_every_field
    m = model
    assert_equal "Front desk", m.assistant.name
    assert_equal "Front desk", m[:assistant][:name]
    assert_equal "Front desk", m["assistant"]["name"]
    assert_equal "cartesia", m.assistant.voice.provider
    assert_equal "Yes", m.assistant.faq_items.first.answer
    assert_nil m.assistant.voicemail_message
    assert_equal true, m.assistant.field_from_a_newer_api.kept
    assert m.assistant.respond_to?(:name)
  end

  def test_nested_objects_are_models_and_lists_are_arrays
    assert_instance_of Revox::Model, model.assistant.voice
    assert_instance_of Array, model.assistant.faq_items
    assert_instance_of Revox::Model, model.assistant.faq_items[0]
  end

  def test_a_field_the_server_did_not_send_is_nil_by_brackets_and_no_method_by_name
    assert_nil model.assistant[:webhook_url]
    refute model.assistant.key?(:webhook_url)
    assert model.assistant.key?(:voicemail_message)
    assert_raises(NoMethodError) { model.assistant.webhok_url }
  end

  def test_to_h_to_json_and_keys
    assert_equal({ id: "v1", provider: "cartesia" }, model.assistant.voice.to_h)
    assert_equal DATA, JSON.parse(model.to_json)
    assert_equal DATA, JSON.parse(JSON.generate({ "assistant" => model.assistant }))
    assert_equal %i[id name voice faq_items voicemail_message field_from_a_newer_api], model.assistant.keys
  end

  def test_printing_shows_the_data
    assert_equal JSON.pretty_generate(DATA), model.to_s
    assert_output("#{JSON.pretty_generate(DATA)}\n") { puts(model) }
    assert_match(/\A#<Revox::Model \{:id=>"v1", :provider=>"cartesia"\}>\z/, model.assistant.voice.inspect)
  end

  def test_equality_is_by_data
    assert_equal model, model
    refute_equal model, model.assistant
  end
end
