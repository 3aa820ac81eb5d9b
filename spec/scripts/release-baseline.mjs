// The release step's part for the spec, run by `npm run version-packages`
// once `changeset version` has bumped the packages: the spec takes the
// release's version (`info.version`, shown by the reference), is kept as
// released/<version>.yaml (the gate's new baseline, and one entry of the
// reference's Changes section), and the breaking changes acknowledged for
// this release are cleared.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { acknowledgedFile, releasedDir, specPath } from '../lib/index.js';

// This package is released with the SDKs (the `fixed` group of .changeset/config.json): its version is theirs.
const { version } = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'));
// A text edit, not a YAML round trip, so that the hand-written file keeps its layout and comments.
const text = readFileSync(specPath, 'utf8').replace(/^(info:\n(?: {2}.*\n)*? {2}version: ).*$/m, `$1${version}`);
if (parse(text).info.version !== version) throw new Error(`could not set info.version to ${version} in ${specPath}`);
writeFileSync(specPath, text);
copyFileSync(specPath, `${releasedDir}${version}.yaml`);
const header = readFileSync(acknowledgedFile, 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('#'));
writeFileSync(acknowledgedFile, `${header.join('\n')}\n`);
console.log(`spec/openapi.yaml is version ${version}, kept as spec/released/${version}.yaml; acknowledged.txt is empty`);
