# frozen_string_literal: true

require_relative "test_helper"
require "stringio"
require_relative "support/chaos"

# The chaos run, small (the full one is test/chaos.rb): threads sharing a
# client against a server that resets, drops, rate-limits, fails, cuts
# bodies short, trickles and hangs at random. Every call settles with an
# answer or a typed error, POST /call is never received again after the
# server may have acted, the attempt budget holds, the key shows nowhere,
# and threads and sockets return to their count.
class ChaosTest < Minitest::Test
  SEED = 20_261_205

  def test_a_seeded_chaos_run_keeps_every_invariant
    result = Chaos.run(calls: 240, threads: 8, seed: SEED, limit: 120)
    assert_empty result.violations, result.summary
    assert_equal 240, result.successes + result.errors.values.sum
    assert_operator result.successes, :>, 0
    assert_operator result.errors.length, :>=, 2, result.summary # several kinds of failure were met
    assert_operator result.requests, :>, 240 # retries happened
  end

  def test_the_faults_are_drawn_from_the_seed_id_and_attempt
    assert_equal Chaos.fault(1, "c1", "1"), Chaos.fault(1, "c1", "1")
    drawn = Array.new(2000) { |n| Chaos.fault(SEED, "c#{n}", "1") }.tally
    assert_equal Chaos::FAULTS.keys.sort, drawn.keys.sort
  end
end
