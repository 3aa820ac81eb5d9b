// Validating values against the spec's schemas. Everything that checks JSON
// against the spec (spec tests, the SDK's generated validator, property
// tests) goes through here, so that all of them apply the same rules.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { loadSpec } from './document.js';

const addFormats = /** @type {any} */ (addFormatsModule).default ?? addFormatsModule;

/** The document id under which schemas are registered with Ajv. */
export const SPEC_ID = 'https://revox.spec/openapi.json';

/**
 * A discriminated union as Ajv takes it. OpenAPI's `discriminator.mapping`
 * is documentation for readers and code generators; Ajv rejects it but
 * derives the same mapping from each branch's `const`. The spec tests check
 * that the two agree, so dropping it is lossless. Ajv's strict mode also
 * wants `type: object` beside a discriminator, which OpenAPI does not
 * require: a discriminator only applies to objects, so adding it is lossless too.
 * @param {any} node
 * @returns {any}
 */
export function withoutDiscriminatorMappings(node) {
  if (Array.isArray(node)) return node.map(withoutDiscriminatorMappings);
  if (node === null || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withoutDiscriminatorMappings(v)]));
  if (copy.discriminator && typeof copy.discriminator === 'object') {
    const { mapping: _mapping, ...rest } = copy.discriminator;
    copy.discriminator = rest;
    copy.type ??= 'object';
  }
  return copy;
}

/**
 * An Ajv instance (JSON Schema 2020-12, the dialect of OpenAPI 3.1) that
 * knows the spec's components and the OpenAPI-only schema keywords.
 * @param {any} [doc] a parsed OpenAPI document; the real spec by default
 * @param {import('ajv').Options} [options] extra Ajv options (for example `code: { source: true }`)
 */
export function createAjv(doc = loadSpec(), options = {}) {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    discriminator: true,
    ...options,
  });
  addFormats(ajv);
  // Annotation keywords OpenAPI adds to JSON Schema; they never affect validity.
  ajv.addVocabulary(['example', 'xml', 'externalDocs']);
  // The spec's own annotation: the documented values of an open string
  // (spec/rules/open-enum.md). Never a constraint, so other strings pass.
  ajv.addVocabulary(['x-revox-known-values']);
  // The document is registered as-is so that its `#/components/...` refs
  // resolve unchanged; `components` is only the container they point into.
  ajv.addKeyword('components');
  ajv.addSchema({ $id: SPEC_ID, components: withoutDiscriminatorMappings(doc.components ?? {}) });
  return ajv;
}

/**
 * The reference Ajv uses for a JSON pointer inside the document.
 * @param {string} pointer for example `#/components/schemas/Assistant`
 */
export function schemaRef(pointer) {
  return `${SPEC_ID}${pointer}`;
}

/**
 * A schema node of the document with its document-relative refs (`#/...`)
 * made absolute, so that it resolves inside an Ajv that holds the spec.
 * @param {any} schema
 */
export function absoluteRefs(schema) {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/', `"${SPEC_ID}#/`));
}

/**
 * A validator for any schema node of the document, inline or a `$ref`.
 * @param {import('ajv').default} ajv
 * @param {any} schema
 */
export function validatorFor(ajv, schema) {
  return ajv.compile(withoutDiscriminatorMappings(absoluteRefs(schema)));
}

/**
 * Readable problems from a failed validation, one per Ajv error.
 * @param {import('ajv').ErrorObject[] | null | undefined} errors
 */
export function formatErrors(errors) {
  return (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message}`);
}

/**
 * Validates `value` against the schema at `pointer` and returns readable
 * problems (empty when valid).
 * @param {import('ajv').default} ajv
 * @param {string} pointer
 * @param {unknown} value
 * @returns {string[]}
 */
export function problems(ajv, pointer, value) {
  const validate = ajv.getSchema(schemaRef(pointer));
  if (!validate) throw new Error(`No schema at ${pointer}`);
  return validate(value) ? [] : formatErrors(validate.errors);
}
