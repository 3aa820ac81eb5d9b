import Revox from '@revoxai/sdk';

// Reads the API key from REVOX_API_KEY.
const client = new Revox();

const result = await client.assistants.create({
  name: 'Front desk',
  prompt: 'You answer the phone for Maple Dental. Be brief and friendly, and take a message when you cannot help.',
});
console.log(JSON.stringify(result, null, 2));
