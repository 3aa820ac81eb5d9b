// What the types cost a consumer: `tsc --extendedDiagnostics` on a file that
// calls update with a full body, through the SDK and through openapi-fetch.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const tsc = fileURLToPath(new URL('../../../node_modules/typescript/bin/tsc', import.meta.url));
const fixture = (/** @type {string} */ name) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

const TYPECHECK_FIXTURES = { SDK: fixture('typecheck-sdk.ts'), 'openapi-fetch': fixture('typecheck-openapi-fetch.ts') };

/** @returns {Promise<Record<string, { instantiations: number, types: number, checkMs: number }>>} */
export async function measureTypecheck() {
  /** @type {Record<string, { instantiations: number, types: number, checkMs: number }>} */
  const results = {};
  for (const [name, file] of Object.entries(TYPECHECK_FIXTURES)) {
    const { stdout } = await run(process.execPath, [
      tsc,
      '--noEmit',
      '--extendedDiagnostics',
      '--strict',
      '--skipLibCheck',
      '--target',
      'es2022',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--types',
      'node',
      file,
    ]);
    const figure = (/** @type {string} */ label) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(stdout)?.[1]);
    results[name] = { instantiations: figure('Instantiations'), types: figure('Types'), checkMs: figure('Check time') * 1000 };
  }
  return results;
}
