import Revox from '@revoxai/sdk';

// Reads the API key from REVOX_API_KEY.
const client = new Revox();

const result = await client.voices.retrieve('694f9389-aac1-45b6-b726-9d9369183238', {
  provider: 'cartesia',
});
console.log(JSON.stringify(result, null, 2));
