// The API changes since the release, as release notes: breaking first, each
// with its operation and field. `npm run spec:changes` prints them; with
// `--changeset` it writes them as a changeset for @revoxai/sdk and
// @revoxai/types (major when anything breaks, else minor), so the notes that
// go with a spec change are never written by hand.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { changesMarkdown, latestRelease, loadSpec, releasedTogether, specChanges } from '../lib/index.js';

const at = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));
const release = latestRelease();
const changes = specChanges(loadSpec(release.path), loadSpec());
if (changes.length === 0) {
  console.log(`The spec is the one released as ${release.version}: no API changes.`);
  process.exit(0);
}
const notes = changesMarkdown(changes);
if (!process.argv.includes('--changeset')) {
  console.log(notes);
  process.exit(0);
}
const bump = changes.some((c) => c.breaking) ? 'major' : 'minor';
const changesets = at('../../.changeset');
const file = `${changesets}/api-changes-${new Date().toISOString().slice(0, 10)}.md`;
const packages = releasedTogether(changesets)
  .map((name) => `'${name}': ${bump}\n`)
  .join('');
writeFileSync(file, `---\n${packages}---\n\nAPI changes since ${release.version}, from spec/openapi.yaml:\n\n${notes}`);
console.log(`wrote ${file} (${bump})`);
