# frozen_string_literal: true

require_relative "lib/revox/generated/version"

Gem::Specification.new do |spec|
  spec.name = "revox"
  spec.version = Revox::VERSION
  spec.summary = "Ruby client of the Revox API: AI voice agents that place phone calls"
  spec.description = "Configure Revox voice agents, place phone calls with them and read what was said. " \
                     "Generated from the API's OpenAPI description; standard library only."
  spec.authors = ["Revox"]
  spec.homepage = "https://www.getrevox.com"
  spec.license = "MIT"
  spec.required_ruby_version = ">= 3.1"
  spec.files = Dir["lib/**/*.rb", "sig/**/*.rbs", "README.md", "LICENSE"]
  spec.require_paths = ["lib"]
  spec.metadata["rubygems_mfa_required"] = "true"
end
