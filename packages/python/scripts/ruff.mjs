// Ruff (compiled to WebAssembly, @astral-sh/ruff-wasm-nodejs) over the
// package's Python: `check` lints and fails on any file the formatter would
// change; `format` writes the formatting. The settings are pyproject.toml's
// [tool.ruff] table, where a native ruff would read them too; the workspace
// and the formatting are the codegen's (packages/codegen/src/ruff.mjs), so
// the generated files are formatted exactly as `format` formats these.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Workspace } from '@astral-sh/ruff-wasm-nodejs';
import { formatWith, ruffWorkspace } from '@revoxai/codegen/ruff';

const root = fileURLToPath(new URL('..', import.meta.url));
const mode = process.argv[2];
if (mode !== 'check' && mode !== 'format') {
  console.error('usage: node scripts/ruff.mjs check|format');
  process.exit(2);
}

const { workspace, perFile } = ruffWorkspace(join(root, 'pyproject.toml'));

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === '__pycache__' || entry.name.endsWith('.egg-info') || entry.name === 'build' ? [] : files(path);
    return entry.name.endsWith('.py') ? [path] : [];
  });
const ignoredFor = (file) =>
  Object.entries(perFile)
    .filter(([pattern]) => new RegExp(`^${pattern.replace(/\*\*/g, '.*').replace(/(?<!\.)\*/g, '[^/]*')}$`).test(file))
    .flatMap(([, codes]) => codes);

let problems = 0;
const sources = ['src', 'tests', 'scripts', 'build_backend', '../bench/src'].flatMap((dir) => {
  try {
    return files(join(root, dir));
  } catch {
    return [];
  }
});
for (const path of sources) {
  const file = relative(root, path);
  const source = readFileSync(path, 'utf8');
  if (mode === 'format') {
    const formatted = formatWith(workspace, source);
    if (formatted !== source) {
      writeFileSync(path, formatted);
      console.log(`formatted ${file}`);
    }
    continue;
  }
  if (workspace.format(source) !== source) {
    console.log(`${file}: not formatted (npm run format -w @revoxai/python)`);
    problems += 1;
  }
  const ignored = ignoredFor(file);
  for (const d of workspace.check(source)) {
    if (d.code && ignored.some((code) => d.code.startsWith(code))) continue;
    console.log(`${file}:${d.start_location.row}:${d.start_location.column}: ${d.code ?? 'syntax'} ${d.message}`);
    problems += 1;
  }
}
if (mode === 'check') {
  console.log(
    problems ? `${problems} problem(s) in ${sources.length} files` : `ruff ${Workspace.version()}: ${sources.length} files clean`,
  );
  process.exit(problems ? 1 : 0);
}
