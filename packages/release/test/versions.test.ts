// One release, one version, stated once in VERSION. The packages released
// together (the fixed group of .changeset/config.json), the newest released
// spec, the gem, the Python package and the headers each SDK sends all carry it, and each
// package's CHANGELOG opens with it: a release step that missed one fails
// here. The spec's own info.version is the API's, not the release's.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { VERSION } from '@revoxai/sdk';
import { latestRelease, releasedTogether } from '@revoxai/spec';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const workspaces = ['spec', ...readdirSync(join(root, 'packages')).map((name) => `packages/${name}`)];
const folderOf = new Map(workspaces.map((folder) => [json(`${folder}/package.json`).name as string, folder]));
const group = releasedTogether(join(root, '.changeset'));
const version = readFileSync(join(root, 'VERSION'), 'utf8').trim();

it('every package released together has one version, and its CHANGELOG opens with it', () => {
  expect(group).toEqual(expect.arrayContaining(['@revoxai/sdk', '@revoxai/types', '@revoxai/ruby', '@revoxai/python', '@revoxai/spec']));
  for (const name of group) {
    const folder = folderOf.get(name)!;
    expect(json(`${folder}/package.json`).version, name).toBe(version);
    expect(/^## (.+)$/m.exec(readFileSync(join(root, folder, 'CHANGELOG.md'), 'utf8'))?.[1], `${folder}/CHANGELOG.md`).toBe(version);
  }
});

it("the newest released spec is that version's", () => {
  expect(latestRelease().version).toBe(version);
});

it('every SDK says that version in the headers it sends', () => {
  expect(VERSION).toBe(version); // @revoxai/sdk sends it in X-Revox-Client (request.test.ts checks the header)
  const ruby = execFileSync('ruby', ['-I', join(root, 'packages/ruby/lib'), '-e', 'require "revox"; puts Revox::VERSION'], {
    encoding: 'utf8',
  }).trim();
  expect(ruby).toBe(version);
  // The gem is built with the version it reports (revox.gemspec reads Revox::VERSION).
  expect(readFileSync(join(root, 'packages/ruby/revox.gemspec'), 'utf8')).toContain('spec.version = Revox::VERSION');
  // The Python package sends its __version__ in X-Revox-Client, and its wheel is built with it (pyproject.toml reads it).
  const python = execFileSync('python3', ['-B', '-c', 'import revox; print(revox.__version__)'], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONPATH: join(root, 'packages/python/src') },
  }).trim();
  expect(python).toBe(version);
  expect(readFileSync(join(root, 'packages/python/pyproject.toml'), 'utf8')).toContain(
    'version = { attr = "revox._generated.version.__version__" }',
  );
});
