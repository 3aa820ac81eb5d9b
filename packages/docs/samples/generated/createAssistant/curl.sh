curl -X POST 'https://www.getrevox.com/api/assistants' \
  -H "Authorization: Bearer $REVOX_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "name": "Front desk",
    "prompt": "You answer the phone for Maple Dental. Be brief and friendly, and take a message when you cannot help."
  }'
