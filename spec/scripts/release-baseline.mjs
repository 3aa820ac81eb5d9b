// The release step's part for the spec, run by `npm run version-packages`
// once VERSION holds the new release's version (scripts/release-version.mjs):
// the spec as released is kept as released/<version>.yaml (the gate's new
// baseline, and one entry of the reference's Changes section), and the
// breaking changes acknowledged for this release are cleared. The spec's own
// `info.version` is the API's version, which its maintainers set.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { acknowledgedFile, releasedDir, specPath } from '../lib/index.js';

const version = readFileSync(fileURLToPath(new URL('../../VERSION', import.meta.url)), 'utf8').trim();
copyFileSync(specPath, `${releasedDir}${version}.yaml`);
const header = readFileSync(acknowledgedFile, 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('#'));
writeFileSync(acknowledgedFile, `${header.join('\n')}\n`);
console.log(`spec/openapi.yaml is kept as spec/released/${version}.yaml; acknowledged.txt is empty`);
