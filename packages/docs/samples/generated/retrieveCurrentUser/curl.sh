curl -X GET 'https://www.getrevox.com/api/users/me' \
  -H "Authorization: Bearer $REVOX_API_KEY"
