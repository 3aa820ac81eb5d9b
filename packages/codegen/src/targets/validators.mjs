// @revoxai/sdk/validate: the JSON schema of every request body and every set
// of query parameters, compiled by Ajv into standalone validation code (no
// Ajv at run time), keyed by "METHOD /path".
import standalone from 'ajv/dist/standalone/index.js';
import { absoluteRefs, createAjv, schemaRef } from '@revoxai/spec';
import { banner } from '../banner.mjs';

// CommonJS default export seen from ESM.
const standaloneCode = /** @type {any} */ (standalone).default ?? standalone;
const DIR = 'packages/sdk/src/generated';

/** @param {{ doc: any, plan: import('../plan/index.mjs').Plan }} input */
export function validatorFiles({ doc, plan }) {
  const ajv = createAjv(doc, { code: { source: true, esm: true, optimize: true } });
  /** @type {Record<string, string>} export name → schema key */
  const exportsByName = {};
  /** @type {Record<string, string>} "METHOD /path" → export name */
  const bodies = {};
  /** @type {Record<string, string>} */
  const queries = {};
  const add = (
    /** @type {string} */ name,
    /** @type {any} */ schema,
    /** @type {Record<string, string>} */ routes,
    /** @type {string} */ route,
  ) => {
    ajv.addSchema(schema, name);
    exportsByName[name] = name;
    routes[route] = name;
  };
  for (const o of plan.operations) {
    const route = `${o.http.method} ${o.http.path}`;
    const fields = o.params.filter((p) => p.in === 'body');
    if (o.body?.encoding === 'json') {
      // The API takes fields this spec does not describe yet, so the schemas allow them; a caller who asks for
      // validation wants a misspelt one (`nmae`) named, so the body as a whole allows no other top-level field.
      add(
        `validate_${o.id}`,
        { type: 'object', $ref: schemaRef(`#/components/schemas/${o.body.component}`), unevaluatedProperties: false },
        bodies,
        route,
      );
    } else if (o.body) {
      // A form: its text fields as the schema says; a file part is whatever the caller hands over (a Blob, bytes).
      const form = {
        type: 'object',
        properties: Object.fromEntries(fields.map((p) => [p.wire, p.file ? {} : absoluteRefs(p.schema)])),
        required: fields.filter((p) => p.required).map((p) => p.wire),
        additionalProperties: false,
      };
      add(`validate_${o.id}`, form, bodies, route);
    }
    const query = o.params.filter((p) => p.in === 'query');
    if (query.length) {
      // The query as the caller passes it: an object of the parameters' values.
      const object = {
        type: 'object',
        properties: Object.fromEntries(query.map((p) => [p.wire, absoluteRefs(p.schema)])),
        required: query.filter((p) => p.required).map((p) => p.wire),
      };
      add(`validate_${o.id}_query`, object, queries, route);
    }
  }
  const table = (/** @type {string} */ what, /** @type {string} */ name, /** @type {Record<string, string>} */ routes) =>
    `\n/** ${what} keyed by "METHOD /path". */\nexport const ${name} = {\n${Object.entries(routes)
      .map(([route, fn]) => `  ${JSON.stringify(route)}: ${fn},`)
      .join('\n')}\n};\n`;
  const code = `${banner('//', 'Ajv standalone')}// @ts-nocheck\n${standaloneCode(ajv, exportsByName)}${table('Request body validators', 'requestValidators', bodies)}${table('Query validators', 'queryValidators', queries)}`;
  const types = `${banner('//', 'the SDK plan')}
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
  return new Map([[`${DIR}/validators.js`, code], [`${DIR}/validators.d.ts`, types], ...answerValidatorFiles(doc, plan)]);
}

/**
 * The schema of each operation's JSON answer, for @revoxai/sdk/testing,
 * which checks what a test's handler answers, so that tests cannot drift
 * from the API. Apart from the request validators: only the testing module
 * pays for them.
 * @param {any} doc @param {import('../plan/index.mjs').Plan} plan
 * @returns {[string, string][]}
 */
function answerValidatorFiles(doc, plan) {
  const ajv = createAjv(doc, { code: { source: true, esm: true, optimize: true } });
  /** @type {Record<string, string>} */
  const exportsByName = {};
  const answers = plan.operations.filter((o) => o.answer.kind === 'json');
  for (const o of answers) {
    ajv.addSchema(absoluteRefs(o.answer.schema), `answer_${o.id}`);
    exportsByName[`answer_${o.id}`] = `answer_${o.id}`;
  }
  const code = `${banner('//', 'Ajv standalone')}// @ts-nocheck\n${standaloneCode(ajv, exportsByName)}\n/** The validator of each operation's JSON answer, by operationId. */\nexport const answerValidators = {\n${answers
    .map((o) => `  ${o.id}: answer_${o.id},`)
    .join('\n')}\n};\n`;
  const types = `${banner('//', 'the SDK plan')}import type { Validator } from './validators.js';\n\nexport declare const answerValidators: Record<string, Validator | undefined>;\n`;
  return [
    [`${DIR}/answer-validators.js`, code],
    [`${DIR}/answer-validators.d.ts`, types],
  ];
}
