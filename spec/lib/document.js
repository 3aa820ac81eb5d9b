// Reading the spec: where it is, how to parse it, how to follow its `$ref`s.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Absolute path of spec/openapi.yaml. */
export const specPath = fileURLToPath(new URL('../openapi.yaml', import.meta.url));

/**
 * The bytes of an example given by `externalValue`, a path relative to the spec
 * (binary answers, such as the audio of a voice preview, cannot be written in YAML).
 * @param {string} externalValue
 */
export function externalExample(externalValue) {
  return readFileSync(new URL(externalValue, new URL('../', import.meta.url)));
}

/** The HTTP methods an OpenAPI path item can hold, in the order the model lists them. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

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
