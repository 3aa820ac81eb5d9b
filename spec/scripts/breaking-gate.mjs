// `npm test` (spec workspace): compares spec/openapi.yaml with the released
// spec and fails on a breaking change that nobody declared. See spec/BREAKING.md.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { acknowledgedFile, latestRelease, loadSpec } from '../lib/index.js';
import { changeId, declaresMajor, gate } from '../lib/gate.js';

const at = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));
const acknowledged = existsSync(acknowledgedFile)
  ? readFileSync(acknowledgedFile, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
  : [];
const release = latestRelease();
const result = gate(loadSpec(release.path), loadSpec(), { major: declaresMajor(at('../../.changeset')), acknowledged });

const list = (/** @type {import('../lib/changes.js').Change[]} */ changes) =>
  changes.map((c) => `  - ${changeId(c)}\n      why it matters: ${c.why}`).join('\n');
const other = result.changes.filter((c) => !c.breaking);
console.log(
  result.changes.length === 0
    ? `breaking-change gate: the spec is the one released as ${release.version}`
    : `breaking-change gate: ${result.breaking.length} breaking and ${other.length} other change(s) since ${release.version}`,
);
if (other.length) console.log(`Non-breaking:\n${list(other)}`);
if (result.breaking.length && result.pass) console.log(`Breaking, and declared:\n${list(result.breaking)}`);
if (!result.pass) {
  console.error(`\nBreaking for clients, not declared:\n${list(result.undeclared)}

Clients pinned to the released SDK would break. Either back the change out,
or declare it: a major changeset for the packages released together
(\`npm run spec:changes -- --changeset\` writes one), or the change's line, exactly as above
after "- ", in spec/released/acknowledged.txt. See spec/BREAKING.md.`);
  process.exit(1);
}
