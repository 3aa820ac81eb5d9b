// @revoxai/sdk/validate: the JSON schema of every request body and every set
// of query parameters, compiled by Ajv into standalone validation code (no
// Ajv at run time), keyed by "METHOD /path".
import standalone from 'ajv/dist/standalone/index.js';
import { absoluteRefs, createAjv, schemaRef } from '@revoxai/spec';
import { banner } from '../banner.mjs';

// CommonJS default export seen from ESM.
const standaloneCode = /** @type {any} */ (standalone).default ?? standalone;
const DIR = 'packages/sdk/src/generated';

/** @param {{ doc: any, model: import('@revoxai/spec').Model }} input */
export function validatorFiles({ doc, model }) {
  const ajv = createAjv(doc, { code: { source: true, esm: true, optimize: true } });
  /** @type {Record<string, string>} export name → schema key */
  const exportsByName = {};
  /** @type {Record<string, string>} "METHOD /path" → export name */
  const bodies = {};
  /** @type {Record<string, string>} */
  const queries = {};
  for (const o of model.operations) {
    const route = `${o.method} ${o.path}`;
    if (o.body) {
      if (!o.body.component) throw new Error(`${route}: request body schemas must be named components`);
      const name = `validate_${o.id}`;
      ajv.addSchema({ $ref: schemaRef(`#/components/schemas/${o.body.component}`) }, name);
      exportsByName[name] = name;
      bodies[route] = name;
    }
    if (o.query.length) {
      // The query as the caller passes it: an object of the parameters' values.
      const object = {
        type: 'object',
        properties: Object.fromEntries(o.query.map((p) => [p.name, absoluteRefs(p.schema)])),
        required: o.query.filter((p) => p.required).map((p) => p.name),
      };
      const name = `validate_${o.id}_query`;
      ajv.addSchema(object, name);
      exportsByName[name] = name;
      queries[route] = name;
    }
  }
  const table = (/** @type {string} */ what, /** @type {string} */ name, /** @type {Record<string, string>} */ routes) =>
    `\n/** ${what} keyed by "METHOD /path". */\nexport const ${name} = {\n${Object.entries(routes)
      .map(([route, fn]) => `  ${JSON.stringify(route)}: ${fn},`)
      .join('\n')}\n};\n`;
  const code = `${banner('//', 'Ajv standalone')}// @ts-nocheck\n${standaloneCode(ajv, exportsByName)}${table('Request body validators', 'requestValidators', bodies)}${table('Query validators', 'queryValidators', queries)}`;
  const types = `${banner('//', 'the operation model')}
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
`;
  return new Map([
    [`${DIR}/validators.js`, code],
    [`${DIR}/validators.d.ts`, types],
  ]);
}
