# frozen_string_literal: true

# Loaded into the conformance adapter's process by adapter_test.rb: an
# operation that answers 204 (the spec has none yet), reachable the way the
# adapter finds methods, so the protocol's {"empty": true} is pinned too.
require "revox"
require_relative "operations"

module Revox
  module Generated
    extended = OPERATIONS.merge(uploadThing: CustomOperations::UPLOAD).freeze
    remove_const(:OPERATIONS)
    OPERATIONS = extended
  end

  module Resources
    class Things < Resource
      def upload(id, request_options: nil, **params)
        @client.request(Generated::OPERATIONS.fetch(:uploadThing), path: [id], params: params, request_options: request_options)
      end
    end
  end

  class Client
    def things
      Resources::Things.new(self)
    end
  end
end
