require "revox"

# Reads the API key from REVOX_API_KEY.
revox = Revox::Client.new

result = revox.users.me.update(
  has_completed_onboarding: true
)
puts(result)
