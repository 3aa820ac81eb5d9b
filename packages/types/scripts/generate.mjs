// Generates src/generated/openapi.ts from spec/openapi.yaml with
// openapi-typescript. With --check it writes nothing and fails when the
// committed file differs from a fresh generation (the drift check).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { specPath } from '@revoxai/spec';

const target = fileURLToPath(new URL('../src/generated/openapi.ts', import.meta.url));

const HEADER = `/**
 * GENERATED FILE. DO NOT EDIT.
 * Source: spec/openapi.yaml, by openapi-typescript (packages/types/scripts/generate.mjs).
 * Change the spec, then run \`npm run generate -w @revoxai/types\`.
 */

`;

export async function generate() {
  const ast = await openapiTS(pathToFileURL(specPath), {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    // Every output stays reproducible across machines: no timestamps, no paths.
    silent: true,
    // Binary bodies (the audio of POST /voices/preview) arrive as bytes, and
    // openapi-fetch hands them over as a Blob with `parseAs: 'blob'`.
    transform: (schema) => (schema.format === 'binary' ? ts.factory.createTypeReferenceNode('Blob') : undefined),
  });
  return HEADER + astToString(ast);
}

const fresh = await generate();
if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== fresh) {
    console.error(
      `${target} is out of date with spec/openapi.yaml.\n` + 'Run `npm run generate -w @revoxai/types` and commit the result.',
    );
    process.exit(1);
  }
  console.log('generated types match spec/openapi.yaml');
} else {
  await writeFile(target, fresh);
  console.log(`wrote ${target}`);
}
