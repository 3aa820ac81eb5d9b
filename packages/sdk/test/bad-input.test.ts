// Bad input from plain JavaScript, which no type stops: every method refuses
// it before sending anything, with a RevoxValidationError naming the field,
// whether the result is awaited or iterated, and leaves no rejection
// unhandled (the program runs with --unhandled-rejections=strict).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestServer } from './support/server.js';
import { json, startServer } from './support/server.js';

const run = promisify(execFile);
const program = fileURLToPath(new URL('./fixtures/bad-input.mjs', import.meta.url));

let server: TestServer;
beforeAll(async () => {
  server = await startServer(json(200, { calls: [] }));
});
afterAll(() => server.close());

it('is refused by name, awaited or iterated, with nothing sent and nothing unhandled', async () => {
  const { stdout } = await run(process.execPath, ['--unhandled-rejections=strict', program], {
    env: { PATH: process.env.PATH, REVOX_API_KEY: 'sk_test_bad_input', REVOX_BASE_URL: server.url },
  });
  expect(JSON.parse(stdout)).toEqual([
    'await call.list(): RevoxValidationError Invalid request: page is required; page_size is required',
    'for await call.list(): RevoxValidationError Invalid request: page is required; page_size is required',
    'call.list({ page: 0 }): RevoxValidationError Invalid request: page_size is required',
    'for await call.list("page=0"): RevoxValidationError Invalid request: query must be an object, got string',
    'voices.retrieve(id): RevoxValidationError Invalid request: provider is required',
    'assistants.create(): RevoxValidationError Invalid request: name is required; prompt is required',
    'call.create(null): RevoxValidationError Invalid request: body must be an object, got null',
    'assistants.retrieve(): RevoxValidationError Invalid request: id must be a string, got undefined',
  ]);
  expect(server.requests).toHaveLength(0);
}, 30_000);
