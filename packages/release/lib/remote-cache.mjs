// A turbo remote cache on 127.0.0.1 (turborepo-remote-cache, local storage),
// the kind of server a team points TURBO_API at.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(createRequire(import.meta.url).resolve('turborepo-remote-cache/package.json'), '..', 'dist', 'cli.js');

/** A port that was free a moment ago. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** @returns {Promise<{ url: string, token: string, stop(): Promise<void> }>} */
export async function startRemoteCache() {
  const port = await freePort();
  const token = `test-token-${process.pid}`;
  const storage = mkdtempSync(join(tmpdir(), 'revox-remote-cache-'));
  const child = spawn(process.execPath, [bin], {
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: String(port),
      TURBO_TOKEN: token,
      STORAGE_PROVIDER: 'local',
      STORAGE_PATH: storage,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  /** @returns {Promise<void>} */
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    }
    rmSync(storage, { recursive: true, force: true });
  };
  try {
    await new Promise((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`remote cache did not start:\n${output}`)), 30_000);
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes(`listening at http://127.0.0.1:${port}`)) {
          clearTimeout(timer);
          resolve(undefined);
        }
      });
      child.stderr.on('data', (chunk) => (output += chunk));
      child.once('exit', (code) => reject(new Error(`remote cache exited (${code}):\n${output}`)));
    });
  } catch (error) {
    await stop(); // the server may be half-started, and its storage exists
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, token, stop };
}
