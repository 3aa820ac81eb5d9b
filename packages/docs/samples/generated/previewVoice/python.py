from revox import Revox

# Reads the API key from REVOX_API_KEY.
client = Revox()

audio = client.voices.preview(
    provider="cartesia",
    voice_id="694f9389-aac1-45b6-b726-9d9369183238",
    text="Bonjour, ici Léa du cabinet Maple Dental.",
)
audio.write_to_file("preview.mp3")
print(f"saved {len(audio.content)} bytes of {audio.content_type} to preview.mp3")
