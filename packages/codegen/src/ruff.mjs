// Ruff (its WebAssembly build, @astral-sh/ruff-wasm-nodejs) with the Python
// package's own settings, the [tool.ruff] table of packages/python/pyproject.toml:
// the Python target formats what it writes with it, so generated files read
// like the hand-written ones and pass the package's lint unchanged, and the
// package's `npm run lint` / `npm run format` (packages/python/scripts/ruff.mjs)
// use the same workspace.
import { execFileSync } from 'node:child_process';
import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';
import { ROOT } from './files.mjs';

/** The Python package's pyproject.toml, where its Ruff settings live (a native ruff reads them there too). */
export const PYPROJECT = `${ROOT}packages/python/pyproject.toml`;

// tomllib from Python 3.11; before it, the tomli that pip vendors.
const READ_TOML = `
import json, sys
try:
    import tomllib
except ImportError:
    from pip._vendor import tomli as tomllib
print(json.dumps(tomllib.load(open(sys.argv[1], "rb"))["tool"]["ruff"]))
`;

/**
 * A Ruff workspace with a pyproject.toml's settings, and its per-file
 * ignores apart (the wasm build takes them per call, not in its settings).
 * @param {string} [pyproject]
 * @returns {{ workspace: Workspace, perFile: Record<string, string[]> }}
 */
export function ruffWorkspace(pyproject = PYPROJECT) {
  const settings = JSON.parse(execFileSync('python3', ['-c', READ_TOML, pyproject], { encoding: 'utf8' }));
  const perFile = settings.lint?.['per-file-ignores'] ?? {};
  delete settings.lint?.['per-file-ignores'];
  return { workspace: new Workspace(settings, PositionEncoding.Utf8), perFile };
}

/**
 * The source with the fixes of the diagnostics `wanted` selects applied
 * (positions are 1-based rows and UTF-8 byte columns), last first so that
 * earlier positions hold.
 * @param {Workspace} workspace @param {string} source @param {(code: string) => boolean} wanted
 */
export function applyFixes(workspace, source, wanted) {
  const bytes = Buffer.from(source, 'utf8');
  const lineStarts = [0];
  for (let i = 0; i < bytes.length; i += 1) if (bytes[i] === 0x0a) lineStarts.push(i + 1);
  const offset = (/** @type {{ row: number, column: number }} */ { row, column }) =>
    (row - 1 < lineStarts.length ? /** @type {number} */ (lineStarts[row - 1]) : bytes.length) + column - 1;
  const edits = /** @type {any[]} */ (workspace.check(source))
    .filter((d) => d.code && wanted(d.code) && d.fix)
    .flatMap((d) => d.fix.edits)
    .map((e) => ({ start: offset(e.location), end: offset(e.end_location), content: e.content ?? '' }))
    .sort((a, b) => b.start - a.start);
  let out = bytes;
  for (const e of edits) out = Buffer.concat([out.subarray(0, e.start), Buffer.from(e.content, 'utf8'), out.subarray(e.end)]);
  return out.toString('utf8');
}

/**
 * What `npm run format -w @revoxai/python` makes of a file: Ruff's
 * formatting, its imports sorted (isort, I001), formatted again.
 * @param {Workspace} workspace @param {string} source
 */
export function formatWith(workspace, source) {
  const formatted = workspace.format(source);
  const sorted = applyFixes(workspace, formatted, (code) => code === 'I001');
  return sorted === formatted ? formatted : workspace.format(sorted);
}

/** @type {Workspace | undefined} */
let shared;

/** A Python source formatted as the package formats its own. @param {string} source */
export function formatPython(source) {
  shared ??= ruffWorkspace().workspace;
  return formatWith(shared, source);
}
