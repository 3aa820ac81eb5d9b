import json
import os
import urllib.request

request = urllib.request.Request(
    "https://www.getrevox.com/api/users/me",
    method="PATCH",
    headers={
        "Authorization": f"Bearer {os.environ['REVOX_API_KEY']}",
        "Content-Type": "application/json",
    },
    data=json.dumps({
        "has_completed_onboarding": True,
    }).encode(),
)
with urllib.request.urlopen(request) as response:
    print(json.dumps(json.load(response), indent=2, ensure_ascii=False))
