// The Ruby gem against a hand-written keep-alive Net::HTTP loop over real
// HTTP on 127.0.0.1, one call at a time. Both run in one Ruby process
// (src/ruby-loopback.rb); the server is this process's (withCannedServer), as
// in loopback.mjs.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { withCannedServer } from './harness.mjs';

const run = promisify(execFile);
const lib = join(dirname(createRequire(import.meta.url).resolve('@revoxai/ruby/package.json')), 'lib');
const script = fileURLToPath(new URL('./ruby-loopback.rb', import.meta.url));

/**
 * @param {{ rounds: number, iterations: number }} counts
 * @returns {Promise<{ client: number, loop: number, loopAgain: number }>} operations per second
 */
export async function measureRuby({ rounds, iterations }) {
  return withCannedServer(async (base) => {
    const { stdout } = await run('ruby', ['-I', lib, script, base, String(rounds), String(iterations)]);
    const { 'Ruby client': client, 'Net::HTTP loop': loop, 'Net::HTTP loop (again)': loopAgain } = JSON.parse(stdout);
    return { client, loop, loopAgain };
  });
}
