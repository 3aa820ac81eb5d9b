// How the typed targets read one schema node of the spec (the RBS of the
// Ruby gem, the annotations of the Python package): which kind of value it
// allows, in the order the kinds are tried. Each target walks the schemas
// with it and spells each kind in its language; what a construct means
// (an enum, a partly known value, a union, a merged object, a file) is
// read here, once.
import { deref } from '@revoxai/spec';

/**
 * @typedef {(
 *   | { kind: 'literals', values: unknown[] }
 *   | { kind: 'open', values: unknown[], nullable: boolean }
 *   | { kind: 'variants', variants: any[] }
 *   | { kind: 'merged' }
 *   | { kind: 'file' }
 *   | { kind: 'any' }
 *   | { kind: 'typed', types: string[] }
 * ) & { schema: any, component: string | undefined }} SchemaNode
 *
 * - `literals`: a `const` or an `enum` (a `null` among the values is one of them);
 * - `open`: partly known values (`x-revox-known-values`, spec/rules/open-enum.md):
 *   the known ones named for the reader, any other string still taken;
 * - `variants`: `oneOf` or `anyOf`, each variant a schema;
 * - `merged`: `allOf`, one object of every part's fields (plan.bodyFields lists them);
 * - `file`: a file's bytes (`type: string, format: binary`);
 * - `any`: no type said;
 * - `typed`: JSON types (`string`, `number`, `integer`, `boolean`, `null`,
 *   `array` of `schema.items`, `object` of `schema.properties` and
 *   `schema.additionalProperties`), one or several.
 * `component` names the schema when the node is a `$ref` to one.
 */

/** @param {any} doc @param {any} raw @returns {SchemaNode} */
export function schemaNode(doc, raw) {
  const schema = deref(doc, raw) ?? {};
  const ref = typeof raw?.$ref === 'string' ? /^#\/components\/schemas\/([^/]+)$/.exec(raw.$ref) : null;
  const component = ref ? ref[1] : undefined;
  const types = /** @type {string[]} */ ([schema.type ?? []].flat());
  if ('const' in schema) return { kind: 'literals', values: [schema.const], schema, component };
  if (Array.isArray(schema.enum)) return { kind: 'literals', values: schema.enum, schema, component };
  const known = schema['x-revox-known-values'];
  if (Array.isArray(known)) return { kind: 'open', values: known, nullable: types.includes('null'), schema, component };
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return { kind: 'variants', variants, schema, component };
  if (schema.allOf) return { kind: 'merged', schema, component };
  if (schema.type === 'string' && schema.format === 'binary') return { kind: 'file', schema, component };
  if (!types.length) return { kind: 'any', schema, component };
  return { kind: 'typed', types, schema, component };
}
