curl -X PATCH \
  https://www.getrevox.com/api/assistants/asst_01HZX3K4V6QW8N2P5R7T9Y1B3D \
  -H "Authorization: Bearer $REVOX_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "name": "Maple Dental reminders",
    "first_sentence_mode": "static",
    "first_sentence": "Hello, this is Léa from Maple Dental, about your appointment tomorrow.",
    "voice": {
      "id": "694f9389-aac1-45b6-b726-9d9369183238",
      "provider": "cartesia",
      "speed": 1.1
    },
    "voicemail_message": null
  }'
