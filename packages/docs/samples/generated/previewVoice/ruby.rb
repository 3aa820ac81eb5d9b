require "revox"

# Reads the API key from REVOX_API_KEY.
revox = Revox::Client.new

audio = revox.voices.preview(
  provider: "cartesia",
  voice_id: "694f9389-aac1-45b6-b726-9d9369183238",
  text: "Bonjour, ici Léa du cabinet Maple Dental."
)
File.binwrite("preview.mp3", audio.bytes)
puts("saved #{audio.bytes.bytesize} bytes of #{audio.content_type} to preview.mp3")
