// `npm run docs:dev`: serves the reference on http://127.0.0.1:8080 (PORT to
// change) and rebuilds it whenever the spec, a sample, redocly.yaml or theme.css changes.
import { execFile } from 'node:child_process';
import { watch } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { specPath } from '@revoxai/spec';
import { serveStatic } from '../lib/static-server.mjs';

const build = fileURLToPath(new URL('./build.mjs', import.meta.url));
const watched = [
  specPath,
  ...['../samples/', '../redocly.yaml', '../theme.css'].map((path) => fileURLToPath(new URL(path, import.meta.url))),
];

let running = false;
let again = false;
function rebuild() {
  if (running) {
    again = true;
    return;
  }
  running = true;
  const started = Date.now();
  execFile(process.execPath, [build], (error, stdout, stderr) => {
    running = false;
    if (error) console.error(`build failed:\n${stderr || error.message}`);
    else console.log(`${stdout.trim()} (${Date.now() - started} ms)`);
    if (again) {
      again = false;
      rebuild();
    }
  });
}

/** @type {NodeJS.Timeout | undefined} */
let timer;
for (const path of watched) {
  watch(path, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 100);
  });
}
rebuild();
const site = await serveStatic(fileURLToPath(new URL('../dist/', import.meta.url)), Number(process.env.PORT ?? 8080));
console.log(`Serving the API reference at ${site.url} — edit spec/openapi.yaml or packages/docs/samples/ and reload.`);
