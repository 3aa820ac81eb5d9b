// The breaking-change gate: the spec against the last released one
// (spec/released/openapi.yaml). A change that breaks clients passes only when
// declared: by a pending major changeset for @revoxai/sdk or @revoxai/types,
// or by its line in spec/released/acknowledged.txt.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { specChanges } from './changes.js';

/** How a change is named in acknowledged.txt and in reports. @param {import('./changes.js').Change} c */
export const changeId = (c) => `${c.operation} ${c.where}: ${c.what}`;

/**
 * Whether the pending changesets declare a major release of the SDK or the types.
 * @param {string} changesetDir the .changeset folder
 */
export function declaresMajor(changesetDir) {
  if (!existsSync(changesetDir)) return false;
  return readdirSync(changesetDir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .some((f) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(changesetDir, f), 'utf8'))?.[1] ?? '';
      return /^["']?@revoxai\/(sdk|types)["']?\s*:\s*major\s*$/m.test(front);
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
