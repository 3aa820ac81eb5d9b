# frozen_string_literal: true

module Revox
  # The gem's log lines, prefixed `[revox]`, sent to the logger only at the
  # client's level or more severe, whatever the logger's own level: a
  # shared application logger at DEBUG does not turn the gem's lines on.
  class Log
    def initialize(logger, level)
      @logger = logger
      @threshold = Options::LOG_LEVELS.index(level)
    end

    Options::LOG_LEVELS.drop(1).each_with_index do |name, index|
      rank = index + 1
      define_method(:"#{name}?") { rank <= @threshold }
      define_method(name) { |message| @logger.public_send(name, "[revox] #{message}") if rank <= @threshold }
    end

    def inspect
      "#<Revox::Log #{Options::LOG_LEVELS[@threshold]}>"
    end
  end
end
