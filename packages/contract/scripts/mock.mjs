// `npm run mock`: Prism on 127.0.0.1:4010 (PORT to change) until Ctrl-C.
import { startPrism } from '../lib/prism.mjs';

const prism = await startPrism({ port: Number(process.env.PORT ?? 4010) });
console.log(`Revox mock API (Prism, request validation on) at ${prism.url}`);
console.log(`Try it: REVOX_BASE_URL=${prism.url} REVOX_API_KEY=sk_test node your-script.mjs`);
const shutdown = () => prism.stop().then(() => process.exit(0));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
