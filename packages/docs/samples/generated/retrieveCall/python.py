from revox import Revox

# Reads the API key from REVOX_API_KEY.
client = Revox()

result = client.call.retrieve(
    "call_01JA2B3C4D5E6F7G8H9J0K1M2N",
)
print(result.to_json())
