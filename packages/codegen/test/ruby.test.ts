// The Ruby target on a tiny spec: the operation table, the resource classes
// and methods, and their RBS signatures, for nested resources, path and
// query parameters, bodies, binary answers and pagination.
import { describe, expect, it } from 'vitest';
import { loadPolicy, modelOf } from '@revoxai/spec';
import { rubyFiles } from '../src/index.mjs';
import { thingsSpec } from './fixtures/things.js';

const doc = thingsSpec;
const files = (spec = doc()) => rubyFiles({ doc: spec, model: modelOf(spec), policy: loadPolicy() });
const file = (name: string, spec = doc()) => files(spec).get(name)!;

describe('the Ruby target', () => {
  it('writes the gem version, policy, errors, operations and resources, each under a banner', () => {
    for (const [path, content] of files()) {
      expect(path).toMatch(/^packages\/ruby\/(lib\/revox|sig)\/generated\/\w+\.rbs?$/);
      expect(content).toMatch(/^# GENERATED FILE\. DO NOT EDIT\./);
    }
    expect(file('packages/ruby/lib/revox/generated/policy.rb')).toContain('BASE_URL = "https://things.test"');
  });

  it('gives each operation its row of facts', () => {
    const table = file('packages/ruby/lib/revox/generated/operations.rb');
    expect(table).toContain('path_params: ["shelf", "id"],');
    expect(table).toContain('query: ["page", "size"],\n        required_query: ["page"],');
    expect(table).toContain('pagination: { page: "page", size: "size", items: "things" },');
    expect(table).toContain('accept: "audio/ogg, audio/*;q=0.9, application/json;q=0.5",');
    expect(table).toMatch(/updateThing: Operation\.new\([^)]*body: :optional,\n {8}idempotent: false,/);
  });

  it('nests resource classes and takes path parameters, then query keywords, then the body', () => {
    const source = file('packages/ruby/lib/revox/generated/resources.rb');
    expect(source).toMatch(/class Shelves < Resource\n(.*\n)*? {8}@things = Things\.new\(client\)\n(.*\n)*? {6}class Things < Resource\n/);
    expect(source).toContain(
      'def update(shelf, id, request_options: nil, **params)\n          @client.request(Generated::OPERATIONS.fetch(:updateThing), path: { shelf: shelf, id: id }, body: params, request_options: request_options)',
    );
    expect(source).toContain('def list(page:, size: nil, request_options: nil)');
    expect(source).toContain('      @shelves = Resources::Shelves.new(self)\n      @things = Resources::Things.new(self)\n');
  });

  it('types the signatures from the schemas', () => {
    const rbs = file('packages/ruby/sig/generated/resources.rbs');
    expect(rbs).toContain(
      'def update: (Integer shelf, String id, kind: :round | "round" | :"square-ish" | "square-ish", ?label: String?, ?tags: Array[String], ?mode: :warm | "warm" | String | Symbol, ?request_options: Revox::request_options, **untyped) -> Revox::Model',
    );
    expect(rbs).toContain('def list: (page: Numeric, ?size: Numeric, ?request_options: Revox::request_options) -> Revox::Page');
    expect(rbs).toContain(
      'def play: (kind: :round | "round" | :"square-ish" | "square-ish", ?label: String?, ?tags: Array[String], ?mode: :warm | "warm" | String | Symbol, ?request_options: Revox::request_options, **untyped) -> Revox::Binary',
    );
    expect(rbs).toContain('attr_reader things: Shelves::Things');
  });

  it('refuses a parameter that cannot be a Ruby parameter name, naming it', () => {
    expect(() => files(doc([{ name: 'page-size', required: true }]))).toThrow(
      'listThings: the query parameter "page-size" cannot be a Ruby parameter name',
    );
    expect(() => files(doc([{ name: 'end' }]))).toThrow('listThings: the query parameter "end"');
  });
});
