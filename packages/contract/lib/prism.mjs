// Starts Stoplight Prism as a mock of spec/openapi.yaml (request validation on)
// and stops it again. Used by `npm run mock` and by the contract tests.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { specPath } from '@revoxai/spec';

const prismBin = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');

/**
 * Prism takes a few seconds to start alone, and more than a minute was seen on
 * a loaded 2-core machine: `timeoutMs` only catches a Prism that will never start.
 * @param {{ port?: number, host?: string, timeoutMs?: number }} [options] port 0 picks a free port
 * @returns {Promise<{ url: string, stop(): Promise<void> }>}
 */
export function startPrism({ port = 0, host = '127.0.0.1', timeoutMs = 180_000 } = {}) {
  const child = spawn(process.execPath, [prismBin, 'mock', specPath, '--host', host, '--port', String(port), '--verboseLevel', 'info'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let output = '';

  const stop = () =>
    new Promise((resolve) => {
      process.off('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
      const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve(undefined);
      });
      child.kill('SIGTERM');
    });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`Prism did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (/** @type {Buffer} */ chunk) => {
      output += chunk;
      const listening = /Prism is listening on (http:\/\/\S+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stdout.resume(); // keep draining its logs so it never blocks on a full pipe
        child.stderr.resume();
        resolve({ url: listening[1].replace(/\/$/, ''), stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited (code ${code}) before it was ready:\n${output}`));
    });
  });
}
