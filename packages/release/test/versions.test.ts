// One release, one version. The packages released together (the fixed group
// of .changeset/config.json), the spec's info.version, the newest released
// spec, the gem and the headers each SDK sends all carry it, and each
// package's CHANGELOG opens with it: a release step that missed one fails here.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { VERSION } from '@revoxai/sdk';
import { latestRelease, loadSpec, releasedTogether } from '@revoxai/spec';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const workspaces = ['spec', ...readdirSync(join(root, 'packages')).map((name) => `packages/${name}`)];
const folderOf = new Map(workspaces.map((folder) => [json(`${folder}/package.json`).name as string, folder]));
const group = releasedTogether(join(root, '.changeset'));
const version = json('packages/sdk/package.json').version as string;

it('every package released together has one version, and its CHANGELOG opens with it', () => {
  expect(group).toEqual(expect.arrayContaining(['@revoxai/sdk', '@revoxai/types', '@revoxai/ruby', '@revoxai/spec']));
  for (const name of group) {
    const folder = folderOf.get(name)!;
    expect(json(`${folder}/package.json`).version, name).toBe(version);
    expect(/^## (.+)$/m.exec(readFileSync(join(root, folder, 'CHANGELOG.md'), 'utf8'))?.[1], `${folder}/CHANGELOG.md`).toBe(version);
  }
});

it('the spec has that version, and it is the newest released spec', () => {
  expect(loadSpec().info.version).toBe(version);
  expect(latestRelease().version).toBe(version);
});

it('both SDKs say that version in the headers they send', () => {
  expect(VERSION).toBe(version); // @revoxai/sdk sends it in X-Revox-Client (request.test.ts checks the header)
  const ruby = execFileSync('ruby', ['-I', join(root, 'packages/ruby/lib'), '-e', 'require "revox"; puts Revox::VERSION'], {
    encoding: 'utf8',
  }).trim();
  expect(ruby).toBe(version);
  // The gem is built with the version it reports (revox.gemspec reads Revox::VERSION).
  expect(readFileSync(join(root, 'packages/ruby/revox.gemspec'), 'utf8')).toContain('spec.version = Revox::VERSION');
});
