curl -X PATCH 'https://www.getrevox.com/api/users/me' \
  -H "Authorization: Bearer $REVOX_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "has_completed_onboarding": true
  }'
