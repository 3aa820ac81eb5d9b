// The spec as data: where it is, how to read it, and how to validate values
// against its schemas. Everything that checks JSON against the spec (spec
// tests, the SDK's generated validator, property tests) goes through here so
// that all of them apply the same rules.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

const addFormats = /** @type {any} */ (addFormatsModule).default ?? addFormatsModule;

/** Absolute path of spec/openapi.yaml. */
export const specPath = fileURLToPath(new URL('../openapi.yaml', import.meta.url));

/** The document id under which schemas are registered with Ajv. */
export const SPEC_ID = 'https://revox.spec/openapi.json';

/** The HTTP methods an OpenAPI path item can hold. */
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Methods that HTTP itself defines as idempotent (RFC 9110, section 9.2.2). */
const IDEMPOTENT_METHODS = new Set(['get', 'put', 'delete', 'options', 'head', 'trace']);

/**
 * Every operation of a document, in document order. `idempotent` says
 * whether sending the request twice has the same effect as sending it once:
 * the operation's `x-revox-idempotent` when set, else what HTTP says of its
 * method. The SDK's retry policy is generated from it.
 * @param {any} doc
 * @returns {{ method: string, path: string, operation: any, idempotent: boolean }[]}
 */
export function operationsOf(doc) {
  return Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => ({
      method: method.toUpperCase(),
      path,
      operation: item[method],
      idempotent: item[method]['x-revox-idempotent'] ?? IDEMPOTENT_METHODS.has(method),
    })),
  );
}

/**
 * Parses an OpenAPI YAML file (the real spec by default).
 * @param {string} [path]
 * @returns {any}
 */
export function loadSpec(path = specPath) {
  return parse(readFileSync(path, 'utf8'), { strict: true, uniqueKeys: true });
}

/**
 * Follows document-local `$ref`s until a concrete node.
 * @param {any} doc
 * @param {any} node
 * @returns {any}
 */
export function deref(doc, node) {
  let current = node;
  const seen = new Set();
  while (current && typeof current.$ref === 'string') {
    if (seen.has(current.$ref)) throw new Error(`Circular $ref ${current.$ref}`);
    seen.add(current.$ref);
    current = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .map((/** @type {string} */ part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((/** @type {any} */ at, /** @type {string} */ key) => at?.[key], doc);
  }
  return current;
}

/**
 * OpenAPI's `discriminator.mapping` is documentation for readers and code
 * generators; Ajv rejects it but derives the same mapping from each branch's
 * `const`. The spec tests check that the two agree, so dropping it is lossless.
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
 * A validator for any schema node of the document, inline or a `$ref`:
 * document-relative refs are made absolute so they resolve inside Ajv.
 * @param {import('ajv').default} ajv
 * @param {any} schema
 */
export function validatorFor(ajv, schema) {
  const absolute = JSON.parse(JSON.stringify(schema).replaceAll('"#/', `"${SPEC_ID}#/`));
  return ajv.compile(withoutDiscriminatorMappings(absolute));
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
