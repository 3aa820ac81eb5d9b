require "revox"

# Reads the API key from REVOX_API_KEY.
revox = Revox::Client.new

result = revox.assistants.create(
  name: "Front desk",
  prompt: "You answer the phone for Maple Dental. Be brief and friendly, and take a message when you cannot help."
)
puts(result)
