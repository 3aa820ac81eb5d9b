import Revox from '@revoxai/sdk';

// Reads the API key from REVOX_API_KEY.
const client = new Revox();

const { assistant } = await client.assistants.update(
  'asst_01HZX3K4V6QW8N2P5R7T9Y1B3D',
  {
    name: 'Maple Dental reminders',
    first_sentence_mode: 'static',
    first_sentence:
      'Hello, this is Léa from Maple Dental, ' +
      'about your appointment tomorrow.',
    voice: {
      id: '694f9389-aac1-45b6-b726-9d9369183238',
      provider: 'cartesia',
      speed: 1.1,
    },
    voicemail_message: null,
  },
);

console.log(assistant.name, assistant.updated_at);
