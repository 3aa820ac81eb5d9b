# frozen_string_literal: true

# Operations the spec does not have (yet), for the constructs the plan
# allows: header parameters, array queries, multipart files, empty answers.
module CustomOperations
  def self.operation(**facts)
    Revox::Operation.new(
      **{
        id: "custom", sdk: "things.custom", resource_path: ["things"], method_name: "custom", http_method: "GET", path: "/things",
        path_params: [], params: [], body: nil, body_required: false, idempotent: true, answer: :json,
        media_type: "application/json", accept: "application/json", pagination: nil, deprecated: false,
      }.merge(facts),
    )
  end

  def self.param(wire, keyword, place, required: false, **facts)
    Revox::Param.new(wire: wire, keyword: keyword, in: place, required: required, **facts)
  end

  # GET /things/{id}?statuses=…&limit=… with a required X-Revox-Region header.
  SEARCH = operation(
    id: "searchThings", sdk: "things.search", method_name: "search", path: "/things/{id}", path_params: ["id"],
    params: [
      param("statuses", :statuses, :query, array: true),
      param("limit", :limit, :query),
      param("X-Revox-Region", :x_revox_region, :header, required: true),
    ],
  ).freeze

  # POST /things/{id}/files: a form with a file part, answered with 204.
  UPLOAD = operation(
    id: "uploadThing", sdk: "things.upload", method_name: "upload", http_method: "POST", path: "/things/{id}/files", path_params: ["id"],
    params: [param("file", :file, :body, required: true, file: true), param("title", :title, :body), param("pageCount", :page_count, :body)],
    body: :multipart, body_required: true, idempotent: true, answer: :empty,
  ).freeze

  # PUT /things with a required body whose fields are all optional.
  REPLACE = operation(
    id: "replaceThings", sdk: "things.replace", method_name: "replace", http_method: "PUT",
    params: [param("label", :label, :body)], body: :json, body_required: true,
  ).freeze

  # A multipart body parsed back into { name => [filename, bytes] }.
  def self.parts(request)
    boundary = request.headers.fetch("content-type")[/boundary=(.+)\z/, 1]
    request.raw.split("--#{boundary}".b)[1...-1].to_h do |part|
      head, bytes = part.delete_prefix("\r\n").split("\r\n\r\n".b, 2)
      name = head[/name="([^"]*)"/, 1]
      [name, [head[/filename="([^"]*)"/, 1], bytes.delete_suffix("\r\n")]]
    end
  end
end
