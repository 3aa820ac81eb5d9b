// The Ruby target on tiny specs: the operation table, the resource classes
// and methods, and their RBS signatures, for nested resources, path
// parameters, keywords under their wire names, binary and empty answers,
// pagination, and each construct of the constructs fixture.
import { describe, expect, it } from 'vitest';
import { inputOf, rubyFiles } from '../src/index.mjs';
import { constructsSpec } from './fixtures/constructs.js';
import { thingsSpec } from './fixtures/things.js';

const files = (spec: any = thingsSpec()) => rubyFiles(inputOf(spec));
const file = (name: string, spec: any = thingsSpec()) => files(spec).get(name)!;

describe('the Ruby target', () => {
  it('writes the gem version, policy, errors, operations and resources, each under a banner', () => {
    for (const [path, content] of files()) {
      expect(path).toMatch(/^packages\/ruby\/(lib\/revox|sig)\/generated\/\w+\.rbs?$/);
      expect(content).toMatch(/^# GENERATED FILE\. DO NOT EDIT\./);
    }
    const policy = file('packages/ruby/lib/revox/generated/policy.rb');
    expect(policy).toContain('BASE_URL = "https://things.test"');
    expect(policy).toContain('JITTER = 0.25');
    expect(policy).toContain('HEADER_ATTEMPT = "x-revox-attempt"');
    expect(policy).toContain('SECRET_HEADER = /auth|key|token|secret|cookie|session/i');
  });

  it('gives each operation its row: each keyword with its wire name and place', () => {
    const table = file('packages/ruby/lib/revox/generated/operations.rb');
    expect(table).toContain('path_params: ["shelf", "id"],');
    expect(table).toContain('Param.new(wire: "page", keyword: :page, in: :query, required: true),');
    expect(table).toContain('Param.new(wire: "x-extra", keyword: :x_extra, in: :body, required: false),');
    expect(table).toContain('pagination: { page: "page", size: "size", items: "things" },');
    expect(table).toContain('accept: "audio/ogg, audio/*;q=0.9, application/json;q=0.5",');
    expect(table).toMatch(
      /updateThing: Operation\.new\((?:(?!Operation\.new)[\s\S])*body: :json,\n {8}body_required: false,\n {8}idempotent: false,/,
    );
  });

  it('nests resource classes and takes path parameters, then keywords, checked by the client', () => {
    const source = file('packages/ruby/lib/revox/generated/resources.rb');
    expect(source).toMatch(/class Shelves < Resource\n(.*\n)*? {8}@things = Things\.new\(client\)\n(.*\n)*? {6}class Things < Resource\n/);
    expect(source).toContain(
      'def update(shelf, id, request_options: nil, **params)\n          @client.request(Generated::OPERATIONS.fetch(:updateThing), path: [shelf, id], params: params, request_options: request_options)',
    );
    expect(source).toContain('def list(request_options: nil, **params)');
    expect(source).toContain('      @shelves = Resources::Shelves.new(self)\n      @things = Resources::Things.new(self)\n');
  });

  it('types the signatures from the schemas, keywords by their identifiers', () => {
    const rbs = file('packages/ruby/sig/generated/resources.rbs');
    expect(rbs).toContain(
      'def update: (Integer shelf, String id, kind: :round | "round" | :"square-ish" | "square-ish", ?label: String?, ?tags: Array[String], ?mode: :warm | "warm" | String | Symbol, ?x_extra: bool, ?request_options: Revox::request_options) -> Revox::Model',
    );
    expect(rbs).toContain('def list: (page: Numeric, ?size: Numeric, ?request_options: Revox::request_options) -> Revox::Page');
    expect(rbs).toContain('attr_reader things: Shelves::Things');
  });

  it('spells each construct in Ruby: snake_case names, header keywords, files, empty answers, deprecation', () => {
    const source = file('packages/ruby/lib/revox/generated/resources.rb', constructsSpec());
    const rbs = file('packages/ruby/sig/generated/resources.rbs', constructsSpec());
    const table = file('packages/ruby/lib/revox/generated/operations.rb', constructsSpec());
    expect(source).toContain('attr_reader :faq_items');
    expect(source).toContain('def retrieve_legacy(id, request_options: nil)');
    expect(source).toContain('# @deprecated The API marks this operation as deprecated.');
    expect(table).toContain('Param.new(wire: "statuses", keyword: :statuses, in: :query, required: false, array: true),');
    expect(table).toContain('Param.new(wire: "X-Revox-Region", keyword: :x_revox_region, in: :header, required: true),');
    expect(table).toContain('Param.new(wire: "voiceId", keyword: :voice_id, in: :body, required: false),');
    expect(table).toContain('Param.new(wire: "file", keyword: :file, in: :body, required: true, file: true),');
    expect(table).toMatch(
      /uploadKnowledge: Operation\.new\((?:(?!Operation\.new)[\s\S])*body: :multipart,(?:(?!Operation\.new)[\s\S])*answer: :empty,/,
    );
    expect(rbs).toContain(
      'def retrieve: (String id, x_revox_region: :eu | "eu" | :us | "us", ?request_options: Revox::request_options) -> Revox::Model',
    );
    expect(rbs).toContain(
      'def upload: (String assistant_id, file: String | IO | Pathname, ?title: String, ?request_options: Revox::request_options) -> nil',
    );
    expect(rbs).toContain('%a{deprecated} def retrieve_legacy: (String id, ?request_options: Revox::request_options) -> Revox::Model');
    expect(rbs).toContain(
      'def create: (type: :webhook | "webhook" | :transfer | "transfer", ?url: String, ?phone_number: String, ?request_options: Revox::request_options) -> Revox::Model',
    );
  });

  it('refuses a name that cannot be a Ruby method or parameter, naming it', () => {
    const reserved: any = thingsSpec();
    reserved.paths['/things'].get['x-revox-sdk'] = 'things.end';
    expect(() => files(reserved)).toThrow('listThings: the method name "end" cannot be a Ruby name');
    const options: any = thingsSpec([{ name: 'request_options' }]);
    expect(() => files(options)).toThrow('listThings: the query field request_options would be the keyword request_options:');
  });
});
