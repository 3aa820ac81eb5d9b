curl -X GET 'https://www.getrevox.com/api/call/call_01JA2B3C4D5E6F7G8H9J0K1M2N' \
  -H "Authorization: Bearer $REVOX_API_KEY"
