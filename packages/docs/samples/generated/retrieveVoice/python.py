from revox import Revox

# Reads the API key from REVOX_API_KEY.
client = Revox()

result = client.voices.retrieve(
    "694f9389-aac1-45b6-b726-9d9369183238",
    provider="cartesia",
)
print(result.to_json())
