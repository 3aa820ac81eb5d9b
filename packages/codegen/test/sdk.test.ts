// The SDK target on a tiny spec: the facts, signatures and argument order
// every TypeScript method and every test that calls one rely on.
import { describe, expect, it } from 'vitest';
import { loadPolicy, modelOf } from '@revoxai/spec';
import { methodArguments, methodSignature, operationFacts, sdkFiles } from '../src/index.mjs';
import { thingsSpec } from './fixtures/things.js';

const spec = thingsSpec();
const model = modelOf(spec);
const [update, list, play] = ['updateThing', 'listThings', 'playThing'].map((id) => model.operations.find((o) => o.id === id)!);

describe('operation facts', () => {
  it('say what the client needs: the name, method, path, retry class, arguments, media type and paging', () => {
    expect(operationFacts(update!)).toBe(
      "{ sdk: 'shelves.things.update', method: 'PATCH', path: '/shelves/{shelf}/things/{id}', idempotent: false, pathParams: ['shelf', 'id'], body: 'optional' }",
    );
    expect(operationFacts(list!)).toBe(
      "{ sdk: 'things.list', method: 'GET', path: '/things', idempotent: true, query: ['page'], pagination: { page: 'page', size: 'size', items: 'things' } }",
    );
    expect(operationFacts(play!)).toContain("accept: 'audio/ogg, audio/*;q=0.9, application/json;q=0.5'");
  });
});

describe('method signatures', () => {
  it('take the path parameters in template order, then the query or body, then options', () => {
    expect(methodSignature(update!)).toEqual({
      params: [
        { name: 'shelf', type: 'number', optional: false },
        { name: 'id', type: 'string', optional: false },
        { name: 'body', type: 'ThingUpdateParams', optional: true, default: '{}' },
        { name: 'options', type: 'RequestOptions', optional: true },
      ],
      returns: 'APIPromise<ThingUpdateResponse>',
    });
    expect(methodSignature(list!, (t) => `T.${t}`).returns).toBe("PagePromise<T.ThingListResponse, T.ThingListResponse['things'][number]>");
    expect(methodSignature(play!).params[0]).toEqual({ name: 'body', type: 'ThingPlayParams', optional: false });
  });

  it('give the arguments of a call in that order, trailing ones left out', () => {
    expect(methodArguments(update!, { pathParams: { id: 'b', shelf: 3 }, body: { name: 'x' } })).toEqual([3, 'b', { name: 'x' }]);
    expect(methodArguments(update!, { pathParams: { id: 'b', shelf: 3 } })).toEqual([3, 'b']);
    expect(methodArguments(list!, { query: { page: 0 } })).toEqual([{ page: 0 }]);
  });
});

describe('the generated client', () => {
  it('declares a typed interface per resource, nested ones included, and a row per operation', () => {
    const source = sdkFiles({ doc: spec, model, policy: loadPolicy() }).get('packages/sdk/src/generated/revox.ts')!;
    expect(source).toContain('  declare readonly shelves: Shelves;');
    // Two resources named `things`: each interface is named by its whole path.
    expect(source).toMatch(/export interface Shelves \{\n {2}readonly things: ShelvesThings;/);
    expect(source).toContain('export interface ShelvesThings {');
    expect(source).toContain('  declare readonly things: Things;');
    expect(source).toContain(
      'update(shelf: number, id: string, body?: Types.ThingUpdateParams, options?: RequestOptions): APIPromise<Types.ThingUpdateResponse>;',
    );
    expect(source).toContain("  listThings: { sdk: 'things.list',");
    expect(source).toContain('export type ThingUpdateParams = Types.ThingUpdateParams;');
  });

  it("gives @revoxai/sdk/testing each operation's first example, a file's bytes as base64, and the query types", () => {
    const source = sdkFiles({ doc: spec, model, policy: loadPolicy() }).get('packages/sdk/src/generated/examples.ts')!;
    expect(source).toContain('  updateThing: {"status":200,"type":"application/json","body":{"id":"t1"}},');
    expect(source).toMatch(/ {2}playThing: \{"status":200,"type":"audio\/ogg","base64":"[A-Za-z0-9+/]{100,}={0,2}"\},/);
    expect(source).toContain('  listThings: {"page":"number","size":"number"},');
    const withoutExample: any = structuredClone(spec);
    withoutExample.paths['/things'].post.responses['200'].content['audio/ogg'].examples = {};
    expect(() => sdkFiles({ doc: withoutExample, model: modelOf(withoutExample), policy: loadPolicy() })).toThrow(
      'playThing: POST /things has no success example for @revoxai/sdk/testing to answer with',
    );
  });
});
