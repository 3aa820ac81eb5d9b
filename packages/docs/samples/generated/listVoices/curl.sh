curl -X GET 'https://www.getrevox.com/api/voices' \
  -H "Authorization: Bearer $REVOX_API_KEY"
