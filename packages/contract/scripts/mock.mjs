// `npm run mock`: the mock API on 127.0.0.1:4010 (PORT to change) until Ctrl-C.
import { MISSING, startMock } from '../lib/mock.mjs';

const mock = await startMock({ port: Number(process.env.PORT ?? 4010) });
console.log(`Revox mock API (Prism, request validation on) at ${mock.url}`);
console.log(`Any id containing "${MISSING}" answers 404; the voice preview answers a real MP3.`);
console.log(`Try it: REVOX_BASE_URL=${mock.url} REVOX_API_KEY=sk_test node your-script.mjs`);
const shutdown = () => mock.stop().then(() => process.exit(0));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
