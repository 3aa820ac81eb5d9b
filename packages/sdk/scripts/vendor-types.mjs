// Copies the declarations of @revoxai/types into dist after the build, and
// points our declarations at the copy, so that @revoxai/sdk type-checks in a
// project that does not have @revoxai/types (it has no dependencies:
// docs/architecture.md, "Packages are dual ESM/CJS"). The copy stays a module
// of its own, `dist/revoxai-types.d.ts` (and `.d.cts`), rather than being
// inlined into our chunks: inlined, `Types.AssistantUpdateParams` becomes a
// bare name, which inside `namespace Revox` is the namespace's own alias.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = '@revoxai/types';
const COPY = 'revoxai-types';
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const manifest = createRequire(import.meta.url).resolve(`${NAME}/package.json`);
const { exports, version } = JSON.parse(readFileSync(manifest, 'utf8'));
const specifier = new RegExp(`(from |import\\()'${NAME.replace('/', '\\/')}'`, 'g');

for (const [condition, extension] of /** @type {const} */ ([
  ['import', 'd.ts'],
  ['require', 'd.cts'],
])) {
  const source = readFileSync(join(dirname(manifest), exports['.'][condition].types), 'utf8');
  // A copy that imported anything else would need that too: refuse it.
  if (/^\s*(import|export)\b[^;]*\bfrom\s/m.test(source) || /\bimport\(/.test(source))
    throw new Error(`${NAME}'s ${extension} imports another module: it cannot be copied alone`);
  writeFileSync(
    join(dist, `${COPY}.${extension}`),
    `// ${NAME} ${version}, copied by scripts/vendor-types.mjs: @revoxai/sdk has no dependencies.\n${source}`,
  );

  let rewritten = 0;
  for (const file of readdirSync(dist).filter((f) => f.endsWith(`.${extension}`) && !f.startsWith(COPY))) {
    const text = readFileSync(join(dist, file), 'utf8');
    const next = text.replace(specifier, (_, lead) => `${lead}'./${COPY}.${extension === 'd.ts' ? 'js' : 'cjs'}'`);
    if (next !== text) {
      writeFileSync(join(dist, file), next);
      rewritten++;
    }
    if (next.includes(`'${NAME}'`) || next.includes(`"${NAME}"`)) throw new Error(`dist/${file} still names ${NAME}`);
  }
  if (rewritten === 0) throw new Error(`no dist/*.${extension} imported ${NAME}: is this script still needed?`);
  console.log(`wrote dist/${COPY}.${extension} (${NAME} ${version}) and pointed ${rewritten} declaration files at it`);
}
