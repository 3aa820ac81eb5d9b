// Ruff (compiled to WebAssembly, @astral-sh/ruff-wasm-nodejs) over the
// package's Python: `check` lints and fails on any file the formatter would
// change; `format` writes the formatting. The settings are pyproject.toml's
// [tool.ruff] table, read with Python's tomllib (3.11+) so that they live
// where a native ruff would read them too.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';

const root = fileURLToPath(new URL('..', import.meta.url));
const mode = process.argv[2];
if (mode !== 'check' && mode !== 'format') {
  console.error('usage: node scripts/ruff.mjs check|format');
  process.exit(2);
}

// tomllib from Python 3.11; before it, the tomli that pip vendors.
const READ_TOML = `
import json, sys
try:
    import tomllib
except ImportError:
    from pip._vendor import tomli as tomllib
print(json.dumps(tomllib.load(open(sys.argv[1], "rb"))["tool"]["ruff"]))
`;
const settings = JSON.parse(execFileSync('python3', ['-c', READ_TOML, join(root, 'pyproject.toml')], { encoding: 'utf8' }));
// The wasm build takes the per-file ignores per call; apply them here instead.
const perFile = settings.lint?.['per-file-ignores'] ?? {};
delete settings.lint?.['per-file-ignores'];
const workspace = new Workspace(settings, PositionEncoding.Utf8);

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

// Applies the fixes of the diagnostics `wanted` selects (positions are 1-based
// rows and UTF-8 byte columns), last first so that earlier positions hold.
function applyFixes(source, wanted) {
  const bytes = Buffer.from(source, 'utf8');
  const lineStarts = [0];
  for (let i = 0; i < bytes.length; i += 1) if (bytes[i] === 0x0a) lineStarts.push(i + 1);
  const offset = ({ row, column }) => (row - 1 < lineStarts.length ? lineStarts[row - 1] : bytes.length) + column - 1;
  const edits = workspace
    .check(source)
    .filter((d) => d.code && wanted(d.code) && d.fix)
    .flatMap((d) => d.fix.edits)
    .map((e) => ({ start: offset(e.location), end: offset(e.end_location), content: e.content ?? '' }))
    .sort((a, b) => b.start - a.start);
  let out = bytes;
  for (const e of edits) out = Buffer.concat([out.subarray(0, e.start), Buffer.from(e.content, 'utf8'), out.subarray(e.end)]);
  return out.toString('utf8');
}

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
  const formatted = workspace.format(source);
  if (mode === 'format') {
    const sorted = applyFixes(formatted, (code) => code === 'I001');
    if (sorted !== formatted) {
      writeFileSync(path, workspace.format(sorted));
      console.log(`sorted imports and formatted ${file}`);
      continue;
    }
    if (formatted !== source) {
      writeFileSync(path, formatted);
      console.log(`formatted ${file}`);
    }
    continue;
  }
  if (formatted !== source) {
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
