// The packed SDK alone: `npm install @revoxai/sdk` into an empty project
// brings nothing else, so it must install with the registry out of reach and
// an empty npm cache, type-check the README's first example under `strict`
// without @revoxai/types or openapi-fetch, and send its call. The SDK of
// 0.2.0 depended on both, and this install failed (issue 29: `404
// @revoxai/types@0.2.0` while the types were not published).
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packSdk } from '../lib/consumer.mjs';
import { typescriptExamples } from '../lib/readme-examples.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
// The Usage section's first block: the one a new user copies first.
const example = typescriptExamples('packages/sdk/README.md')[0]!;

let dir: string | undefined;
let server: ReturnType<typeof createServer> | undefined;
const received: { method: string; url: string; authorization: string | undefined; body: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'revox-sdk-alone-'));
  // Outside the repository, or module resolution could find its node_modules.
  expect(relative(root, dir).startsWith('..')).toBe(true);
  const tarball = packSdk(dir);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'revox-sdk-alone', private: true, type: 'module', dependencies: { '@revoxai/sdk': `file:./${tarball}` } }),
  );
  // No registry and an empty cache: any dependency at all fails the install (ENOTCACHED).
  await run(
    'npm',
    [
      'install',
      '--offline',
      '--registry',
      'http://127.0.0.1:9/',
      '--cache',
      join(dir, '.npm-cache'),
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
    ],
    { cwd: dir },
  ).catch((failure: { stderr: string }) => {
    throw new Error(`npm install of the SDK tarball alone failed, offline: it must have no dependencies.\n${failure.stderr}`);
  });
  writeFileSync(join(dir, 'example.ts'), example.code);
  // Strict, as an application has it, and the declarations checked too (no skipLibCheck).
  // Node's types come from this repository: installing them would need the registry.
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: false,
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        lib: ['es2022'],
        types: ['node'],
        typeRoots: [join(root, 'node_modules/@types')],
        outDir: 'out',
      },
      files: ['example.ts'],
    }),
  );
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk));
    req.on('end', () => {
      received.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization, body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ assistant: { id: 'asst_123', name: 'Front desk', updated_at: '2026-01-02T03:04:05Z' } }));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const node = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, args, { cwd: dir, env: { PATH: process.env.PATH, ...env } });

describe('@revoxai/sdk installed alone, from its tarball, offline', () => {
  it('brings no other package, and openapi-fetch is an optional peer', () => {
    expect(readdirSync(join(dir!, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['@revoxai']);
    expect(readdirSync(join(dir!, 'node_modules/@revoxai'))).toEqual(['sdk']);
    const manifest = JSON.parse(readFileSync(join(dir!, 'node_modules/@revoxai/sdk/package.json'), 'utf8'));
    expect(manifest.dependencies).toBeUndefined();
    expect(Object.keys(manifest.peerDependencies ?? {})).toEqual(['openapi-fetch']);
    expect(manifest.peerDependenciesMeta).toEqual({ 'openapi-fetch': { optional: true } });
  });

  it(`type-checks ${example.readme}:${example.line} (strict, declarations checked) and runs it against a local server`, async () => {
    await node([join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']).catch((failure: { stdout: string }) => {
      throw new Error(`tsc failed in a project with only @revoxai/sdk:\n${failure.stdout}`);
    });
    const address = server!.address() as AddressInfo;
    const { stdout } = await node(['out/example.js'], {
      REVOX_API_KEY: 'sk_test_alone',
      REVOX_BASE_URL: `http://127.0.0.1:${address.port}`,
    });
    expect(stdout).toBe('Front desk 2026-01-02T03:04:05Z\n');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: 'PATCH', url: '/assistants/asst_123', authorization: 'Bearer sk_test_alone' });
    expect(JSON.parse(received[0]!.body)).toMatchObject({ voicemail_message: null, voice: { provider: 'cartesia' } });
  }, 120_000);

  it('loads the main entry, /validate and /testing with import and require', async () => {
    const entries = ['@revoxai/sdk', '@revoxai/sdk/validate', '@revoxai/sdk/testing'];
    const esm = await node([
      '--input-type=module',
      '-e',
      `for (const e of ${JSON.stringify(entries)}) console.log(e, Object.keys(await import(e)).length > 0);`,
    ]);
    const cjs = await node(['-e', `for (const e of ${JSON.stringify(entries)}) console.log(e, Object.keys(require(e)).length > 0);`]);
    for (const { stdout } of [esm, cjs]) expect(stdout).toBe(entries.map((e) => `${e} true\n`).join(''));
  });

  it('/openapi-fetch, without its optional peer, fails naming openapi-fetch', async () => {
    const esm = await node(['--input-type=module', '-e', "await import('@revoxai/sdk/openapi-fetch')"]).then(
      () => '',
      (failure: { stderr: string }) => failure.stderr,
    );
    expect(esm).toMatch(/Cannot find package 'openapi-fetch' imported from .*@revoxai[\\/]sdk[\\/]dist[\\/]openapi-fetch\.js/);
    const cjs = await node(['-e', "require('@revoxai/sdk/openapi-fetch')"]).then(
      () => '',
      (failure: { stderr: string }) => failure.stderr,
    );
    expect(cjs).toMatch(/Cannot find module 'openapi-fetch'/);
  });
});
