// The seed docs page's TypeScript code, as examples/update-assistant.ts, runs
// unchanged against the built package and a local server (via REVOX_BASE_URL).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_KEY } from './support/client.js';
import type { TestServer } from './support/server.js';
import { assistant, json, startServer } from './support/server.js';

const run = promisify(execFile);
const example = fileURLToPath(new URL('../examples/update-assistant.ts', import.meta.url));
const seed = fileURLToPath(new URL('../../../../shared/seeds/001_16cfe67c373f0545.txt', import.meta.url));

let server: TestServer;
beforeEach(async () => {
  server = await startServer(json(200, { assistant: assistant({ id: 'id', name: 'Seed example' }) }));
});
afterEach(() => server.close());

describe('examples/update-assistant.ts', () => {
  it('runs against a local server through REVOX_BASE_URL', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', example], {
      env: { PATH: process.env.PATH, REVOX_API_KEY: TEST_KEY, REVOX_BASE_URL: server.url },
    });
    expect(stdout).toContain("name: 'Seed example'");
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ method: 'PATCH', url: '/assistants/id', body: '{}' });
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
  }, 60_000); // a child process (tsx) on a machine busy with every other turbo task

  // The example in the repository is the fact. The seed page lost its indentation, so the code is compared
  // without whitespace, where the page is beside the checkout (../shared); elsewhere one line says it was not run.
  if (existsSync(seed)) {
    it('is the seed page code, unchanged', () => {
      const code = (text: string) => text.replace(/\s+/g, '');
      const page = readFileSync(seed, 'utf8');
      const seedCode = page.slice(
        page.indexOf("import Revox from '@revoxai/sdk';"),
        page.indexOf('console.log(assistant.assistant);') + 'console.log(assistant.assistant);'.length,
      );
      expect(code(readFileSync(example, 'utf8'))).toBe(code(seedCode));
    });
  } else {
    console.log(`not run: the comparison of examples/update-assistant.ts with the seed page (${seed} is not beside this checkout)`);
  }
});
