// Compiles the JSON schema of every request body in spec/openapi.yaml into
// standalone validation code (Ajv), for the opt-in `@revoxai/sdk/validate`
// entry. Output: src/generated/validators.js, keyed by "METHOD /path".
// Build output, not committed: it is regenerated whenever the spec changes.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import standalone from 'ajv/dist/standalone/index.js';
import { createAjv, loadSpec, operationsOf, schemaRef } from '@revoxai/spec';

const outDir = fileURLToPath(new URL('../src/generated/', import.meta.url));
// CommonJS default export seen from ESM.
const standaloneCode = /** @type {any} */ (standalone).default ?? standalone;

const doc = loadSpec();
const ajv = createAjv(doc, { code: { source: true, esm: true, optimize: true } });

/** @type {Record<string, string>} export name → schema key */
const exportsByName = {};
/** @type {Record<string, string>} "METHOD /path" → export name */
const routes = {};
for (const { method, path, operation } of operationsOf(doc)) {
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  if (!schema) continue;
  if (!schema.$ref) throw new Error(`${method} ${path}: request body schemas must be named components`);
  const name = `validate_${operation.operationId}`;
  ajv.addSchema({ $ref: schemaRef(schema.$ref) }, name);
  exportsByName[name] = name;
  routes[`${method} ${path}`] = name;
}

const header = `// GENERATED FILE. DO NOT EDIT. Source: spec/openapi.yaml, by scripts/generate-validators.mjs (Ajv standalone).\n// @ts-nocheck\n`;
const routeTable = `\n/** Request body validators keyed by "METHOD /path". */\nexport const requestValidators = {\n${Object.entries(routes)
  .map(([route, name]) => `  ${JSON.stringify(route)}: ${name},`)
  .join('\n')}\n};\n`;

await mkdir(outDir, { recursive: true });
await writeFile(new URL('validators.js', `file://${outDir}`), header + standaloneCode(ajv, exportsByName) + routeTable);
await writeFile(
  new URL('validators.d.ts', `file://${outDir}`),
  `// GENERATED FILE. DO NOT EDIT.
/** The parts of an Ajv error the SDK reads. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, any>;
  message?: string;
}
export interface Validator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
export declare const requestValidators: Record<string, Validator | undefined>;
`,
);
console.log(`wrote validators for ${Object.keys(routes).join(', ')}`);
