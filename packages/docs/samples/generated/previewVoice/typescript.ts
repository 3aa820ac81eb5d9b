import { writeFile } from 'node:fs/promises';
import Revox from '@revoxai/sdk';

// Reads the API key from REVOX_API_KEY.
const client = new Revox();

const audio = await client.voices.preview({
  provider: 'cartesia',
  voiceId: '694f9389-aac1-45b6-b726-9d9369183238',
  text: 'Bonjour, ici Léa du cabinet Maple Dental.',
});
await writeFile('preview.mp3', Buffer.from(await audio.arrayBuffer()));
console.log(`saved ${audio.size} bytes of ${audio.type} to preview.mp3`);
