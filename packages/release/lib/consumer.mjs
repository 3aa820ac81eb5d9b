// A fresh project that installs the SDK the way users will: from the packed
// tarball. The SDK has no dependencies; what a project adds besides (vitest,
// Node's types, openapi-fetch for `@revoxai/sdk/openapi-fetch`) comes from
// the registry.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const packages = fileURLToPath(new URL('../../', import.meta.url));
/** The seed page's code, kept runnable in one place. */
export const SEED_SOURCE = readFileSync(join(packages, 'sdk', 'examples', 'update-assistant.ts'), 'utf8');

/**
 * The seed as CommonJS, the way CommonJS code written for a generated SDK
 * loads it: `require()` is the client class, and `.Revox` and `.default` are
 * that same class.
 */
const SEED_CJS = `const Revox = require('@revoxai/sdk');

if (Revox.Revox !== Revox || Revox.default !== Revox) throw new Error('require() must return the client class');
const client = new Revox({
  apiKey: process.env['REVOX_API_KEY'],
});

client.assistants.update('id').then((assistant) => console.log(assistant.assistant));
`;

/**
 * Packs @revoxai/sdk into `dir`.
 * @param {string} dir
 * @returns {string} the tarball's file name
 */
export function packSdk(dir) {
  execFileSync('npm', ['pack', '--pack-destination', dir, '--ignore-scripts'], {
    cwd: join(packages, 'sdk'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = readdirSync(dir).find((file) => file.startsWith('revoxai-sdk-') && file.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack left no revoxai-sdk-*.tgz in ${dir}`);
  return tarball;
}

/**
 * Packs @revoxai/sdk, installs it into a new project in the temp folder,
 * with `devDependencies` besides, and writes the programs.
 * The caller removes the folder (`removeConsumer`); a failed install removes it here.
 * @param {Record<string, string>} [devDependencies]
 */
export function createConsumer(devDependencies = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'revox-consumer-'));
  try {
    fillConsumer(dir, devDependencies);
  } catch (error) {
    removeConsumer(dir);
    throw error;
  }
  return dir;
}

/** @param {string | undefined} dir */
export function removeConsumer(dir) {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** @param {string} dir @param {Record<string, string>} devDependencies */
function fillConsumer(dir, devDependencies) {
  const tarball = packSdk(dir);
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'revox-consumer', private: true, type: 'module', dependencies: { '@revoxai/sdk': `file:./${tarball}` }, devDependencies }, null, 2)}\n`,
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(join(dir, 'seed.ts'), SEED_SOURCE);
  writeFileSync(join(dir, 'seed.mjs'), transformSync(SEED_SOURCE, { loader: 'ts', format: 'esm' }).code);
  writeFileSync(join(dir, 'seed.cjs'), SEED_CJS);
}
