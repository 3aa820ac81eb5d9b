# frozen_string_literal: true

# The Ruby gem's adapter for the shared table of conformance cases: a
# long-lived process that reads one JSON object per line on stdin and prints
# exactly one JSON line per input on stdout. Input:
#
#   {"baseUrl": "...", "apiKey": "sk_...",
#    "client": {"maxRetries": 2, "timeoutMs": 1000, "retryDelay": {"initialMs": 1, "maxMs": 5},
#               "maxRetryAfterMs": 60000, "maxResponseBytes": null, "logLevel": "debug"},
#    "call": "assistants.update", "path": ["a1"], "params": {"name": "x"},
#    "requestOptions": {"extraBody": {...}, "extraHeaders": {...}, "timeoutMs": ..., "maxRetries": ..., "maxResponseBytes": ...}}
#
# (client keys may be left out for the defaults; durations in ms; params
# keys are the Ruby keywords). Calls with the same base URL, key and client
# options share one client, so that they share its kept-alive connections.
# Output, with every line the gem logged during the call:
#
#   {"answer": {"json": data} | {"binary": {"bytes": n, "contentType": "...", "sha256": "hex"}} | {"empty": true}, "logs": [...]}
#   {"error": {"className": "Revox::Errors::...", "status": 503 | null, "message": "...", "printed": "..."}, "logs": [...]}
require "digest"
require "json"
require "logger"
require "stringio"
require "revox"

module RevoxAdapter
  module_function

  def seconds(ms)
    ms && ms / 1000.0
  end

  def client_for(input, log)
    options = input["client"] || {}
    delays = options["retryDelay"] || {}
    settings = {
      api_key: input["apiKey"], base_url: input["baseUrl"], max_retries: options["maxRetries"], timeout: seconds(options["timeoutMs"]),
      initial_retry_delay: seconds(delays["initialMs"]), max_retry_delay: seconds(delays["maxMs"]),
      max_retry_after: seconds(options["maxRetryAfterMs"]), max_response_bytes: options["maxResponseBytes"],
      log_level: options["logLevel"], logger: Logger.new(log, formatter: ->(severity, _, _, message) { "#{severity} #{message}\n" }),
    }
    Revox::Client.new(**settings.compact) # a setting left out takes the gem's default
  end

  def request_options(input)
    given = input["requestOptions"] || {}
    {
      extra_body: given["extraBody"], extra_headers: given["extraHeaders"], timeout: seconds(given["timeoutMs"]),
      max_retries: given["maxRetries"], max_response_bytes: given["maxResponseBytes"],
    }.compact
  end

  def answer_of(result)
    case result
    when nil then { empty: true }
    when Revox::Binary then { binary: { bytes: result.size, contentType: result.content_type, sha256: Digest::SHA256.hexdigest(result.bytes) } }
    else { json: JSON.parse(result.to_json) }
    end
  end

  def error_of(error)
    forms = [error.full_message(highlight: false), error.inspect]
    forms << error.body.inspect if error.respond_to?(:body)
    # Some forms come as binary strings: each is read as the UTF-8 it is.
    printed = forms.map { |form| form.dup.force_encoding(Encoding::UTF_8).scrub }.join("\n")
    { className: error.class.name, status: error.respond_to?(:status) ? error.status : nil, message: error.message, printed: printed }
  end

  CLIENTS = {}

  # The client for these settings, made once, and the log it writes to, emptied for this call.
  def client_and_log(input)
    key = JSON.generate([input["baseUrl"], input["apiKey"], input["client"]])
    log = CLIENTS.dig(key, :log) || StringIO.new
    log.truncate(0)
    log.rewind
    CLIENTS[key] ||= { client: client_for(input, log), log: log }
    [CLIENTS[key][:client], log]
  end

  # One input line → one output Hash.
  def handle(line)
    log = StringIO.new
    output =
      begin
        input = JSON.parse(line)
        operation = Revox::Generated::OPERATIONS.each_value.find { |o| o.sdk == input["call"] }
        raise ArgumentError, "the gem has no method #{input["call"].inspect}" unless operation

        client, log = client_and_log(input)
        resource = operation.resource_path.reduce(client) { |node, name| node.public_send(name) }
        keywords = (input["params"] || {}).transform_keys(&:to_sym)
        options = request_options(input)
        keywords[:request_options] = options unless options.empty?
        { answer: answer_of(resource.public_send(operation.method_name, *(input["path"] || []), **keywords)) }
      rescue StandardError => e
        { error: error_of(e) }
      end
    output.merge(logs: log.string.lines.map(&:chomp))
  end
end

$stdout.sync = true
$stdin.each_line do |line|
  next if line.strip.empty?

  $stdout.puts(JSON.generate(RevoxAdapter.handle(line)))
end
RevoxAdapter::CLIENTS.each_value { |entry| entry[:client].close }
