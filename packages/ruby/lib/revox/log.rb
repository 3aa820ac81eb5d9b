# frozen_string_literal: true

module Revox
  # The gem's log lines, prefixed `[revox]`, sent to the logger only at the
  # client's level or more severe, whatever the logger's own level: a
  # shared application logger at DEBUG does not turn the gem's lines on.
  # The API key is blanked out of every line, whatever a server sent.
  class Log
    def initialize(logger, level, secret)
      @logger = logger
      @threshold = Policy::LOG_LEVELS.index(level)
      @secret = secret
    end

    Policy::LOG_LEVELS.drop(1).each_with_index do |name, index|
      rank = index + 1
      define_method(:"#{name}?") { rank <= @threshold }
      define_method(name) { |message| @logger.public_send(name, @secret.scrub("[revox] #{message}")) if rank <= @threshold }
    end

    def inspect
      "#<Revox::Log #{Policy::LOG_LEVELS[@threshold]}>"
    end
  end
end
