// The code blocks of the READMEs, as a user copies them. A ```ts block is a
// whole ES module that imports and creates what it uses; words after the
// language say where it applies: `browser` (DOM types, not run in Node),
// `vitest` (a test file, run by vitest) and `no-run` (type-checked, not run:
// it needs something the test does not have, such as a proxy). Other
// languages are shown, not checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The READMEs whose TypeScript examples must compile and run as written. */
export const READMES = ['README.md', 'packages/sdk/README.md'];
const FLAGS = ['browser', 'vitest', 'no-run'];

/**
 * @typedef {{ readme: string, line: number, flags: string[], code: string, name: string }} Example
 * @param {string} readme repository-relative path
 * @returns {Example[]} its ```ts blocks, in order
 */
export function typescriptExamples(readme) {
  const lines = readFileSync(join(root, readme), 'utf8').split('\n');
  /** @type {Example[]} */
  const examples = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```ts(?:\s+(.*))?$/.exec(lines[i] ?? '');
    if (!open) continue;
    const end = lines.findIndex((line, j) => j > i && line === '```');
    if (end < 0) throw new Error(`${readme}:${i + 1}: a code block that never closes`);
    const flags = (open[1] ?? '').split(/\s+/).filter(Boolean);
    const unknown = flags.filter((f) => !FLAGS.includes(f));
    if (unknown.length) throw new Error(`${readme}:${i + 1}: unknown code block flags ${unknown.join(', ')} (${FLAGS.join(', ')})`);
    // vitest finds test files by their name.
    const name = `${readme.replace(/\W+/g, '-').replace(/-md$/, '')}-line-${i + 1}${flags.includes('vitest') ? '.test' : ''}`;
    examples.push({ readme, line: i + 1, flags, code: `${lines.slice(i + 1, end).join('\n')}\n`, name });
    i = end;
  }
  return examples;
}
