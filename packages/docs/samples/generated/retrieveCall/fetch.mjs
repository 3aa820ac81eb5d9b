const response = await fetch('https://www.getrevox.com/api/call/call_01JA2B3C4D5E6F7G8H9J0K1M2N', {
  method: 'GET',
  headers: {
    Authorization: `Bearer ${process.env.REVOX_API_KEY}`,
  },
});
if (!response.ok) {
  throw new Error(`Revox API ${response.status}: ${await response.text()}`);
}

console.log(JSON.stringify(await response.json(), null, 2));
