# frozen_string_literal: true

# The gem against a hand-written keep-alive Net::HTTP loop sending the same
# update to the same local server, side by side in this one process: rounds
# interleave the two so drift on a shared machine hits both alike, and each
# figure is the median over rounds (as src/harness.mjs does for Node).
# Usage: ruby -I packages/ruby/lib ruby-loopback.rb BASE_URL ROUNDS ITERATIONS; prints ops/s as JSON.
require "json"
require "net/http"
require "revox"

base_url, rounds, iterations = ARGV[0], Integer(ARGV[1]), Integer(ARGV[2])
key = "sk_bench"
body = { name: "Front desk", voicemail_message: nil }

client = Revox::Client.new(api_key: key, base_url: base_url)
uri = URI(base_url)
http = Net::HTTP.start(uri.hostname, uri.port)
# The loop sends what the gem sends (its client header, attempt number and
# the encodings it can decode besides), so the ratio measures the gem's code,
# not a shorter request.
client_header = "revox-ruby/#{Revox::VERSION} ruby/#{RUBY_VERSION}"
headers = {
  "authorization" => "Bearer #{key}", "user-agent" => client_header, "accept" => "application/json", "accept-encoding" => "gzip, deflate",
  "content-type" => "application/json", Revox::Policy::HEADER_CLIENT => client_header, Revox::Policy::HEADER_ATTEMPT => "1"
}

hand_written = lambda do
  request = Net::HTTP::Patch.new("#{uri.path}/assistants/asst_1", headers)
  request.body = JSON.generate(body)
  JSON.parse(http.request(request).body)
end
# The loop twice: how far two identical candidates drift apart in this run.
candidates = {
  "Ruby client" => -> { client.assistants.update("asst_1", **body) },
  "Net::HTTP loop" => hand_written,
  "Net::HTTP loop (again)" => -> { hand_written.call },
}

candidates.each_value { |run| [iterations, 200].min.times { run.call } } # warm-up
samples = candidates.transform_values { [] }
rounds.times do
  candidates.each do |name, run|
    started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    iterations.times { run.call }
    samples[name] << iterations / (Process.clock_gettime(Process::CLOCK_MONOTONIC) - started)
  end
end

median = lambda do |values|
  sorted = values.sort
  mid = sorted.length / 2
  sorted.length.odd? ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
end
puts JSON.generate(samples.transform_values(&median))
