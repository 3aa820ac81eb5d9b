from revox import Revox

# Reads the API key from REVOX_API_KEY.
client = Revox()

result = client.assistants.create(
    name="Front desk",
    prompt="You answer the phone for Maple Dental. Be brief and friendly, and take a message when you cannot help.",
)
print(result.to_json())
