const response = await fetch('https://www.getrevox.com/api/voices/694f9389-aac1-45b6-b726-9d9369183238?provider=cartesia', {
  method: 'GET',
  headers: {
    Authorization: `Bearer ${process.env.REVOX_API_KEY}`,
  },
});
if (!response.ok) {
  throw new Error(`Revox API ${response.status}: ${await response.text()}`);
}

console.log(JSON.stringify(await response.json(), null, 2));
