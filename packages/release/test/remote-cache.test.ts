// Team scale: two fresh clones share a turbo remote cache. The first build
// fills it; the second clone, with an empty local cache, gets every task
// from the remote.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startRemoteCache } from '../lib/remote-cache.mjs';

const run = promisify(execFile);
let cache: Awaited<ReturnType<typeof startRemoteCache>>;
let repo: string;
// Each clone with its node_modules weighs about 440 MB: removed even when a test fails.
const clones: string[] = [];

beforeAll(async () => {
  cache = await startRemoteCache();
  repo = (await run('git', ['rev-parse', '--show-toplevel'])).stdout.trim();
}, 60_000);
afterAll(async () => {
  await cache?.stop();
  for (const dir of clones) rmSync(dir, { recursive: true, force: true });
});

interface TaskSummary {
  taskId: string;
  cache: { status: string; source?: string; remote: boolean };
}

/** Clones the repository (its committed state), installs it and builds it against the remote cache. */
async function buildFreshClone(): Promise<TaskSummary[]> {
  const dir = mkdtempSync(join(tmpdir(), 'revox-clone-'));
  clones.push(dir);
  const clone = join(dir, 'repo');
  await run('git', ['clone', '--quiet', repo, clone]);
  await run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: clone, maxBuffer: 64 * 1024 * 1024 });
  const env = { ...process.env, TURBO_API: cache.url, TURBO_TOKEN: cache.token, TURBO_TEAM: 'revox', TURBO_TELEMETRY_DISABLED: '1' };
  await run(join(clone, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--summarize', '--output-logs=none'], {
    cwd: clone,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  const runs = join(clone, '.turbo', 'runs');
  const summary = JSON.parse(readFileSync(join(runs, readdirSync(runs)[0]!), 'utf8'));
  return summary.tasks;
}

it('a second fresh clone builds entirely from the remote cache', async () => {
  const first = await buildFreshClone();
  expect(first.length).toBeGreaterThan(0);
  expect(first.filter((t) => t.cache.status === 'HIT')).toEqual([]); // the remote started empty

  const second = await buildFreshClone();
  const remoteHits = second.filter((t) => t.cache.status === 'HIT' && t.cache.source === 'REMOTE');
  console.log(`remote cache: ${remoteHits.length} of ${second.length} tasks of the second clone came from ${cache.url}`);
  expect(remoteHits.map((t) => t.taskId).sort()).toEqual(second.map((t) => t.taskId).sort());
}, 600_000);
