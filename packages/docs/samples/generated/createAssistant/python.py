import json
import os
import urllib.request

request = urllib.request.Request(
    "https://www.getrevox.com/api/assistants",
    method="POST",
    headers={
        "Authorization": f"Bearer {os.environ['REVOX_API_KEY']}",
        "Content-Type": "application/json",
    },
    data=json.dumps({
        "name": "Front desk",
        "prompt": "You answer the phone for Maple Dental. Be brief and friendly, and take a message when you cannot help.",
    }).encode(),
)
with urllib.request.urlopen(request) as response:
    print(json.dumps(json.load(response), indent=2, ensure_ascii=False))
