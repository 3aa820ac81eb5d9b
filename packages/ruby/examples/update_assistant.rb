require "revox"
revox = Revox::Client.new(api_key: "My API Key")
assistant = revox.assistants.update("id")
puts(assistant)
