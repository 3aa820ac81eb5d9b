# frozen_string_literal: true

# Calls one method of the Ruby gem for the contract suite
# (test/support/adapters.ts). Reads, as JSON on stdin:
#   {"baseUrl": ..., "sdk": "assistants.update", "pathParams": {...}, "query": {...}, "body": {...}}
# and prints one line of JSON: {"json": the answer}, {"binary": {"bytes": n,
# "contentType": type}}, or {"error": {"className", "status", "message"}} for
# a failure status.
require "json"
require "revox"

input = JSON.parse($stdin.read)
operation = Revox::Generated::OPERATIONS.values.find { |o| o.sdk == input.fetch("sdk") }
abort "The Ruby gem has no method #{input["sdk"]}" unless operation

client = Revox::Client.new(api_key: "sk_test_prism", base_url: input.fetch("baseUrl"), max_retries: 0, log_level: "off")
resource = operation.resource_path.reduce(client) { |node, name| node.public_send(name) }
arguments = operation.path_params.map { |name| input.fetch("pathParams").fetch(name) }
keywords = input.fetch("query").merge(input["body"] || {}).transform_keys(&:to_sym)

result =
  begin
    answer = resource.public_send(operation.method_name, *arguments, **keywords)
    answer.is_a?(Revox::Binary) ? { binary: { bytes: answer.size, contentType: answer.content_type } } : { json: answer }
  rescue Revox::Errors::APIError => e
    { error: { className: e.class.name.split("::").last, status: e.status, message: e.message } }
  end
puts JSON.generate(result)
