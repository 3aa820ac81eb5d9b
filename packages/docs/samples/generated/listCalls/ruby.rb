require "revox"

# Reads the API key from REVOX_API_KEY.
revox = Revox::Client.new

result = revox.call.list(
  page: 0,
  page_size: 50
)
puts(result)
