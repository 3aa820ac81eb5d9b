// Checks a publishable package the way consumers will meet it: the files
// `npm pack` would ship, the credits of bundled code, publint (strict), and are-the-types-wrong across
// node10, node16 (CJS and ESM) and bundler resolution. Run from the package
// folder (its `test` script); exits non-zero on any problem.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

// 1. The tarball: metadata, built files and node10 stubs, nothing else.
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
);
const files = packed.files.map((f) => f.path).sort();
console.log(
  `${pkg.name}: npm pack would ship ${files.length} files (${(packed.size / 1024).toFixed(1)} kB packed):\n  ${files.join('\n  ')}`,
);
const allowed =
  /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/[\w.-]+\.(js|cjs|d\.ts|d\.cts|js\.map|cjs\.map)|[\w-]+\/package\.json)$/;
for (const file of files) if (!allowed.test(file)) problems.push(`unexpected file in the tarball: ${file}`);
for (const file of ['package.json', 'README.md', 'LICENSE']) if (!files.includes(file)) problems.push(`missing from the tarball: ${file}`);
/** @param {unknown} node @returns {string[]} the file paths an exports map points to */
const targetsOf = (node) => (typeof node === 'string' ? [node] : Object.values(node ?? {}).flatMap(targetsOf));
for (const target of [...targetsOf(pkg.exports), pkg.main, pkg.module, pkg.types].filter(Boolean).map((t) => t.replace(/^\.\//, ''))) {
  if (!files.includes(target)) problems.push(`exports/main/types point to ${target}, which is not in the tarball`);
}

// 2. Code of other packages that the build copied into dist (the source maps
// name it) must be credited in LICENSE: their licenses ask for their notices.
const bundled = new Set();
for (const map of files.filter((file) => file.endsWith('.map'))) {
  for (const source of JSON.parse(readFileSync(map, 'utf8')).sources) {
    const [scope, name] = source.split('node_modules/').at(-1)?.split('/') ?? [];
    if (source.includes('node_modules/')) bundled.add(scope?.startsWith('@') ? `${scope}/${name}` : scope);
  }
}
const license = files.includes('LICENSE') ? readFileSync('LICENSE', 'utf8') : '';
const credited = (/** @type {string} */ name) => license.split('\n').some((line) => line.startsWith(`- ${name} `));
for (const name of bundled)
  if (!credited(name)) problems.push(`dist bundles ${name}, which LICENSE does not credit ("- ${name} (...): Copyright ...")`);

// 3. publint, strict: suggestions count too.
const { messages, pkg: linted } = await publint({ pkgDir: '.', strict: true, level: 'suggestion' });
for (const message of messages) problems.push(`publint ${message.type}: ${formatMessage(message, linted)}`);

// 4. are-the-types-wrong on the packed tarball, all resolution modes.
const attw = fileURLToPath(new URL('../node_modules/.bin/attw', import.meta.url));
try {
  execFileSync(attw, ['--pack', '.', '--format', 'table-flipped'], { stdio: 'inherit' });
} catch {
  problems.push('are-the-types-wrong reported problems (table above)');
}

if (problems.length) {
  console.error(`\n${pkg.name}: ${problems.length} packaging problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${pkg.name}: tarball, publint and are-the-types-wrong all clean`);
