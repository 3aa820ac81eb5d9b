// fast-check arbitraries derived from the spec's JSON schemas, and the places
// in a generated value where a mutation makes it invalid in a known way.
import fc from 'fast-check';
import { deref } from '@revoxai/spec';

type Schema = Record<string, any>;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** The schema at `schema`, with `allOf` parts merged into one object schema (properties and required keys). */
function resolve(doc: unknown, schema: Schema): Schema {
  const node: Schema = deref(doc, schema);
  if (!node.allOf) return node;
  const parts: Schema[] = node.allOf.map((part: Schema) => resolve(doc, part));
  const { allOf: _allOf, ...rest } = node;
  return {
    ...rest,
    type: node.type ?? 'object',
    properties: Object.assign({}, ...parts.map((p) => p.properties), node.properties),
    required: [...new Set([...parts.flatMap((p) => p.required ?? []), ...(node.required ?? [])])],
  };
}

/** Values valid for `schema` (resolved against `doc`), covering every keyword the spec uses. */
export function arbitraryFor(doc: unknown, schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const node = resolve(doc, schema);
  if (node.const !== undefined) return fc.constant(node.const);
  if (node.enum) return fc.constantFrom(...node.enum);
  const branches: Schema[] = node.oneOf ?? node.anyOf;
  if (branches) return fc.oneof(...branches.map((branch) => arbitraryFor(doc, branch, depth)));
  const types: string[] = [node.type ?? ['string', 'number', 'boolean', 'null']].flat();
  return fc.oneof(...types.map((type) => byType(doc, node, type, depth)));
}

function byType(doc: unknown, node: Schema, type: string, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'string': {
      // 'binary' units include lone surrogates and every plane: the hardest strings JSON carries.
      const maxLength = Math.min(40, node.maxLength ?? 40);
      return fc.oneof(fc.string({ unit: 'grapheme', maxLength }), fc.string({ unit: 'binary', maxLength }));
    }
    case 'integer': {
      const min = node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : (node.minimum ?? -MAX_SAFE);
      const max = node.exclusiveMaximum !== undefined ? node.exclusiveMaximum - 1 : (node.maximum ?? MAX_SAFE);
      return fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number);
    }
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: node.minimum, max: node.maximum });
    case 'array':
      return fc.array(arbitraryFor(doc, node.items ?? {}, depth + 1), { maxLength: depth > 1 ? 2 : 4 });
    case 'object': {
      const properties: Record<string, Schema> = node.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, arbitraryFor(doc, child, depth + 1)]));
      return fc.record(model, { requiredKeys: node.required ?? [] });
    }
    default:
      throw new Error(`no arbitrary for type ${type}`);
  }
}

/** A value inside a generated body, with the schema that governs it. */
export interface Site {
  path: (string | number)[];
  schema: Schema;
  value: unknown;
}

/** Every place in `value` (valid for `schema`), depth first. */
export function sitesOf(doc: unknown, schema: Schema, value: unknown, path: (string | number)[] = []): Site[] {
  const node = resolve(doc, schema);
  const sites: Site[] = [{ path, schema: node, value }];
  const concrete = branchFor(doc, node, value);
  if (Array.isArray(value) && concrete.items) {
    value.forEach((item, i) => {
      sites.push(...sitesOf(doc, concrete.items, item, [...path, i]));
    });
  } else if (value && typeof value === 'object' && concrete.properties) {
    for (const [key, child] of Object.entries(value)) {
      if (concrete.properties[key]) sites.push(...sitesOf(doc, concrete.properties[key], child, [...path, key]));
    }
  }
  return sites;
}

/** The oneOf branch a value takes: by discriminator, else the non-null one. */
export function branchFor(doc: unknown, node: Schema, value: unknown): Schema {
  const branches: Schema[] | undefined = node.oneOf ?? node.anyOf;
  if (!branches) return node;
  const resolved = branches.map((b) => deref(doc, b));
  const tag = node.discriminator?.propertyName;
  if (tag && value && typeof value === 'object') {
    return resolved.find((b) => b.properties?.[tag]?.const === (value as Record<string, unknown>)[tag]) ?? node;
  }
  return resolved.find((b) => b.type !== 'null') ?? node;
}

/** JSON types a node accepts, through its oneOf branches. */
function acceptedTypes(doc: unknown, node: Schema): Set<string> {
  const types = new Set<string>([node.type ?? []].flat());
  for (const branch of node.oneOf ?? node.anyOf ?? []) for (const t of acceptedTypes(doc, deref(doc, branch))) types.add(t);
  if (types.has('number')) types.add('integer');
  return types;
}

/** Values of each JSON type, to plant where that type is not allowed. */
const WRONG_VALUES: [string, unknown][] = [
  ['string', 'not-a-valid-value'],
  ['integer', 7],
  ['number', 1.5],
  ['boolean', true],
  ['object', { unexpected: 1 }],
  ['array', []],
  ['null', null],
];

/** A value of a JSON type the site does not accept; undefined when it accepts them all. */
export function wrongTypeFor(doc: unknown, site: Site): unknown {
  const allowed = acceptedTypes(doc, site.schema);
  const found = WRONG_VALUES.find(([type]) => !allowed.has(type));
  return found ? found[1] : undefined;
}

/** Sets `value` at `path` inside a deep copy of `root`. */
export function withValueAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

/** Removes the key at `path` inside a deep copy of `root`. */
export function withoutKeyAt(root: unknown, path: (string | number)[]): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  delete at[path.at(-1)!];
  return copy;
}

/** How the SDK validator names a place: `voice.provider`, `faq_items.0.answer`, or `body`. */
export function fieldName(path: (string | number)[]): string {
  return path.length ? path.join('.') : 'body';
}
