# frozen_string_literal: true

require_relative "test_helper"

# examples/update_assistant.rb is the seed docs page's Ruby code, unchanged
# (test/mock.test.ts runs it against the mock API). The example in the
# repository is the fact; where the seed page is beside the checkout (in
# ../shared/seeds), it is compared with the page, and elsewhere one line says
# that the comparison did not run.
class ExampleTest < Minitest::Test
  EXAMPLE = File.expand_path("../examples/update_assistant.rb", __dir__)
  SEED = File.expand_path("../../../../shared/seeds/000_d4ae4073513dcd9e.txt", __dir__)
  FIRST = 'require "revox"'
  LAST = "puts(assistant)"

  if File.exist?(SEED)
    # The page lost its indentation, so the code is compared without whitespace.
    def test_it_is_the_seed_pages_code
      page = File.read(SEED)
      code = page[page.index(FIRST)...(page.index(LAST) + LAST.length)]
      assert_equal code.gsub(/\s+/, ""), File.read(EXAMPLE).gsub(/\s+/, "")
    end
  else
    puts "not run: the comparison of examples/update_assistant.rb with the seed page (#{SEED} is not beside this checkout)"
  end
end
