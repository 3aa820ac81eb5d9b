require "revox"

# Reads the API key from REVOX_API_KEY.
revox = Revox::Client.new

result = revox.voices.retrieve(
  "694f9389-aac1-45b6-b726-9d9369183238",
  provider: "cartesia"
)
puts(result)
