// Codegen and build: openapi-typescript on the spec, and `turbo run <task>`
// with an empty cache (cold) against the same run again (warm). Both turbo
// runs use a throw-away cache directory, so the developer's cache is untouched.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { specPath } from '@revoxai/spec';
import { median } from './harness.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const turbo = join(root, 'node_modules', '.bin', 'turbo');

/** @param {number} runs */
export async function measureCodegen(runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    astToString(await openapiTS(pathToFileURL(specPath), { rootTypes: true, rootTypesNoSchemaPrefix: true, silent: true }));
    times.push(performance.now() - started);
  }
  return median(times);
}

/**
 * @param {string} task the turbo task to time (`build`; the smoke run uses `lint`,
 *   which writes nothing that tasks running beside it could be reading)
 * @param {string[]} filters turbo --filter selectors; empty = the whole repo
 * @returns {Promise<{ coldMs: number, warmMs: number, tasks: number, warmCached: number }>}
 */
export async function measureBuild(task, filters) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'revox-turbo-cache-'));
  const args = ['run', task, `--cache-dir=${cacheDir}`, '--output-logs=none', '--summarize=false', ...filters.map((f) => `--filter=${f}`)];
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
  try {
    const timed = async () => {
      const started = performance.now();
      const { stdout } = await run(turbo, args, { cwd: root, env, maxBuffer: 64 * 1024 * 1024 });
      const ms = performance.now() - started;
      const [, cached, total] = /Cached:\s+(\d+) cached, (\d+) total/.exec(stdout) ?? [];
      return { ms, cached: Number(cached), total: Number(total) };
    };
    const cold = await timed();
    const warm = await timed();
    return { coldMs: cold.ms, warmMs: warm.ms, tasks: warm.total, warmCached: warm.cached };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
