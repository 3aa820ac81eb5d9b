// Compiles the JSON schema of every request body and every set of query
// parameters in spec/openapi.yaml into standalone validation code (Ajv), for
// the opt-in `@revoxai/sdk/validate` entry. Output: src/generated/validators.js,
// keyed by "METHOD /path".
// Build output, not committed: it is regenerated whenever the spec changes.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import standalone from 'ajv/dist/standalone/index.js';
import { SPEC_ID, createAjv, deref, loadSpec, operationsOf, schemaRef } from '@revoxai/spec';

const outDir = fileURLToPath(new URL('../src/generated/', import.meta.url));
// CommonJS default export seen from ESM.
const standaloneCode = /** @type {any} */ (standalone).default ?? standalone;

const doc = loadSpec();
const ajv = createAjv(doc, { code: { source: true, esm: true, optimize: true } });

/** @type {Record<string, string>} export name → schema key */
const exportsByName = {};
/** @type {Record<string, string>} "METHOD /path" → export name of the body validator */
const routes = {};
/** @type {Record<string, string>} "METHOD /path" → export name of the query validator */
const queryRoutes = {};
for (const { method, path, operation } of operationsOf(doc)) {
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  if (schema) {
    if (!schema.$ref) throw new Error(`${method} ${path}: request body schemas must be named components`);
    const name = `validate_${operation.operationId}`;
    ajv.addSchema({ $ref: schemaRef(schema.$ref) }, name);
    exportsByName[name] = name;
    routes[`${method} ${path}`] = name;
  }
  /** @type {any[]} */
  const query = [...(doc.paths[path].parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(doc, p)).filter((p) => p.in === 'query');
  if (query.length) {
    // The query as the caller passes it: an object of the parameters' values.
    const object = {
      type: 'object',
      properties: Object.fromEntries(query.map((p) => [p.name, JSON.parse(JSON.stringify(p.schema).replaceAll('"#/', `"${SPEC_ID}#/`))])),
      required: query.filter((p) => p.required).map((p) => p.name),
    };
    const name = `validate_${operation.operationId}_query`;
    ajv.addSchema(object, name);
    exportsByName[name] = name;
    queryRoutes[`${method} ${path}`] = name;
  }
}

const header = `// GENERATED FILE. DO NOT EDIT. Source: spec/openapi.yaml, by scripts/generate-validators.mjs (Ajv standalone).\n// @ts-nocheck\n`;
/** @param {string} doc @param {string} name @param {Record<string, string>} table */
const tableOf = (doc, name, table) =>
  `\n/** ${doc} keyed by "METHOD /path". */\nexport const ${name} = {\n${Object.entries(table)
    .map(([route, fn]) => `  ${JSON.stringify(route)}: ${fn},`)
    .join('\n')}\n};\n`;
const routeTable = tableOf('Request body validators', 'requestValidators', routes) + tableOf('Query validators', 'queryValidators', queryRoutes);

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
export declare const queryValidators: Record<string, Validator | undefined>;
`,
);
console.log(`wrote validators for the bodies of ${Object.keys(routes).join(', ')} and the queries of ${Object.keys(queryRoutes).join(', ')}`);
