// How each cost grows with the number of operations: the real spec and
// synthetic ones made from it at N times the operations (each copy of every
// path and schema renamed, so types, docs and validators grow as they would
// for a real API). Everything is written to one temp folder, removed at the end.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import openapiTS, { astToString } from 'openapi-typescript';
import { inputOf, sdkFiles } from '@revoxai/codegen';
import { loadSpec, modelOf } from '@revoxai/spec';
import { launchChromium } from '@revoxai/docs/chromium';
import { serveStatic } from '@revoxai/docs/static-server';
import { CONSUMER_BUILD } from './bundle.mjs';
import { median } from './harness.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = (/** @type {string} */ name) => join(root, 'node_modules', '.bin', name);
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const redocly = join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
// The openapi-fetch this package depends on, wherever npm put it (it is not hoisted while the workspaces pin an older one).
const openapiFetchTypes = join(dirname(createRequire(import.meta.url).resolve('openapi-fetch/package.json')), 'dist', 'index.d.mts');

/**
 * The spec with `factor` times the operations: copy i of every path is put
 * under `/s<i>`, with operationIds, schemas and the SDK resource of each method suffixed `S<i>`.
 * @param {any} doc @param {number} factor
 */
export function scaledSpec(doc, factor) {
  const copy = structuredClone(doc);
  // Schemas only the shared error responses use stay shared, as they would in a bigger API.
  const shared = new Set([...JSON.stringify(doc.components.responses ?? {}).matchAll(/#\/components\/schemas\/(\w+)/g)].map((m) => m[1]));
  for (let i = 1; i < factor; i++) {
    const suffix = `S${i}`;
    const rename = (/** @type {unknown} */ node) =>
      JSON.parse(
        JSON.stringify(node).replace(/#\/components\/schemas\/(\w+)/g, (ref, name) => (shared.has(name) ? ref : `${ref}${suffix}`)),
      );
    for (const [name, schema] of Object.entries(doc.components.schemas))
      if (!shared.has(name)) copy.components.schemas[`${name}${suffix}`] = rename(schema);
    for (const [path, item] of Object.entries(doc.paths)) {
      const renamed = rename(item);
      for (const operation of Object.values(renamed)) {
        if (!operation?.operationId) continue;
        operation.operationId += suffix;
        // The resource the method is on: its name is what the official type names are made from (users.me → Me...).
        operation['x-revox-sdk'] = operation['x-revox-sdk'].replace(/(\w+)(\.\w+)$/, `$1${suffix}$2`);
      }
      copy.paths[`/s${i}${path}`] = renamed;
    }
  }
  return copy;
}

/** @param {string} dir @param {any} doc */
async function codegen(dir, doc) {
  const specFile = join(dir, 'openapi.json');
  writeFileSync(specFile, JSON.stringify(doc));
  // Example files (the preview's audio) are referenced relative to the spec.
  cpSync(join(root, 'spec', 'examples'), join(dir, 'examples'), { recursive: true });
  const started = performance.now();
  const types = astToString(await openapiTS(pathToFileURL(specFile), { rootTypes: true, rootTypesNoSchemaPrefix: true, silent: true }));
  const ms = performance.now() - started;
  writeFileSync(join(dir, 'types.ts'), types);
  return { ms, specFile, typesBytes: Buffer.byteLength(types) };
}

/** A consumer of the generated types calling one operation through openapi-fetch: tsc's check time. @param {string} dir */
async function typecheck(dir) {
  writeFileSync(
    join(dir, 'consumer.ts'),
    `import createClient from 'openapi-fetch';
import type { paths } from './types.js';
const client = createClient<paths>({ baseUrl: 'https://www.getrevox.com/api' });
export const result = client.PATCH('/assistants/{id}', { params: { path: { id: 'a' } }, body: { name: 'Front desk', voice: { id: 'v', provider: 'cartesia' } } });
`,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom'],
        types: [],
        paths: { 'openapi-fetch': [openapiFetchTypes] },
      },
      files: ['consumer.ts'],
    }),
  );
  const { stdout } = await run(process.execPath, [tsc, '-p', dir, '--extendedDiagnostics']);
  return Number(/^Check time:\s+([\d.]+)/m.exec(stdout)?.[1]) * 1000;
}

/** The reference for this spec: its size, and the time until the first operation is on screen. @param {string} dir @param {string} specFile @param {number} loads */
async function docs(dir, specFile, loads) {
  const page = join(dir, 'index.html');
  const started = performance.now();
  await run(process.execPath, [redocly, 'build-docs', specFile, '--inlineBundle', `--output=${page}`], {
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const buildMs = performance.now() - started;
  const html = readFileSync(page);
  const site = await serveStatic(dir);
  const browser = await launchChromium();
  try {
    const times = [];
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const begin = performance.now();
      await tab.goto(`${site.url}/index.html#/assistants/updateassistant`);
      await tab.getByRole('heading', { name: 'Update an assistant' }).first().waitFor({ timeout: 120_000 });
      times.push(performance.now() - begin);
      await context.close();
    }
    return { buildMs, raw: html.length, gzip: gzipSync(html, { level: 9 }).length, visibleMs: median(times) };
  } finally {
    await browser.close();
    await site.close();
  }
}

/** The default-import consumer bundle of the SDK built for this spec (its generated operation table grows with it). @param {any} doc */
async function bundle(doc) {
  const [[, revox]] = [...sdkFiles(inputOf(doc))].filter(([path]) => path.endsWith('/revox.ts'));
  const result = await build({
    ...CONSUMER_BUILD,
    entryPoints: [fileURLToPath(new URL('../fixtures/consumer-sdk.ts', import.meta.url))],
    alias: { '@revoxai/sdk': join(root, 'packages/sdk/src/index.ts') },
    define: { __SDK_VERSION__: '"bench"' },
    plugins: [
      {
        name: 'synthetic-operations',
        setup(pluginBuild) {
          pluginBuild.onResolve({ filter: /generated\/revox\.js$/ }, () => ({ path: 'revox', namespace: 'synthetic' }));
          pluginBuild.onLoad({ filter: /.*/, namespace: 'synthetic' }, () => ({
            contents: revox,
            loader: 'ts',
            resolveDir: join(root, 'packages/sdk/src/generated'),
          }));
        },
      },
    ],
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

/** `turbo run build` of a fresh clone with this spec: cold, then warm. @param {string} dir @param {any} doc */
async function turboBuild(dir, doc) {
  const clone = join(dir, 'repo');
  await run('git', ['clone', '--quiet', root, clone]);
  await run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], { cwd: clone, maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(join(clone, 'spec', 'openapi.yaml'), JSON.stringify(doc, null, 1));
  // As a maintainer would: regenerate the committed code for the new spec first, so the
  // warm run measures the cache, not a generated file that was stale before the cold one.
  await run(process.execPath, ['packages/codegen/src/cli.mjs'], { cwd: clone });
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', REDOCLY_TELEMETRY: 'off' };
  const timed = async () => {
    const started = performance.now();
    await run(bin('turbo'), ['run', 'build', `--cache-dir=${join(dir, 'turbo-cache')}`, '--output-logs=errors-only'], {
      cwd: clone,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return performance.now() - started;
  };
  const coldMs = await timed();
  const warmMs = await timed();
  return { coldMs, warmMs };
}

/**
 * @param {number[]} factors multiples of the real spec's operations
 * @param {{ docsLoads: number, turbo: boolean }} options
 */
export async function measureGrowth(factors, { docsLoads, turbo }) {
  const dir = mkdtempSync(join(tmpdir(), 'revox-growth-'));
  const real = loadSpec();
  try {
    const results = [];
    for (const factor of factors) {
      const doc = scaledSpec(real, factor);
      const at = join(dir, `x${factor}`);
      mkdirSync(at);
      const generated = await codegen(at, doc);
      results.push({
        factor,
        operations: modelOf(doc).operations.length,
        codegenMs: generated.ms,
        typesBytes: generated.typesBytes,
        typecheckMs: await typecheck(at),
        docs: await docs(at, generated.specFile, docsLoads),
        bundleGzip: await bundle(doc),
        build: turbo ? await turboBuild(at, doc) : undefined,
      });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
