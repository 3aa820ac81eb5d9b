import json
import os
import urllib.request

request = urllib.request.Request(
    "https://www.getrevox.com/api/voices/694f9389-aac1-45b6-b726-9d9369183238?provider=cartesia",
    method="GET",
    headers={
        "Authorization": f"Bearer {os.environ['REVOX_API_KEY']}",
    },
)
with urllib.request.urlopen(request) as response:
    print(json.dumps(json.load(response), indent=2, ensure_ascii=False))
