curl -X POST 'https://www.getrevox.com/api/voices/preview' \
  -H "Authorization: Bearer $REVOX_API_KEY" \
  -H "Content-Type: application/json" \
  -H "Accept: audio/mpeg" \
  --output preview.mp3 \
  -d '{
    "provider": "cartesia",
    "voiceId": "694f9389-aac1-45b6-b726-9d9369183238",
    "text": "Bonjour, ici Léa du cabinet Maple Dental."
  }'
