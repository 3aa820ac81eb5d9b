// The Python package against a hand-written keep-alive http.client loop over
// real HTTP on 127.0.0.1, one call at a time. Both run in one Python process
// (src/python-loopback.py) with the package's source on PYTHONPATH, as an
// installed package would be imported; the server is this process's
// (withCannedServer), as in loopback.mjs and ruby.mjs.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { withCannedServer } from './harness.mjs';

const run = promisify(execFile);
const src = join(dirname(createRequire(import.meta.url).resolve('@revoxai/python/package.json')), 'src');
const script = fileURLToPath(new URL('./python-loopback.py', import.meta.url));

/**
 * @param {{ rounds: number, iterations: number }} counts
 * @returns {Promise<{ client: number, loop: number }>} operations per second
 */
export async function measurePython({ rounds, iterations }) {
  return withCannedServer(async (base) => {
    const { stdout } = await run('python3', ['-B', script, base, String(rounds), String(iterations)], {
      env: { ...process.env, PYTHONPATH: src },
    });
    const { 'Python client': client, 'http.client loop': loop } = JSON.parse(stdout);
    return { client, loop };
  });
}
