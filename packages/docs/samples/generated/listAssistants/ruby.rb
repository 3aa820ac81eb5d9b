require "revox"

# Reads the API key from REVOX_API_KEY.
revox = Revox::Client.new

result = revox.assistants.list
puts(result)
