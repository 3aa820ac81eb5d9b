// The API changes since the release, as release notes: breaking first, each
// with its operation and field. `npm run spec:changes` prints them; with
// `--changeset` it writes them as a changeset for @revoxai/sdk and
// @revoxai/types (major when anything breaks, else minor), so the notes that
// go with a spec change are never written by hand.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSpec } from '../lib/index.js';
import { changesMarkdown, specChanges } from '../lib/changes.js';

const at = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));
const changes = specChanges(loadSpec(at('../released/openapi.yaml')), loadSpec());
if (changes.length === 0) {
  console.log('The spec is the released one: no API changes.');
  process.exit(0);
}
const notes = changesMarkdown(changes);
if (!process.argv.includes('--changeset')) {
  console.log(notes);
  process.exit(0);
}
const bump = changes.some((c) => c.breaking) ? 'major' : 'minor';
const file = at(`../../.changeset/api-changes-${new Date().toISOString().slice(0, 10)}.md`);
writeFileSync(file, `---\n'@revoxai/sdk': ${bump}\n'@revoxai/types': ${bump}\n---\n\nAPI changes from spec/openapi.yaml:\n\n${notes}`);
console.log(`wrote ${file} (${bump})`);
