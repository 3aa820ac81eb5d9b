require "revox"

# Reads the API key from REVOX_API_KEY.
revox = Revox::Client.new

result = revox.users.me.retrieve
puts(result)
