# frozen_string_literal: true

module Revox
  # One page of a paginated list (`client.call.list(page: 0, page_size: 50)`):
  # a Model with the page's fields (`page.calls`), and an Enumerable over
  # every item from this page to the last one, fetching the following pages
  # as it goes.
  #
  # The API sends no total, cursor or "more" flag, so the last page is the
  # first with fewer items than the page size asked for, or none
  # (spec/sdk-policy.yaml, `pagination.lastPage`).
  class Page < Model
    include Enumerable

    # Enumerable's `to_h` would build a Hash from the items; a Page's is the page's data, as any Model's.
    define_method(:to_h, Model.instance_method(:to_h))

    # @api private: pages are made by the list methods.
    def initialize(data, client:, operation:, path:, params:, request_options:)
      super(data)
      @client = client
      @operation = operation
      @path = path
      @params = params
      @request_options = request_options
    end

    # This page's items.
    def items
      self[@operation.pagination[:items]] || []
    end

    def next_page?
      size = @params[keyword(:size)]
      !items.empty? && !(size && items.length < size)
    end

    # The following page, or nil after the last one.
    def next_page
      return nil unless next_page?

      key = keyword(:page)
      number = @params[key]
      raise Errors::InvalidRequestError, "`#{key}:` must be a number to fetch the next page, got #{number.inspect}." unless number.is_a?(Integer)

      @client.request(@operation, path: @path, params: @params.merge(key => number + 1), request_options: @request_options)
    end

    # Every item from this page on; an Enumerator without a block.
    def each(&block)
      return enum_for(:each) unless block

      page = self
      while page
        page.items.each(&block)
        page = page.next_page
      end
      self
    end

    private

    # The keyword of the page number or size parameter (the pagination names their wire names).
    def keyword(role)
      wire = @operation.pagination.fetch(role)
      @operation.params.find { |param| param.wire == wire }&.keyword || wire.to_sym
    end
  end
end
