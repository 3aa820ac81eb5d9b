import { writeFile } from 'node:fs/promises';

const response = await fetch('https://www.getrevox.com/api/voices/preview', {
  method: 'POST',
  headers: {
    Authorization: `Bearer ${process.env.REVOX_API_KEY}`,
    'Content-Type': 'application/json',
    Accept: 'audio/mpeg',
  },
  body: JSON.stringify({
    provider: 'cartesia',
    voiceId: '694f9389-aac1-45b6-b726-9d9369183238',
    text: 'Bonjour, ici Léa du cabinet Maple Dental.',
  }),
});
if (!response.ok) {
  throw new Error(`Revox API ${response.status}: ${await response.text()}`);
}

await writeFile('preview.mp3', Buffer.from(await response.arrayBuffer()));
console.log('saved preview.mp3');
