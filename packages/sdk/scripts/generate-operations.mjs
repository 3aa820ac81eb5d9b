// Writes src/generated/operations.ts: every operation of spec/openapi.yaml
// that is idempotent, the fact that decides how the SDK retries it (see
// src/retry.ts). Build output, not committed, like the validators. The
// benchmarks import `operationsSource` to build the SDK for synthetic specs.
import { mkdir, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { loadSpec, operationsOf } from '@revoxai/spec';

/** "METHOD /path" with each path parameter matching one segment, regex-escaped. */
const pattern = (/** @type {{ method: string, path: string }} */ { method, path }) =>
  `${method} ${path}`.replace(/[.*+?^$|()[\]\\/]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');

/** The module's source for a parsed OpenAPI document. @param {any} doc */
export function operationsSource(doc) {
  const operations = operationsOf(doc);
  const idempotent = operations.filter((operation) => operation.idempotent).map(pattern);
  return `// GENERATED FILE. DO NOT EDIT. Source: spec/openapi.yaml, by scripts/generate-operations.mjs.
/**
 * Matches "METHOD /path" (a path template or a concrete path) of every operation
 * that is idempotent: \`x-revox-idempotent\` where the spec sets it, else what
 * HTTP says of the method. ${idempotent.length} of ${operations.length} operations.
 */
export const IDEMPOTENT = /^(?:${idempotent.join('|') || '(?!)'})$/;
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await mkdir(new URL('../src/generated/', import.meta.url), { recursive: true });
  await writeFile(new URL('../src/generated/operations.ts', import.meta.url), operationsSource(loadSpec()));
  console.log(`wrote the retry classes of ${operationsOf(loadSpec()).length} operations`);
}
