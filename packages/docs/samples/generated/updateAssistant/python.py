from revox import Revox

# Reads the API key from REVOX_API_KEY.
client = Revox()

result = client.assistants.update(
    "asst_01HZX3K4V6QW8N2P5R7T9Y1B3D",
    name="Dental reminders (spring campaign)",
)
print(result.to_json())
