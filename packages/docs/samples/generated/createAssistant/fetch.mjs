const response = await fetch('https://www.getrevox.com/api/assistants', {
  method: 'POST',
  headers: {
    Authorization: `Bearer ${process.env.REVOX_API_KEY}`,
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({
    name: 'Front desk',
    prompt: 'You answer the phone for Maple Dental. Be brief and friendly, and take a message when you cannot help.',
  }),
});
if (!response.ok) {
  throw new Error(`Revox API ${response.status}: ${await response.text()}`);
}

console.log(JSON.stringify(await response.json(), null, 2));
