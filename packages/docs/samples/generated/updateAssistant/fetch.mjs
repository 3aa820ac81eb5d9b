const response = await fetch('https://www.getrevox.com/api/assistants/asst_01HZX3K4V6QW8N2P5R7T9Y1B3D', {
  method: 'PATCH',
  headers: {
    Authorization: `Bearer ${process.env.REVOX_API_KEY}`,
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({
    name: 'Dental reminders (spring campaign)',
  }),
});
if (!response.ok) {
  throw new Error(`Revox API ${response.status}: ${await response.text()}`);
}

console.log(JSON.stringify(await response.json(), null, 2));
