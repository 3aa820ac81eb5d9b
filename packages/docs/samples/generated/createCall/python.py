import json
import os
import urllib.request

request = urllib.request.Request(
    "https://www.getrevox.com/api/call",
    method="POST",
    headers={
        "Authorization": f"Bearer {os.environ['REVOX_API_KEY']}",
        "Content-Type": "application/json",
    },
    data=json.dumps({
        "phone_number": "+33612345678",
        "assistant_id": "asst_01HZX3K4V6QW8N2P5R7T9Y1B3D",
        "prompt_variables": {
            "first_name": "Camille",
            "appointment_time": "tomorrow at 10:30",
        },
        "metadata": {
            "patient_id": "pat_4821",
        },
    }).encode(),
)
with urllib.request.urlopen(request) as response:
    print(json.dumps(json.load(response), indent=2, ensure_ascii=False))
