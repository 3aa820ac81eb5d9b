import json
import os
import urllib.request

request = urllib.request.Request(
    "https://www.getrevox.com/api/voices/preview",
    method="POST",
    headers={
        "Authorization": f"Bearer {os.environ['REVOX_API_KEY']}",
        "Content-Type": "application/json",
        "Accept": "audio/mpeg",
    },
    data=json.dumps({
        "provider": "cartesia",
        "voiceId": "694f9389-aac1-45b6-b726-9d9369183238",
        "text": "Bonjour, ici Léa du cabinet Maple Dental.",
    }).encode(),
)
with urllib.request.urlopen(request) as response:
    with open("preview.mp3", "wb") as audio:
        audio.write(response.read())
print("saved preview.mp3")
