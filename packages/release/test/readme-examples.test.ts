// Every TypeScript example of the READMEs, copied verbatim into a fresh
// project that installed the packed tarballs, compiles as users configure a
// project (strict, noUncheckedIndexedAccess, Node types without the DOM, or
// the DOM without Node for browser blocks) and runs against `npm run mock`.
// A README edit that breaks an example fails here, naming its line.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock } from '@revoxai/contract-tests/mock';
import { createConsumer, removeConsumer } from '../lib/consumer.mjs';
import type { Example } from '../lib/readme-examples.mjs';
import { READMES, typescriptExamples } from '../lib/readme-examples.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const rootDev = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
const sdk = JSON.parse(readFileSync(join(root, 'packages/sdk/package.json'), 'utf8'));
const examples = READMES.flatMap(typescriptExamples);
const inNode = examples.filter((e) => !e.flags.includes('browser'));
const inBrowser = examples.filter((e) => e.flags.includes('browser'));

/** A tsconfig as an application would have it, for one setting. */
const tsconfig = (types: string[], lib: string[], files: string[], emit: boolean) => ({
  compilerOptions: {
    strict: true,
    noUncheckedIndexedAccess: true,
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    lib,
    types,
    rootDir: '.',
    outDir: 'out',
    noEmit: !emit,
  },
  files,
});

let consumer: string;
let mock: Awaited<ReturnType<typeof startMock>>;
beforeAll(async () => {
  // openapi-fetch: the README's openapi-fetch example needs the SDK's optional peer, installed as its README says.
  consumer = createConsumer({
    typescript: rootDev.typescript,
    '@types/node': rootDev['@types/node'],
    vitest: rootDev.vitest,
    undici: sdk.devDependencies.undici,
    'openapi-fetch': sdk.peerDependencies['openapi-fetch'],
  });
  mkdirSync(join(consumer, 'examples'));
  for (const example of examples) writeFileSync(join(consumer, 'examples', `${example.name}.ts`), example.code);
  const files = (list: Example[]) => list.map((e) => `examples/${e.name}.ts`);
  writeFileSync(join(consumer, 'tsconfig.node.json'), JSON.stringify(tsconfig(['node'], ['es2022'], files(inNode), true)));
  writeFileSync(
    join(consumer, 'tsconfig.browser.json'),
    JSON.stringify(tsconfig([], ['es2022', 'dom', 'dom.iterable'], files(inBrowser), false)),
  );
  mock = await startMock();
}, 300_000);
afterAll(async () => {
  await mock?.stop();
  removeConsumer(consumer);
});

const tsc = (config: string) =>
  run(process.execPath, [join(consumer, 'node_modules/typescript/bin/tsc'), '-p', config], { cwd: consumer }).then(
    () => '',
    (failure: { stdout: string }) => failure.stdout,
  );

describe("the READMEs' TypeScript examples", () => {
  it('are found, each a module that imports what it uses', () => {
    expect(inNode.length).toBeGreaterThan(10);
    expect(inBrowser.length).toBeGreaterThan(0);
    for (const example of examples) expect(example.code, `${example.readme}:${example.line}`).toMatch(/^import /m);
  });

  it('compile for Node: strict, noUncheckedIndexedAccess, Node types, no DOM', async () => {
    expect(await tsc('tsconfig.node.json')).toBe('');
  }, 120_000);

  it('compile for the browser: the DOM, no Node types', async () => {
    expect(await tsc('tsconfig.browser.json')).toBe('');
  }, 120_000);

  it.each(inNode.filter((e) => !e.flags.includes('no-run')).map((e) => [`${e.readme}:${e.line}`, e] as const))(
    '%s runs against the mock and exits 0',
    async (_where, example) => {
      const command = example.flags.includes('vitest')
        ? [join('node_modules', 'vitest', 'vitest.mjs'), 'run', `examples/${example.name}.ts`]
        : [join('out', 'examples', `${example.name}.js`)];
      const ran = run(process.execPath, command, {
        cwd: consumer,
        env: { PATH: process.env.PATH, REVOX_API_KEY: 'sk_test_readme', REVOX_BASE_URL: mock.url },
      });
      await expect(ran).resolves.toMatchObject({ stdout: expect.any(String) });
    },
  );
});
