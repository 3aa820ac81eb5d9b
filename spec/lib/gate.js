// The breaking-change gate: the spec against the last released one (the
// newest spec/released/<version>.yaml). A change that breaks clients passes
// only when declared: by a pending major changeset for the packages released
// together (the `fixed` group of .changeset/config.json: both SDKs, the types
// and the spec), or by its line in spec/released/acknowledged.txt.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { specChanges } from './changes.js';

/** How a change is named in acknowledged.txt and in reports. @param {import('./changes.js').Change} c */
export const changeId = (c) => `${c.operation} ${c.where}: ${c.what}`;

/**
 * The packages released together, with one version: the `fixed` group of
 * the changesets config that holds @revoxai/sdk.
 * @param {string} changesetDir the .changeset folder
 * @returns {string[]}
 */
export function releasedTogether(changesetDir) {
  const { fixed = [] } = JSON.parse(readFileSync(join(changesetDir, 'config.json'), 'utf8'));
  const group = fixed.find((/** @type {string[]} */ names) => names.includes('@revoxai/sdk'));
  if (!group) throw new Error(`${changesetDir}/config.json: no fixed group holds @revoxai/sdk`);
  return group;
}

/**
 * Whether the pending changesets declare a major release of the packages released together.
 * @param {string} changesetDir the .changeset folder
 */
export function declaresMajor(changesetDir) {
  if (!existsSync(changesetDir)) return false;
  const names = new Set(releasedTogether(changesetDir));
  return readdirSync(changesetDir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .some((f) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(changesetDir, f), 'utf8'))?.[1] ?? '';
      return [...front.matchAll(/^["']?([^"':\s]+)["']?\s*:\s*major\s*$/gm)].some(([, name]) => names.has(/** @type {string} */ (name)));
    });
}

/**
 * The gate's verdict for two parsed specs.
 * @param {any} released @param {any} current
 * @param {{ major: boolean, acknowledged: string[] }} declared
 */
export function gate(released, current, declared) {
  const changes = specChanges(released, current);
  const breaking = changes.filter((c) => c.breaking);
  const undeclared = declared.major ? [] : breaking.filter((c) => !declared.acknowledged.includes(changeId(c)));
  return { changes, breaking, undeclared, pass: undeclared.length === 0 };
}
