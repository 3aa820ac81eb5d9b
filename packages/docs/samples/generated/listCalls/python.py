import json
import os
import urllib.request

request = urllib.request.Request(
    "https://www.getrevox.com/api/call?page=0&page_size=50",
    method="GET",
    headers={
        "Authorization": f"Bearer {os.environ['REVOX_API_KEY']}",
    },
)
with urllib.request.urlopen(request) as response:
    print(json.dumps(json.load(response), indent=2, ensure_ascii=False))
