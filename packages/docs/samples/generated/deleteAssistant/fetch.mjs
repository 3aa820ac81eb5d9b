const response = await fetch('https://www.getrevox.com/api/assistants/asst_01HZX3K4V6QW8N2P5R7T9Y1B3D', {
  method: 'DELETE',
  headers: {
    Authorization: `Bearer ${process.env.REVOX_API_KEY}`,
  },
});
if (!response.ok) {
  throw new Error(`Revox API ${response.status}: ${await response.text()}`);
}

console.log(JSON.stringify(await response.json(), null, 2));
