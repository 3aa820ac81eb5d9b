// 1,000 concurrent updates from a short-lived script: all succeed with the
// right bodies, nothing the SDK created is left behind, and the script exits
// on its own.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from './support/server.js';
import { startServer } from './support/server.js';

const script = fileURLToPath(new URL('./fixtures/load-client.mjs', import.meta.url));
const COUNT = 1000;

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) => {
    const id = decodeURIComponent(req.url.split('/').pop()!);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ assistant: { id, name: JSON.parse(req.body).name } }));
  });
});
afterAll(() => server.close());

describe(`${COUNT} concurrent updates`, () => {
  it('all succeed, leave no timers or abort listeners, and the process exits by itself', async () => {
    const child = spawn(process.execPath, [script], {
      env: { PATH: process.env.PATH, REVOX_API_KEY: 'sk_test_load', REVOX_BASE_URL: server.url, LOAD_COUNT: String(COUNT) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // A script that hangs is killed after 30 s and the test fails.
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('exit', (c, s) => resolve([c, s])),
    );
    clearTimeout(killer);

    expect(signal, 'the script had to be killed: something kept it alive').toBeNull();
    expect(code, stderr).toBe(0);
    expect(stderr).toBe(''); // no MaxListenersExceededWarning or any other warning
    const report = JSON.parse(stdout);
    console.log(`load: ${report.succeeded}/${COUNT} in ${report.elapsedMs} ms`);
    expect(report.failures).toEqual([]);
    expect(report.succeeded).toBe(COUNT);
    expect(report.abortListenersLeft).toBe(0);
    expect(report.activeResources.filter((r: string) => r === 'Timeout')).toEqual([]);
    expect(server.requests).toHaveLength(COUNT);
    expect(new Set(server.requests.map((r) => r.body)).size).toBe(COUNT);
  }, 60_000);
});
