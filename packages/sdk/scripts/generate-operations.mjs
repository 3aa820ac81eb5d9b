// Writes src/generated/operations.ts: which operations of spec/openapi.yaml
// are idempotent, the fact that decides how the SDK retries them (see
// src/retry.ts). Build output, not committed, like the validators.
import { mkdir, writeFile } from 'node:fs/promises';
import { loadSpec, operationsOf } from '@revoxai/spec';

const operations = operationsOf(loadSpec());
/** "METHOD /path" with each path parameter matching one segment, regex-escaped. */
const pattern = (/** @type {{ method: string, path: string }} */ { method, path }) =>
  `${method} ${path}`.replace(/[.*+?^$|()[\]\\/]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
const idempotent = operations.filter((operation) => operation.idempotent).map(pattern);

await mkdir(new URL('../src/generated/', import.meta.url), { recursive: true });
await writeFile(
  new URL('../src/generated/operations.ts', import.meta.url),
  `// GENERATED FILE. DO NOT EDIT. Source: spec/openapi.yaml, by scripts/generate-operations.mjs.
/**
 * Matches "METHOD /path" (a path template or a concrete path) of every operation
 * that is idempotent: \`x-revox-idempotent\` where the spec sets it, else what
 * HTTP says of the method. ${idempotent.length} of ${operations.length} operations.
 */
export const IDEMPOTENT = /^(?:${idempotent.join('|') || '(?!)'})$/;
`,
);
console.log(`wrote the retry classes of ${operations.length} operations (${idempotent.length} idempotent)`);
