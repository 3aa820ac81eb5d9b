# frozen_string_literal: true

require_relative "test_helper"

# examples/update_assistant.rb is the seed docs page's Ruby code, unchanged
# (test/mock.test.ts runs it against the mock API). The seed page lives beside
# the checkout, in ../shared/seeds: CI must have it, so there a missing page
# fails the test; a clone elsewhere skips it.
class ExampleTest < Minitest::Test
  EXAMPLE = File.expand_path("../examples/update_assistant.rb", __dir__)
  SEED = File.expand_path("../../../../shared/seeds/000_d4ae4073513dcd9e.txt", __dir__)
  FIRST = 'require "revox"'
  LAST = "puts(assistant)"

  # The page lost its indentation, so the code is compared without whitespace.
  def test_it_is_the_seed_pages_code
    skip "the seed page is not beside this checkout (#{SEED})" unless File.exist?(SEED) || ENV["CI"]

    page = File.read(SEED)
    code = page[page.index(FIRST)...(page.index(LAST) + LAST.length)]
    assert_equal code.gsub(/\s+/, ""), File.read(EXAMPLE).gsub(/\s+/, "")
  end
end
