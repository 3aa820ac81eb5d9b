from revox import Revox

# Reads the API key from REVOX_API_KEY.
client = Revox()

result = client.assistants.delete(
    "asst_01HZX3K4V6QW8N2P5R7T9Y1B3D",
)
print(result.to_json())
