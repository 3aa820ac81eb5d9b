require "revox"

# Reads the API key from REVOX_API_KEY.
revox = Revox::Client.new

result = revox.assistants.update(
  "asst_01HZX3K4V6QW8N2P5R7T9Y1B3D",
  name: "Dental reminders (spring campaign)"
)
puts(result)
