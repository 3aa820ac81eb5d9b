# frozen_string_literal: true

# The chaos run at full scale (opt-in: `npm run chaos -w @revoxai/ruby`):
# 8 threads sharing one client make 8,000 calls against a local server that
# fails at random (test/support/chaos.rb), then the invariants are checked.
# Prints one summary line; exits 1 when an invariant broke.
#
#   ruby -w test/chaos.rb [calls] [threads] [seed]      (or CHAOS_CALLS, CHAOS_THREADS, CHAOS_SEED)
$LOAD_PATH.unshift(File.expand_path("../lib", __dir__))
require "revox"
require "stringio"
require_relative "support/chaos"

calls = Integer(ARGV[0] || ENV["CHAOS_CALLS"] || 8000)
threads = Integer(ARGV[1] || ENV["CHAOS_THREADS"] || 8)
seed = Integer(ARGV[2] || ENV["CHAOS_SEED"] || Random.new_seed % 1_000_000)
result = Chaos.run(calls: calls, threads: threads, seed: seed)
puts result.summary
result.violations.first(20).each { |violation| puts "  #{violation}" }
exit(result.violations.empty? ? 0 : 1)
