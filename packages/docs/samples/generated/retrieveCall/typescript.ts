import Revox from '@revoxai/sdk';

// Reads the API key from REVOX_API_KEY.
const client = new Revox();

const result = await client.call.retrieve('call_01JA2B3C4D5E6F7G8H9J0K1M2N');
console.log(JSON.stringify(result, null, 2));
