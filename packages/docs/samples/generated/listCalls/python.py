from revox import Revox

# Reads the API key from REVOX_API_KEY.
client = Revox()

result = client.call.list(
    page=0,
    page_size=50,
)
print(result.to_json())
