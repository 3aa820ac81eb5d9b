curl -X GET 'https://www.getrevox.com/api/call?page=0&page_size=50' \
  -H "Authorization: Bearer $REVOX_API_KEY"
