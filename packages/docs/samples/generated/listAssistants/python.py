from revox import Revox

# Reads the API key from REVOX_API_KEY.
client = Revox()

result = client.assistants.list()
print(result.to_json())
