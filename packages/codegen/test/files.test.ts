// The drift check and the writer: what `npm test` and `npm run generate` do with generated files.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { staleFiles, writeFiles } from '../src/files.mjs';
import { generatedFiles } from '../src/index.mjs';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'revox-codegen-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('writes missing and changed files only, and then finds nothing stale', () => {
  const files = new Map<string, string>([
    ['a/one.ts', 'one\n'],
    ['b/two.ts', 'two\n'],
  ]);
  expect(staleFiles(files, [], root)).toEqual(['a/one.ts', 'b/two.ts']);
  expect(writeFiles(files, root)).toEqual(['a/one.ts', 'b/two.ts']);
  const written = statSync(join(root, 'a/one.ts')).mtimeMs;
  writeFileSync(join(root, 'b/two.ts'), 'edited by hand\n');
  expect(staleFiles(files, [], root)).toEqual(['b/two.ts']);
  expect(writeFiles(files, root)).toEqual(['b/two.ts']);
  expect(readFileSync(join(root, 'b/two.ts'), 'utf8')).toBe('two\n');
  expect(statSync(join(root, 'a/one.ts')).mtimeMs).toBe(written); // untouched: turbo's inputs keep their hash
  expect(staleFiles(files, [], root)).toEqual([]);
});

it('names a file left in a generated folder that no generator writes', () => {
  const files = new Map([['gen/kept.ts', 'kept\n']]);
  writeFiles(new Map([...files, ['gen/old/removed-operation.ts', 'old\n']]), root);
  expect(staleFiles(files, ['gen'], root)).toEqual(['gen/old/removed-operation.ts (no generator writes it: delete it)']);
});

it('every target writes inside the package it serves, each file once', async () => {
  const paths = [...(await generatedFiles()).keys()];
  expect(new Set(paths).size).toBe(paths.length);
  for (const path of paths) expect(path).toMatch(/^packages\/(types|sdk|ruby|python|docs)\//);
}, 60_000); // every target, Ruff's WebAssembly start-up included, on a machine busy with every other test
