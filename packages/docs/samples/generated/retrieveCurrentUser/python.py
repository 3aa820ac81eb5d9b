from revox import Revox

# Reads the API key from REVOX_API_KEY.
client = Revox()

result = client.users.me.retrieve()
print(result.to_json())
