# frozen_string_literal: true

module Revox
  # One named parameter of an operation: a query or header parameter or a
  # body field. `keyword` is the method's keyword (the plan's snake_case
  # identifier, `:voice_id`), `wire` the name the API reads (`"voiceId"`),
  # `in` where it goes (:query, :header or :body). `array` (query only) is
  # sent form-exploded, `a=1&a=2`; `file` (multipart bodies only) is a file
  # part.
  class Param < Struct.new(:wire, :keyword, :in, :required, :array, :file, keyword_init: true)
    def initialize(wire:, keyword:, in:, required:, array: false, file: false)
      super(wire: wire.freeze, keyword: keyword, in: binding.local_variable_get(:in), required: required, array: array, file: file)
      freeze
    end

    def required?
      required
    end

    def array?
      array
    end

    def file?
      file
    end

    # The keyword as the gem spelled it in 0.2.0, when it differs from the
    # identifier: the wire name (`:voiceId`). Still taken, with a deprecation
    # warning.
    def legacy_keyword
      wire.to_sym unless wire == keyword.to_s
    end
  end

  # What the gem knows of one operation of the spec; the table of them,
  # Revox::Generated::OPERATIONS, is generated from the SDK plan
  # (packages/codegen/src/plan).
  class Operation
    attr_reader :id, :sdk, :resource_path, :method_name, :http_method, :path, :path_params, :params, :body, :answer,
                :media_type, :accept, :pagination

    def initialize(id:, sdk:, resource_path:, method_name:, http_method:, path:, path_params:, params:, body:, body_required:,
                   idempotent:, answer:, media_type:, accept:, pagination:, deprecated:)
      @id = id
      @sdk = sdk
      @resource_path = resource_path.freeze
      @method_name = method_name
      @http_method = http_method
      @path = path
      @path_params = path_params.freeze
      @params = params.freeze
      @body = body
      @body_required = body_required
      @idempotent = idempotent
      @answer = answer
      @media_type = media_type
      @accept = accept
      @pagination = pagination&.freeze
      @deprecated = deprecated
      # "/assistants/{id}" → ["/assistants/", "id"]: literal text, then a parameter name, and so on.
      @path_parts = path.split(/\{([^}]+)\}/).freeze
      @by_keyword = params.to_h { |param| [param.keyword, param] }.freeze
      # Sorted once here, not at every call: an operation with a large body has dozens of parameters.
      @by_place = %i[query header body].to_h { |place| [place, params.select { |param| param.in == place }.freeze] }.freeze
      @required_params = params.select(&:required?).freeze
      @by_legacy_keyword = params.filter_map { |param| [param.legacy_keyword, param] if param.legacy_keyword }.to_h.freeze
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

    # Whether a request must carry a body.
    def body_required?
      @body_required
    end

    # Whether the API marks the operation as deprecated.
    def deprecated?
      @deprecated
    end

    # The parameters that go in `place` (:query, :header or :body), in the table's order.
    def params_in(place)
      @by_place.fetch(place)
    end

    # The parameters a call must give.
    attr_reader :required_params

    # The parameter a keyword names, by its identifier.
    def param(keyword)
      @by_keyword[keyword]
    end

    # The parameter a 0.2.0 keyword (its wire name, `:voiceId`) names.
    def legacy_param(keyword)
      @by_legacy_keyword[keyword]
    end

    # Every keyword the method takes, its own options included.
    def keywords
      [*@by_keyword.keys, :request_options]
    end
  end
end
