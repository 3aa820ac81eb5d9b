// Ruby code users copy, run unchanged against the mock API (`npm run mock`),
// with the base URL and key from the environment: the seed docs page's code
// (examples/update_assistant.rb) and every complete example of the README.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock } from '@revoxai/contract-tests/mock';
import { loadModel } from '@revoxai/spec';

const run = promisify(execFile);
const lib = fileURLToPath(new URL('../lib', import.meta.url));
const example = fileURLToPath(new URL('../examples/update_assistant.rb', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const update = loadModel().operations.find((o) => o.sdk.name === 'assistants.update')!;
const answer = update.success.examples[0]!.value as { assistant: { id: string } };

/** The README's Ruby blocks that are whole programs (they start by requiring the gem). */
const programs = [...readme.matchAll(/```ruby\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => code.startsWith('require "revox"'));

let mock: Awaited<ReturnType<typeof startMock>>;
let cwd: string;
beforeAll(async () => {
  mock = await startMock();
  cwd = mkdtempSync(join(tmpdir(), 'revox-ruby-examples-'));
});
afterAll(async () => {
  if (cwd) rmSync(cwd, { recursive: true, force: true });
  await mock?.stop();
});

const ruby = (args: string[]) =>
  run('ruby', ['-I', lib, ...args], { cwd, env: { PATH: process.env.PATH, REVOX_API_KEY: 'sk_test_mock', REVOX_BASE_URL: mock.url } });

it('examples/update_assistant.rb prints the assistant the mock answers', async () => {
  const { stdout } = await ruby([example]);
  expect(JSON.parse(stdout)).toEqual(answer);
  expect(stdout).toContain(`"id": "${answer.assistant.id}"`);
});

describe('README.md', () => {
  it('has Ruby programs to run', () => expect(programs.length).toBeGreaterThanOrEqual(5));

  it.each(programs.map((code, index) => [index + 1, code]))('program %i runs against the mock', async (_index, code) => {
    const { stderr } = await ruby(['-e', code as string]);
    expect(stderr).toBe('');
  });
});
