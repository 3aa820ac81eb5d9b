import Revox from '@revoxai/sdk';

// Reads the API key from REVOX_API_KEY.
const client = new Revox();

const result = await client.assistants.list();
console.log(JSON.stringify(result, null, 2));
