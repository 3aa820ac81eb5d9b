const url =
  'https://www.getrevox.com/api/assistants/asst_01HZX3K4V6QW8N2P5R7T9Y1B3D';

const response = await fetch(url, {
  method: 'PATCH',
  headers: {
    Authorization: `Bearer ${process.env.REVOX_API_KEY}`,
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({
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
  }),
});
if (!response.ok) {
  throw new Error(`Revox API ${response.status}: ${await response.text()}`);
}

const { assistant } = await response.json();
console.log(assistant.name, assistant.updated_at);
