curl -X GET 'https://www.getrevox.com/api/voices/694f9389-aac1-45b6-b726-9d9369183238?provider=cartesia' \
  -H "Authorization: Bearer $REVOX_API_KEY"
