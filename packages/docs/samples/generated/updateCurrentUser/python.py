from revox import Revox

# Reads the API key from REVOX_API_KEY.
client = Revox()

result = client.users.me.update(
    has_completed_onboarding=True,
)
print(result.to_json())
