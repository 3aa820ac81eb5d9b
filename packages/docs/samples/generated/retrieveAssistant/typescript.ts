import Revox from '@revoxai/sdk';

// Reads the API key from REVOX_API_KEY.
const client = new Revox();

const result = await client.assistants.retrieve('asst_01HZX3K4V6QW8N2P5R7T9Y1B3D');
console.log(JSON.stringify(result, null, 2));
