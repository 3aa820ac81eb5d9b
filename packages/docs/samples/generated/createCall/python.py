from revox import Revox

# Reads the API key from REVOX_API_KEY.
client = Revox()

result = client.call.create(
    phone_number="+33612345678",
    assistant_id="asst_01HZX3K4V6QW8N2P5R7T9Y1B3D",
    prompt_variables={
        "first_name": "Camille",
        "appointment_time": "tomorrow at 10:30",
    },
    metadata={
        "patient_id": "pat_4821",
    },
)
print(result.to_json())
