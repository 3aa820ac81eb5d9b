# frozen_string_literal: true

module Revox
  # What the gem knows of one operation of the spec; the table of them,
  # Revox::Generated::OPERATIONS, is generated from the operation model.
  class Operation
    attr_reader :id, :sdk, :http_method, :path, :path_params, :query, :required_query, :body, :media_type, :accept, :pagination

    def initialize(id:, sdk:, http_method:, path:, path_params:, query:, required_query:, body:, idempotent:, media_type:, binary:, accept:, pagination:)
      @id = id
      @sdk = sdk
      @http_method = http_method
      @path = path
      @path_params = path_params.freeze
      @query = query.freeze
      @required_query = required_query.freeze
      @body = body
      @idempotent = idempotent
      @media_type = media_type
      @binary = binary
      @accept = accept
      @pagination = pagination&.freeze
      # "/assistants/{id}" → ["/assistants/", "id"]: literal text, then a parameter name, and so on.
      @path_parts = path.split(/\{([^}]+)\}/).freeze
      freeze
    end

    # The path with each parameter replaced by what the block gives for its name.
    def expand_path
      path = +""
      @path_parts.each_with_index { |part, index| path << (index.odd? ? yield(part) : part) }
      path
    end

    # Whether sending it twice does no harm; decides its retries.
    def idempotent?
      @idempotent
    end

    # Whether the success answer is bytes (audio), not JSON.
    def binary?
      @binary
    end

    # `["users", "me"]` for `users.me.retrieve`: the resources leading to the method.
    def resource_path
      sdk.split(".")[0...-1]
    end

    # `"retrieve"` for `users.me.retrieve`.
    def method_name
      sdk.split(".").last
    end
  end
end
