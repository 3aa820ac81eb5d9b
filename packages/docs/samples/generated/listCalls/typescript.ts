import Revox from '@revoxai/sdk';

// Reads the API key from REVOX_API_KEY.
const client = new Revox();

const result = await client.call.list({
  page: 0,
  page_size: 50,
});
console.log(JSON.stringify(result, null, 2));
