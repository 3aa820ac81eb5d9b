// Writes the generated part of the Python package for packages/codegen's
// constructs fixture (the constructs the API is likely to adopt next) into
// the folder given, as the files of `src/revox/` it would replace; the tests
// put them beside a copy of the hand-written runtime (test_constructs.py).
// Run with `node --import tsx`: the fixture is TypeScript.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inputOf, pythonFiles } from '@revoxai/codegen';
import { constructsSpec } from '../../../codegen/test/fixtures/constructs.ts';

const [out] = process.argv.slice(2);
if (!out) throw new Error('usage: node --import tsx constructs.mjs FOLDER');
for (const [path, content] of pythonFiles(inputOf(constructsSpec()))) {
  const file = join(out, path.replace(/^packages\/python\/src\/revox\//, ''));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}
