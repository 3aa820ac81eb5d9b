// Writes src/generated/operations.ts: every operation of spec/openapi.yaml
// with whether it is idempotent, which decides how the SDK retries it (see
// src/retry.ts). Build output, not committed, like the validators.
import { mkdir, writeFile } from 'node:fs/promises';
import { loadSpec, operationsOf } from '@revoxai/spec';

const operations = operationsOf(loadSpec()).map(({ method, path, idempotent }) => [method, path, idempotent]);

await mkdir(new URL('../src/generated/', import.meta.url), { recursive: true });
await writeFile(
  new URL('../src/generated/operations.ts', import.meta.url),
  `// GENERATED FILE. DO NOT EDIT. Source: spec/openapi.yaml, by scripts/generate-operations.mjs.
/** [method, path template, idempotent]: \`x-revox-idempotent\` where the spec sets it, else what HTTP says of the method. */
export const OPERATIONS: readonly (readonly [method: string, path: string, idempotent: boolean])[] = ${JSON.stringify(operations)};
`,
);
console.log(`wrote the retry classes of ${operations.length} operations`);
