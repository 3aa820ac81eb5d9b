require "revox"

# Reads the API key from REVOX_API_KEY.
revox = Revox::Client.new

result = revox.call.retrieve(
  "call_01JA2B3C4D5E6F7G8H9J0K1M2N"
)
puts(result)
