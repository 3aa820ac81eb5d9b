# frozen_string_literal: true

module Revox
  # What every resource class (lib/revox/generated/resources.rb) shares: the
  # client its methods send through.
  class Resource
    def initialize(client)
      @client = client
    end

    def inspect
      "#<#{self.class.name}>"
    end
  end
end
