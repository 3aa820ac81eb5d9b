const response = await fetch('https://www.getrevox.com/api/call', {
  method: 'POST',
  headers: {
    Authorization: `Bearer ${process.env.REVOX_API_KEY}`,
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({
    phone_number: '+33612345678',
    assistant_id: 'asst_01HZX3K4V6QW8N2P5R7T9Y1B3D',
    prompt_variables: {
      first_name: 'Camille',
      appointment_time: 'tomorrow at 10:30',
    },
    metadata: {
      patient_id: 'pat_4821',
    },
  }),
});
if (!response.ok) {
  throw new Error(`Revox API ${response.status}: ${await response.text()}`);
}

console.log(JSON.stringify(await response.json(), null, 2));
