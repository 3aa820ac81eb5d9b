# frozen_string_literal: true

require "json"
require_relative "lib/revox/generated/version"

# Where the project lives, stated once for every package in repository.json at
# the repository's root (placeholders until the public repository exists; see
# its "about"). packages/release/test/repository-urls.test.ts checks that the
# gem says what the npm packages say.
repository = JSON.parse(File.read(File.expand_path("../../repository.json", __dir__)))
source = "#{repository.fetch("url")}/tree/#{repository.fetch("branch")}/packages/ruby"

Gem::Specification.new do |spec|
  spec.name = "revox"
  spec.version = Revox::VERSION
  spec.summary = "Ruby client of the Revox API: AI voice agents that place phone calls"
  spec.description = "Configure Revox voice agents, place phone calls with them and read what was said. " \
                     "Generated from the API's OpenAPI description; standard library only."
  spec.authors = ["Revox"]
  spec.homepage = source
  spec.license = "MIT"
  spec.required_ruby_version = ">= 3.1"
  spec.files = Dir["lib/**/*.rb", "sig/**/*.rbs", "sig/manifest.yaml", "README.md", "LICENSE"]
  spec.require_paths = ["lib"]
  spec.metadata["source_code_uri"] = source
  spec.metadata["bug_tracker_uri"] = "#{repository.fetch("url")}/issues"
  spec.metadata["rubygems_mfa_required"] = "true"
end
