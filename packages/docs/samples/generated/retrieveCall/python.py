import json
import os
import urllib.request

request = urllib.request.Request(
    "https://www.getrevox.com/api/call/call_01JA2B3C4D5E6F7G8H9J0K1M2N",
    method="GET",
    headers={
        "Authorization": f"Bearer {os.environ['REVOX_API_KEY']}",
    },
)
with urllib.request.urlopen(request) as response:
    print(json.dumps(json.load(response), indent=2, ensure_ascii=False))
