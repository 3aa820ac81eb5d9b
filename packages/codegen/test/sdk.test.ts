// The TypeScript target on tiny specs: the rows, signatures and argument
// order every TypeScript method and every test that calls one rely on, and
// each construct of the constructs fixture as TypeScript spells it.
import { describe, expect, it } from 'vitest';
import { inputOf, operationRow, sdkFiles, typescriptArguments, typescriptMethod } from '../src/index.mjs';
import { constructsSpec } from './fixtures/constructs.js';
import { thingsSpec } from './fixtures/things.js';

const things = inputOf(thingsSpec());
const [update, list, play] = ['updateThing', 'listThings', 'playThing'].map((id) => things.plan.operations.find((o) => o.id === id)!);
const constructs = inputOf(constructsSpec());
const construct = (id: string) => constructs.plan.operations.find((o) => o.id === id)!;
const revox = (input: typeof things) => sdkFiles(input).get('packages/sdk/src/generated/revox.ts')!;

describe('operation rows', () => {
  it('say what the client needs: the name, method, path, retry class, arguments, media type and paging', () => {
    expect(operationRow(update!)).toBe(
      "{ sdk: 'shelves.things.update', method: 'PATCH', path: '/shelves/{shelf}/things/{id}', idempotent: false, pathParams: ['shelf', 'id'], input: 'required', required: ['kind'], body: 'json' }",
    );
    expect(operationRow(list!)).toBe(
      "{ sdk: 'things.list', method: 'GET', path: '/things', idempotent: true, input: 'required', query: ['page', 'size'], required: ['page'], pagination: { page: 'page', size: 'size', items: 'things' } }",
    );
    expect(operationRow(play!)).toContain("answer: 'binary', accept: 'audio/ogg, audio/*;q=0.9, application/json;q=0.5'");
  });

  it('place each construct: array queries, headers, forms and their files, empty answers, deprecation', () => {
    expect(operationRow(construct('listCalls'))).toContain("query: ['page', 'page_size', 'statuses']");
    expect(operationRow(construct('retrieveVoice'))).toContain("headers: ['X-Revox-Region'], required: ['X-Revox-Region']");
    expect(operationRow(construct('uploadKnowledge'))).toContain("body: 'multipart', files: ['file'], answer: 'empty'");
    expect(operationRow(construct('retrieveLegacyAssistant'))).toContain('deprecated: true');
  });
});

describe('method signatures', () => {
  it('take the path parameters in template order, then the named parameters in one object, then options', () => {
    expect(typescriptMethod(update!)).toEqual({
      params: [
        { name: 'shelf', type: 'number', optional: false },
        { name: 'id', type: 'string', optional: false },
        { name: 'body', type: 'ThingUpdateParams', optional: false },
        { name: 'options', type: 'RequestOptions', optional: true },
      ],
      returns: 'APIPromise<ThingUpdateResponse>',
    });
    expect(typescriptMethod(list!, (t) => `T.${t}`).returns).toBe(
      "PagePromise<T.ThingListResponse, T.ThingListResponse['things'][number]>",
    );
    expect(typescriptMethod(play!).params[0]).toEqual({ name: 'body', type: 'ThingPlayParams', optional: false });
  });

  it('name the params object as the official SDK does, and resolve an empty answer to void', () => {
    expect(typescriptMethod(construct('listCalls')).params[0]!.name).toBe('query');
    expect(typescriptMethod(construct('retrieveVoice')).params.map((p) => p.name)).toEqual(['id', 'params', 'options']);
    expect(typescriptMethod(construct('updateFaqItem')).params.map((p) => `${p.name}${p.optional ? '?' : ''}`)).toEqual([
      'assistantId',
      'itemId',
      'body?',
      'options?',
    ]);
    expect(typescriptMethod(construct('uploadKnowledge')).returns).toBe('APIPromise<void>');
  });

  it('give the arguments of a call in that order, an empty optional object left out', () => {
    expect(typescriptArguments(update!, { pathParams: { id: 'b', shelf: 3 }, params: { kind: 'round' } })).toEqual([
      3,
      'b',
      { kind: 'round' },
    ]);
    expect(typescriptArguments(construct('updateFaqItem'), { pathParams: { assistant_id: 'a', item_id: 'b' }, params: {} })).toEqual([
      'a',
      'b',
    ]);
    expect(typescriptArguments(list!, { params: { page: 0 } })).toEqual([{ page: 0 }]);
  });
});

describe('the generated client', () => {
  it('declares a typed interface per resource, nested ones included, and a row per operation', () => {
    const source = revox(things);
    expect(source).toContain('  declare readonly shelves: Shelves;');
    // Two resources named `things`: each interface is named by its whole path.
    expect(source).toMatch(/export interface Shelves \{\n {2}readonly things: ShelvesThings;/);
    expect(source).toContain('export interface ShelvesThings {');
    expect(source).toContain('  declare readonly things: Things;');
    expect(source).toContain(
      'update(shelf: number, id: string, body: Types.ThingUpdateParams, options?: RequestOptions): APIPromise<Types.ThingUpdateResponse>;',
    );
    expect(source).toContain("  listThings: { sdk: 'things.list',");
    expect(source).toContain('export type ThingUpdateParams = Types.ThingUpdateParams;');
  });

  it('spells nested resources in camelCase and marks a deprecated method', () => {
    const source = revox(constructs);
    expect(source).toContain('export interface FaqItems {');
    expect(source).toContain('  readonly faqItems: FaqItems;');
    expect(source).toMatch(
      /@deprecated The API marks this operation as deprecated\.\n {3}\*\/\n {2}retrieveLegacy\(id: string, options\?: RequestOptions\): APIPromise<Types\.AssistantRetrieveLegacyResponse>;/,
    );
    expect(source).toContain("export const ROUTES: readonly (keyof typeof OPERATIONS)[] = ['listCalls', 'retrieveVoice',");
  });

  it("gives @revoxai/sdk/testing each operation's first example, a file's bytes as base64, nothing for a 204, and the query types", () => {
    const source = sdkFiles(things).get('packages/sdk/src/generated/examples.ts')!;
    expect(source).toContain('  updateThing: {"status":200,"type":"application/json","body":{"id":"t1"}},');
    expect(source).toMatch(/ {2}playThing: \{"status":200,"type":"audio\/ogg","base64":"[A-Za-z0-9+/]{100,}={0,2}"\},/);
    expect(source).toContain('  listThings: {"page":"number","size":"number"},');
    const fromConstructs = sdkFiles(constructs).get('packages/sdk/src/generated/examples.ts')!;
    expect(fromConstructs).toContain('  deleteFaqItem: {"status":204,"type":""},');
    expect(fromConstructs).toContain('  listCalls: {"page":"integer","page_size":"integer","statuses":"string[]"},');
    const withoutExample: any = thingsSpec();
    withoutExample.paths['/things'].post.responses['200'].content['audio/ogg'].examples = {};
    expect(() => sdkFiles(inputOf(withoutExample))).toThrow(
      'playThing: POST /things has no success example for @revoxai/sdk/testing to answer with',
    );
  });
});
