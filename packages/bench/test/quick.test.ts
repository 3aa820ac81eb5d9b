// The smoke run of `npm run bench`, so the benchmark code cannot rot. Its
// numbers are not checked: timings on a shared machine are noise.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { loadModel } from '@revoxai/spec';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../src/run.mjs', import.meta.url));

it('`npm run bench -- --quick` prints the whole table', async () => {
  const { stdout } = await run(process.execPath, [script, '--quick'], { maxBuffer: 16 * 1024 * 1024 });
  console.log(stdout);
  const rows = stdout.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| figure') && !line.startsWith('| ---'));
  for (const figure of [
    'Per call, stubbed fetch, update: SDK vs openapi-fetch',
    'Per call, stubbed fetch, list: SDK vs openapi-fetch',
    'Per call, stubbed fetch, list: SDK vs groq-sdk (Stainless)',
    'Loopback HTTP, sequential: SDK vs raw fetch',
    'Loopback HTTP, 64 in flight: SDK vs raw fetch',
    'Loopback HTTP, sequential: Ruby gem vs keep-alive Net::HTTP loop',
    'Loopback HTTP, sequential: Python client vs keep-alive http.client loop',
    'Bundle, minified: SDK, default import',
    'Bundle, minified: SDK + @revoxai/sdk/validate',
    'Bundle, minified: SDK + @revoxai/sdk/testing',
    'Codegen: openapi-typescript on the spec',
    'warm vs cold',
    'Type-check a full update: instantiations',
    'Docs page size',
    'Docs: operation visible in Chromium vs a blank page',
  ]) {
    expect(
      rows.some((row) => row.includes(figure)),
      figure,
    ).toBe(true);
  }
  expect(stdout).toMatch(/^Growth with the number of operations/m);
  const operations = loadModel().operations.length;
  expect(stdout).toMatch(new RegExp(`^\\| ${operations} \\(1×\\) \\| .+ \\|$`, 'm'));
  expect(stdout).toMatch(new RegExp(`^\\| ${operations * 2} \\(2×\\) \\| .+ \\|$`, 'm'));
  expect(stdout).not.toMatch(/NaN|undefined|Infinity/);
  expect(stdout).toMatch(/^Machine: .+ cores, .+ GiB; Node v\d+/m);
}, 240_000);
