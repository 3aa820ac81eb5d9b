curl -X DELETE 'https://www.getrevox.com/api/assistants/asst_01HZX3K4V6QW8N2P5R7T9Y1B3D' \
  -H "Authorization: Bearer $REVOX_API_KEY"
