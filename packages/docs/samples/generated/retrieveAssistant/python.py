import json
import os
import urllib.request

request = urllib.request.Request(
    "https://www.getrevox.com/api/assistants/asst_01HZX3K4V6QW8N2P5R7T9Y1B3D",
    method="GET",
    headers={
        "Authorization": f"Bearer {os.environ['REVOX_API_KEY']}",
    },
)
with urllib.request.urlopen(request) as response:
    print(json.dumps(json.load(response), indent=2, ensure_ascii=False))
