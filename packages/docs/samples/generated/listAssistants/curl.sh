curl -X GET 'https://www.getrevox.com/api/assistants' \
  -H "Authorization: Bearer $REVOX_API_KEY"
