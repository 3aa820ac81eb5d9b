# frozen_string_literal: true

# Every Ruby test file in one process: `ruby test/run.rb` (npm test runs it).
Dir.glob(File.join(__dir__, "**", "*_test.rb")).sort.each { |file| require file }
