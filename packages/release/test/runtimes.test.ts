// The packed SDK, installed into a fresh project, runs the seed page's code
// against the local mock (Prism) on every runtime we support. A runtime that
// cannot be had fails its test; none is skipped.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrism } from '@revoxai/contract-tests/prism';
import { launchChromium } from '@revoxai/docs/chromium';
import { serveStatic } from '@revoxai/docs/static-server';
import { loadSpec } from '@revoxai/spec';
import { createConsumer, removeConsumer } from '../lib/consumer.mjs';
import { typescriptExamples } from '../lib/readme-examples.mjs';
import { ensureRuntimes } from '../lib/runtimes.mjs';

const run = promisify(execFile);
// Prism answers with the spec's example response; its id proves the round trip.
const EXAMPLE_ID: string =
  loadSpec().paths['/assistants/{id}'].patch.responses['200'].content['application/json'].examples.updatedAssistant.value.assistant.id;

let consumer: string;
let bins: ReturnType<typeof ensureRuntimes>;
let prism: Awaited<ReturnType<typeof startPrism>>;
const versions: Record<string, string> = {};

// The SDK README's two testing examples (@revoxai/sdk/testing): one for vitest, one for node:test.
const testingExamples = typescriptExamples('packages/sdk/README.md').filter((e) => e.code.includes("from '@revoxai/sdk/testing'"));
const [forVitest, forNodeTest] = [
  testingExamples.find((e) => e.flags.includes('vitest'))!,
  testingExamples.find((e) => e.code.includes("from 'node:test'"))!,
];
/** How many tests an example declares: every one of them must pass. */
const testsIn = (example: { code: string }) => example.code.match(/^(it|test)\(/gm)!.length;
const root = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).devDependencies;

beforeAll(async () => {
  bins = ensureRuntimes();
  // vitest and Node's types: the testing examples run with vitest, and Deno type-checks with @types/node.
  consumer = createConsumer({ vitest: root.vitest, '@types/node': root['@types/node'] });
  for (const example of [forVitest, forNodeTest]) writeFileSync(join(consumer, `${example.name}.ts`), example.code);
  prism = await startPrism();
}, 300_000);
afterAll(async () => {
  await prism?.stop();
  removeConsumer(consumer);
  console.log(
    `runtimes exercised:\n${Object.entries(versions)
      .map(([name, version]) => `  ${name}: ${version}`)
      .join('\n')}`,
  );
});

const env = () => ({
  PATH: process.env.PATH,
  REVOX_API_KEY: 'sk_test_runtimes',
  REVOX_BASE_URL: prism.url,
  DENO_NO_UPDATE_CHECK: '1',
  DO_NOT_TRACK: '1',
  NO_COLOR: '1',
});

async function runSeed(name: string, command: string, args: string[], versionArgs = ['--version']) {
  const { stdout: version } = await run(command, versionArgs);
  versions[name] = version.trim().split('\n')[0]!;
  const { stdout, stderr } = await run(command, args, { cwd: consumer, env: env() });
  expect(stdout, stderr).toContain(EXAMPLE_ID);
}

describe('the seed example, from the packed tarballs', () => {
  it('Node 20 (this machine), ESM import', () => runSeed('Node (ESM)', process.execPath, ['seed.mjs']));
  it('Node 20 (this machine), CommonJS require', () => runSeed('Node (CJS)', process.execPath, ['seed.cjs']));
  it('Node 22', () => runSeed('Node 22', bins.node22, ['seed.mjs']));
  it('Node 24', () => runSeed('Node 24', bins.node24, ['seed.mjs']));
  it('Bun, running the TypeScript file', () => runSeed('Bun', bins.bun, ['seed.ts']));
  it('Deno, running the TypeScript file', () =>
    runSeed('Deno', bins.deno, ['run', '--allow-env', '--allow-net', '--allow-read', 'seed.ts']));

  it('the testing examples of the README on Bun, by bun test (which runs vitest files too)', async () => {
    for (const example of [forVitest, forNodeTest]) {
      const { stdout, stderr } = await run(bins.bun, ['test', `./${example.name}.ts`], { cwd: consumer, env: env() });
      expect(`${stdout}${stderr}`).toMatch(new RegExp(` ${testsIn(example)} pass\\n 0 fail`));
    }
  });

  it('the testing examples of the README on Deno: node:test by deno test, the vitest file by vitest', async () => {
    const nodeTest = await run(bins.deno, ['test', '-A', `./${forNodeTest.name}.ts`], { cwd: consumer, env: env() });
    expect(nodeTest.stdout).toMatch(new RegExp(`ok \\| ${testsIn(forNodeTest)} passed \\| 0 failed`));
    const vitest = await run(bins.deno, ['run', '-A', 'node_modules/vitest/vitest.mjs', 'run', `${forVitest.name}.ts`], {
      cwd: consumer,
      env: env(),
    });
    expect(vitest.stdout).toMatch(new RegExp(`Tests\\s+(\\S+\\s+)?${testsIn(forVitest)} passed`));
  });

  it('Chromium: the SDK bundled for the browser calls the mock across origins (CORS)', async () => {
    const page = join(consumer, 'browser');
    writeFileSync(
      join(consumer, 'browser.ts'),
      `import Revox from '@revoxai/sdk';
const baseURL = new URLSearchParams(location.search).get('api')!;
// A page gives its key to every visitor: the client refuses unless told the key is the visitor's own.
let refusal = 'none';
try {
  new Revox({ apiKey: 'sk_test_browser', baseURL });
} catch (error) {
  refusal = String(error);
}
const client = new Revox({ apiKey: 'sk_test_browser', baseURL, dangerouslyAllowBrowser: true });
document.documentElement.dataset.refusal = refusal;
client.assistants.update('id').then(
  (result) => { document.body.textContent = JSON.stringify(result.assistant); document.title = 'done'; },
  (error) => { document.body.textContent = String(error); document.title = 'failed'; },
);
`,
    );
    await build({
      entryPoints: [join(consumer, 'browser.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outfile: join(page, 'app.js'),
      logLevel: 'silent',
    });
    writeFileSync(
      join(page, 'index.html'),
      '<!doctype html><meta charset="utf-8"><title>loading</title><script type="module" src="app.js"></script>',
    );
    const site = await serveStatic(`${page}/`);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      const problems: string[] = [];
      tab.on('pageerror', (error) => problems.push(String(error)));
      tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      const outside: string[] = [];
      await tab.route('**/*', (route) => {
        if (new URL(route.request().url()).hostname === '127.0.0.1') return route.continue();
        outside.push(route.request().url());
        return route.abort();
      });
      await tab.goto(`${site.url}?api=${encodeURIComponent(prism.url)}`);
      await tab
        .waitForFunction(() => document.title !== 'loading', undefined, { timeout: 20_000 })
        .catch((error: Error) => {
          throw new Error(`${error.message}\npage problems: ${problems.join('\n') || 'none'}`);
        });
      const body = await tab.locator('body').innerText();
      expect(await tab.title(), body).toBe('done');
      expect(body).toContain(EXAMPLE_ID);
      expect(await tab.locator('html').getAttribute('data-refusal')).toMatch(
        /^RevoxError: Refusing to run in a browser.*dangerouslyAllowBrowser: true/,
      );
      expect(new URL(site.url).port).not.toBe(new URL(prism.url).port); // really cross-origin
      expect(outside).toEqual([]);
      expect(problems).toEqual([]);
      versions.Chromium = browser.version();
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
