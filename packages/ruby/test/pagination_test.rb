# frozen_string_literal: true

require_relative "test_helper"

# `call.list` returns a page that is also an Enumerable over every item from
# that page to the last one: the first page with fewer items than page_size,
# or none (spec/sdk-policy.yaml).
class PaginationTest < Minitest::Test
  include ClientHelpers

  def setup
    @server = TestServer.new
    @client = client_for(@server)
  end

  def teardown
    @server.close
  end

  def pages(*sizes)
    @server.script(*sizes.each_with_index.map { |size, page| TestServer.json(200, { calls: Array.new(size) { |n| { id: "a#{page}_#{n}" } } }) })
  end

  def test_a_page_is_a_model_of_the_page
    pages(2)
    page = @client.call.list(page: 0, page_size: 10)
    assert_instance_of Revox::Page, page
    assert_equal %w[a0_0 a0_1], page.calls.map(&:id)
    assert_equal({ calls: [{ id: "a0_0" }, { id: "a0_1" }] }, page.to_h)
    refute page.next_page?
    assert_nil page.next_page
  end

  def test_each_walks_every_page_until_a_shorter_one
    pages(2, 2, 1)
    ids = @client.call.list(page: 3, page_size: 2).map(&:id)
    assert_equal %w[a0_0 a0_1 a1_0 a1_1 a2_0], ids
    assert_equal ["page=3&page_size=2", "page=4&page_size=2", "page=5&page_size=2"], @server.requests.map(&:query)
  end

  def test_a_full_last_page_costs_one_more_request_for_an_empty_one
    pages(2, 0)
    assert_equal 2, @client.call.list(page: 0, page_size: 2).to_a.length
    assert_equal 2, @server.requests.length
  end

  def test_no_items_no_more_pages
    pages(0)
    assert_empty @client.call.list(page: 0, page_size: 2).to_a
    assert_equal 1, @server.requests.length
  end

  def test_each_without_a_block_is_lazy
    pages(2, 2, 2)
    assert_equal %w[a0_0 a0_1 a1_0], @client.call.list(page: 0, page_size: 2).each.lazy.map(&:id).first(3)
    assert_equal 2, @server.requests.length
  end

  def test_following_pages_keep_the_request_options
    pages(1, 0)
    page = @client.call.list(page: 0, page_size: 1, request_options: { extra_headers: { "x-trace" => "t" } })
    page.to_a
    assert_equal %w[t t], @server.requests.map { |r| r.headers["x-trace"] }
  end
end
