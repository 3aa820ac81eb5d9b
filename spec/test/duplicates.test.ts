// One concept, one schema: no two object schemas of components/schemas may
// have the same structure. The official SDK repeats the Assistant under a
// differently named response type per operation; sharing through $ref keeps
// one source for each shape, so a change cannot reach only half its copies.
// Scalar components (a named string, number or enum) are exempt: two
// concepts can both be plain strings without being one concept.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../lib/index.js';

const PROSE = new Set(['title', 'description', 'example', 'examples']);

/** The schema without the words that explain it: what remains is its structure. */
function structure(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(structure);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !PROSE.has(key))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => [key, structure(value)]),
  );
}

const isObjectSchema = (schema: any) => schema.type === 'object' || 'properties' in schema || 'allOf' in schema;

/** Groups of component names whose object schemas have the same structure. */
function duplicateSchemas(doc: any): string[][] {
  const byStructure = new Map<string, string[]>();
  for (const [name, schema] of Object.entries<any>(doc.components?.schemas ?? {})) {
    if (!isObjectSchema(schema)) continue;
    const key = JSON.stringify(structure(schema));
    byStructure.set(key, [...(byStructure.get(key) ?? []), name]);
  }
  return [...byStructure.values()].filter((names) => names.length > 1);
}

describe('component schemas', () => {
  const spec = loadSpec();

  it('no two object schemas share one structure', () => {
    expect(duplicateSchemas(spec)).toEqual([]);
  });

  it('a copy under another name is found, whatever its descriptions say', () => {
    const doc = structuredClone(spec);
    doc.components.schemas.AssistantCreateResponse = {
      ...structuredClone(doc.components.schemas.AssistantResponse),
      description: 'Another name, same shape.',
    };
    expect(duplicateSchemas(doc)).toEqual([['AssistantResponse', 'AssistantCreateResponse']]);
  });
});
