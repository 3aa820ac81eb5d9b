// The spec as it was at each release: spec/released/<version>.yaml, written
// by the release step (scripts/release-baseline.mjs). Files rather than git
// tags, so that every clone, CI's shallow ones too, holds the baseline the
// breaking-change gate compares with and the history the reference's
// Changes section is made from.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { specChanges } from './changes.js';
import { loadSpec } from './document.js';

export const releasedDir = fileURLToPath(new URL('../released/', import.meta.url));

/** The breaking changes declared harmless since the last release, one per line (see spec/BREAKING.md). */
export const acknowledgedFile = `${releasedDir}acknowledged.txt`;

const VERSION_FILE = /^(\d+)\.(\d+)\.(\d+)\.yaml$/;

/**
 * Every release, oldest first.
 * @param {string} [dir] the folder of released specs
 * @returns {{ version: string, path: string }[]}
 */
export function releases(dir = releasedDir) {
  const files = existsSync(dir) ? readdirSync(dir) : [];
  return files
    .map((file) => VERSION_FILE.exec(file))
    .filter((m) => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]) || Number(a[3]) - Number(b[3]))
    .map((m) => ({ version: `${m[1]}.${m[2]}.${m[3]}`, path: join(dir, m[0]) }));
}

/** The last release: what clients in the field were built from. @param {string} [dir] */
export function latestRelease(dir = releasedDir) {
  const last = releases(dir).at(-1);
  if (!last) throw new Error(`no released spec in ${dir}: the release step writes one per version`);
  return last;
}

/**
 * What each release changed since the one before, newest first, led by the
 * changes not released yet when the spec has any.
 * @param {any} [current] the spec as it is now
 * @param {string} [dir] the folder of released specs
 * @returns {{ version: string | null, since: string | null, changes: import('./changes.js').Change[] }[]}
 */
export function releaseHistory(current = loadSpec(), dir = releasedDir) {
  const released = releases(dir).map(({ version, path }) => ({ version, doc: loadSpec(path) }));
  /** @type {{ version: string | null, since: string | null, changes: import('./changes.js').Change[] }[]} */
  const history = released.map(({ version, doc }, i) => ({
    version,
    since: i === 0 ? null : released[i - 1].version,
    changes: i === 0 ? [] : specChanges(released[i - 1].doc, doc),
  }));
  const last = released.at(-1);
  const pending = last ? specChanges(last.doc, current) : [];
  if (pending.length) history.push({ version: null, since: last?.version ?? null, changes: pending });
  return history.reverse();
}
