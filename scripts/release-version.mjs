// The release step's first part, run by `npm run version-packages` once
// `changeset version` has bumped the packages released together (the
// `fixed` group of .changeset/config.json): their one new version becomes
// VERSION, the file every package, the gem and the generators read the
// release's version from. A group whose packages disagree stops here.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const json = (/** @type {string} */ path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const [group] = json('.changeset/config.json').fixed;
const folders = ['spec', ...readdirSync(join(root, 'packages')).map((name) => `packages/${name}`)];
const versions = new Map(folders.map((folder) => [json(`${folder}/package.json`).name, json(`${folder}/package.json`).version]));
const released = new Set(group.map((/** @type {string} */ name) => versions.get(name)));
if (released.size !== 1)
  throw new Error(
    `the packages released together disagree on their version: ${group.map((/** @type {string} */ n) => `${n}@${versions.get(n)}`).join(', ')}`,
  );
const [version] = released;
writeFileSync(join(root, 'VERSION'), `${version}\n`);
console.log(`VERSION is ${version}`);
