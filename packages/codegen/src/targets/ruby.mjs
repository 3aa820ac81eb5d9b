// The Ruby gem `revox` (packages/ruby): what differs per operation and what
// the SDK policy fixes, as Ruby and RBS. The runtime that acts on it (client,
// transport, retries, models) is hand-written in packages/ruby/lib/revox/.
import { readFileSync } from 'node:fs';
import { deref, pascal, resourcesOf } from '@revoxai/spec';
import { banner } from '../banner.mjs';
import { ROOT } from '../files.mjs';

const LIB = 'packages/ruby/lib/revox/generated';
const SIG = 'packages/ruby/sig/generated';

/** @typedef {import('@revoxai/spec').Operation} Operation */
/** @typedef {import('@revoxai/spec').Resource} Resource */

/** @param {{ doc: any, model: import('@revoxai/spec').Model, policy: import('@revoxai/spec').Policy }} input */
export function rubyFiles({ doc, model, policy }) {
  // One version for every package of a release: the gem follows the npm SDK's.
  const { version } = JSON.parse(readFileSync(`${ROOT}packages/sdk/package.json`, 'utf8'));
  for (const o of model.operations) checkNames(o);
  const resources = resourcesOf(model);
  return new Map([
    [
      `${LIB}/version.rb`,
      rb(`module Revox\n  # The gem's version: the npm packages' version of the same release.\n  VERSION = ${str(version)}\nend\n`),
    ],
    [`${LIB}/policy.rb`, rb(policySource(model, policy))],
    [`${LIB}/errors.rb`, rb(errorsSource(policy))],
    [`${LIB}/operations.rb`, rb(operationsSource(model))],
    [`${LIB}/resources.rb`, rb(resourcesSource(resources))],
    [`${SIG}/version.rbs`, rbs('module Revox\n  VERSION: String\nend\n')],
    [`${SIG}/policy.rbs`, rbs(policySignatures())],
    [`${SIG}/errors.rbs`, rbs(errorsSignatures(policy))],
    [`${SIG}/operations.rbs`, rbs('module Revox\n  module Generated\n    OPERATIONS: Hash[Symbol, Revox::Operation]\n  end\nend\n')],
    [`${SIG}/resources.rbs`, rbs(resourcesSignatures(doc, resources))],
  ]);
}

const rb = (/** @type {string} */ source) =>
  `${banner('#', 'packages/codegen/src/targets/ruby.mjs')}# frozen_string_literal: true\n\n${source}`;
const rbs = (/** @type {string} */ source) => `${banner('#', 'packages/codegen/src/targets/ruby.mjs')}\n${source}`;
/** A Ruby (and RBS) double-quoted string literal: JSON's escapes are Ruby's too, once `#` cannot start an interpolation. */
const str = (/** @type {string} */ value) => JSON.stringify(value).replaceAll('#', '\\#');

const RESERVED = new Set(
  'BEGIN END alias and begin break case class def defined? do else elsif end ensure false for if in module next nil not or redo rescue retry return self super then true undef unless until when while yield'.split(
    ' ',
  ),
);

/**
 * Path and query parameters become Ruby parameter names (`retrieve(id,
 * provider:)`), so each must be one; a spec that breaks this fails here, by
 * name, instead of generating a gem that does not load.
 * @param {Operation} o
 */
function checkNames(o) {
  for (const p of [...o.pathParams, ...o.query]) {
    if (!/^[a-z_][A-Za-z0-9_]*$/.test(p.name) || RESERVED.has(p.name) || p.name === 'request_options') {
      throw new Error(
        `${o.id}: the ${p.in} parameter ${JSON.stringify(p.name)} cannot be a Ruby parameter name; the Ruby target needs a lower-case identifier`,
      );
    }
  }
}

/** @param {import('@revoxai/spec').Model} model @param {import('@revoxai/spec').Policy} policy */
function policySource(model, { client, env, retry }) {
  const seconds = (/** @type {number} */ ms) => String(ms / 1000).replace(/^(\d+)$/, '$1.0');
  return `module Revox
  # How the client behaves where the API leaves a choice to it (spec/sdk-policy.yaml).
  # Durations are in seconds.
  module Policy
    # The API root: the spec's first server.
    BASE_URL = ${str(model.baseUrl)}
    # Time limit of each phase of one attempt (connecting, writing, each read).
    TIMEOUT = ${seconds(client.timeoutMs)}
    # Retries after the first attempt, for retryable failures only.
    MAX_RETRIES = ${client.maxRetries}
    # Backoff: INITIAL_RETRY_DELAY doubled per retry up to MAX_RETRY_DELAY, minus up to 25 % jitter.
    INITIAL_RETRY_DELAY = ${seconds(client.retryDelay.initialMs)}
    MAX_RETRY_DELAY = ${seconds(client.retryDelay.maxMs)}
    # The longest server-requested wait (Retry-After) sat through; a longer one fails at once.
    MAX_RETRY_AFTER = ${seconds(client.retryDelay.maxRetryAfterMs)}
    LOG_LEVEL = ${str(client.logLevel)}

    # The environment variables read when an option is not given.
    ENV_API_KEY = ${str(env.apiKey)}
    ENV_BASE_URL = ${str(env.baseUrl)}
    ENV_LOG_LEVEL = ${str(env.logLevel)}

    # An idempotent request is sent again after these statuses, every status
    # from RETRY_FROM_IDEMPOTENT up, and any failure to get a response.
    RETRY_STATUSES_IDEMPOTENT = [${retry.idempotent.statuses.join(', ')}].freeze
    RETRY_FROM_IDEMPOTENT = ${retry.idempotent.andFrom}
    # A non-idempotent one (placing a call, creating an assistant) only after
    # these, which say the server did not act, or a refused connection.
    RETRY_STATUSES_NON_IDEMPOTENT = [${retry.nonIdempotent.statuses.join(', ')}].freeze
  end
end
`;
}

function policySignatures() {
  const names = [
    'BASE_URL: String',
    'TIMEOUT: Float',
    'MAX_RETRIES: Integer',
    'INITIAL_RETRY_DELAY: Float',
    'MAX_RETRY_DELAY: Float',
    'MAX_RETRY_AFTER: Float',
    'LOG_LEVEL: String',
  ];
  const env = ['ENV_API_KEY: String', 'ENV_BASE_URL: String', 'ENV_LOG_LEVEL: String'];
  const retry = [
    'RETRY_STATUSES_IDEMPOTENT: Array[Integer]',
    'RETRY_FROM_IDEMPOTENT: Integer',
    'RETRY_STATUSES_NON_IDEMPOTENT: Array[Integer]',
  ];
  return `module Revox\n  module Policy\n${[...names, ...env, ...retry].map((c) => `    ${c}\n`).join('')}  end\nend\n`;
}

/** @param {import('@revoxai/spec').Policy} policy */
function errorsSource({ errors }) {
  const classes = [
    ...Object.entries(errors.byStatus).map(([status, name]) => [name, `The server answered ${status}.`]),
    [errors.serverError, 'The server answered 500 or above.'],
  ];
  return `module Revox
  module Errors
${classes.map(([name, when]) => `    # ${when}\n    class ${name} < APIError; end\n`).join('\n')}
    # The class of each failure status; any other status from 500 up is a
    # SERVER_ERROR, and the rest are plain APIErrors.
    BY_STATUS = {
${Object.entries(errors.byStatus)
  .map(([status, name]) => `      ${status} => ${name},\n`)
  .join('')}    }.freeze
    SERVER_ERROR = ${errors.serverError}
  end
end
`;
}

/** @param {import('@revoxai/spec').Policy} policy */
function errorsSignatures({ errors }) {
  const names = [...Object.values(errors.byStatus), errors.serverError];
  return `module Revox
  module Errors
${names.map((name) => `    class ${name} < APIError\n    end\n`).join('')}
    BY_STATUS: Hash[Integer, singleton(APIError)]
    SERVER_ERROR: singleton(APIError)
  end
end
`;
}

/** @param {import('@revoxai/spec').Model} model */
function operationsSource(model) {
  const row = (/** @type {Operation} */ o) => {
    const facts = [
      `id: ${str(o.id)}`,
      `sdk: ${str(o.sdk.name)}`,
      `http_method: ${str(o.method)}`,
      `path: ${str(o.path)}`,
      `path_params: [${o.pathParams.map((p) => str(p.name)).join(', ')}]`,
      `query: [${o.query.map((p) => str(p.name)).join(', ')}]`,
      `required_query: [${o.query
        .filter((p) => p.required)
        .map((p) => str(p.name))
        .join(', ')}]`,
      `body: ${o.body ? (o.body.required ? ':required' : ':optional') : 'nil'}`,
      `idempotent: ${o.idempotent}`,
      `media_type: ${str(o.success.mediaType)}`,
      `binary: ${!o.success.json}`,
      `accept: ${str(o.success.accept)}`,
      `pagination: ${o.pagination ? `{ page: ${str(o.pagination.page)}, size: ${str(o.pagination.size)}, items: ${str(o.pagination.items)} }` : 'nil'}`,
    ];
    return `      ${o.id}: Operation.new(\n${facts.map((f) => `        ${f},\n`).join('')}      ),\n`;
  };
  return `module Revox
  module Generated
    # Each operation of the spec, by operationId, with the facts the client
    # acts on: where to send it, what it takes, whether it may be sent twice
    # (it decides the retries), what it answers and how it pages.
    OPERATIONS = {
${model.operations.map(row).join('')}    }.freeze
  end
end
`;
}

/** `users.me` → `Users::Me`. @param {Resource} r */
const className = (r) => r.path.map(pascal).join('::');

/** A `#` comment block from prose, each line indented. @param {string[]} paragraphs @param {string} indent */
function comment(paragraphs, indent) {
  const lines = paragraphs.filter(Boolean).join('\n\n').trimEnd().split('\n');
  return lines.map((l) => `${indent}#${l ? ` ${l}` : ''}\n`).join('');
}

/** @param {Resource} r */
const summary = (r) =>
  `\`client.${r.path.join('.')}\`: ${[...r.operations.map((o) => o.sdk.method), ...r.children.map((c) => c.name)].join(', ')}.`;

/**
 * The parameters of an operation's Ruby method, as its `def` lists them:
 * path parameters first (positional, in template order), then the query as
 * keywords (required ones without a default), `request_options:`, and the
 * body's fields as keywords (`**params`).
 * @param {Operation} o
 */
export function rubyParameters(o) {
  return [
    ...o.pathParams.map((p) => p.name),
    ...o.query.map((p) => (p.required ? `${p.name}:` : `${p.name}: nil`)),
    'request_options: nil',
    ...(o.body ? ['**params'] : []),
  ];
}

/** The class of what an operation's Ruby method returns. @param {Operation} o */
export const rubyReturns = (o) => (!o.success.json ? 'Revox::Binary' : o.pagination ? 'Revox::Page' : 'Revox::Model');

/**
 * The Ruby method of an operation and the arguments it passes on to the
 * client (see rubyParameters).
 * @param {Operation} o
 */
function rubyMethod(o) {
  const positional = o.pathParams.map((p) => p.name);
  const params = rubyParameters(o);
  const input = [`Generated::OPERATIONS.fetch(:${o.id})`];
  if (positional.length) input.push(`path: { ${positional.map((n) => `${n}: ${n}`).join(', ')} }`);
  if (o.query.length) input.push(`query: { ${o.query.map((p) => `${p.name}: ${p.name}`).join(', ')} }`);
  if (o.body) input.push('body: params');
  input.push('request_options: request_options');
  return `def ${o.sdk.method}(${params.join(', ')})\n  @client.request(${input.join(', ')})\nend\n`;
}

/** @param {Resource[]} roots */
function resourcesSource(roots) {
  const indent = (/** @type {string} */ text, /** @type {string} */ by) =>
    text
      .split('\n')
      .map((l) => (l ? by + l : l))
      .join('\n');
  /** @param {Resource} r @returns {string} */
  const emit = (r) => {
    const members = [];
    if (r.children.length) {
      members.push(r.children.map((c) => `# ${summary(c)}\nattr_reader :${c.name}\n`).join('\n'));
      members.push(
        `def initialize(client)\n  super\n${r.children.map((c) => `  @${c.name} = ${pascal(c.name)}.new(client)\n`).join('')}end\n`,
      );
    }
    for (const o of r.operations)
      members.push(`${comment([`**${o.summary}** (\`${o.method} ${o.path}\`)`, o.description], '')}${rubyMethod(o)}`);
    members.push(...r.children.map(emit));
    return `# ${summary(r)}\nclass ${pascal(r.name)} < Resource\n${indent(members.join('\n'), '  ')}end\n`;
  };
  return `module Revox
  # One class per resource of the API, one method per operation.
  module Resources
${indent(roots.map(emit).join('\n'), '    ')}  end

  class Client
${roots.map((r) => `    # ${summary(r)}\n    attr_reader :${r.name}\n`).join('\n')}
    private

    def attach_resources
${roots.map((r) => `      @${r.name} = Resources::${className(r)}.new(self)\n`).join('')}    end
  end
end
`;
}

/**
 * The RBS type of a value the API accepts. Nested objects are hashes with
 * symbol (or string) keys: RBS 2 records cannot say that a key may be left out.
 * @param {any} doc @param {any} raw @returns {string}
 */
function rbsType(doc, raw) {
  const types = [...new Set(alternatives(doc, raw))];
  const some = types.filter((t) => t !== 'nil');
  if (some.length === types.length) return types.join(' | ');
  // `String?`, but `(:a | "a")?`: a `?` after a symbol literal would belong to the symbol.
  return some.length === 1 && /^([A-Z]|bool$|untyped$)/.test(some[0] ?? '') ? `${some[0]}?` : `(${some.join(' | ')})?`;
}

/** The RBS types a schema allows, one per alternative. @param {any} doc @param {any} raw @returns {string[]} */
function alternatives(doc, raw) {
  const schema = deref(doc, raw) ?? {};
  if ('const' in schema) return literals(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.flatMap(literals);
  // Partly known values (spec/rules/open-enum.md): named for the reader, any other string or symbol still taken.
  const known = schema['x-revox-known-values'];
  if (Array.isArray(known))
    return [...known.flatMap(literals), 'String', 'Symbol', ...([schema.type].flat().includes('null') ? ['nil'] : [])];
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return variants.flatMap((/** @type {any} */ v) => alternatives(doc, v));
  if (schema.allOf) return ['Hash[Symbol | String, untyped]'];
  const types = [schema.type ?? []].flat();
  if (!types.length) return ['untyped'];
  return types.map((/** @type {string} */ type) => {
    if (type === 'array') return `Array[${rbsType(doc, schema.items)}]`;
    return (
      { string: 'String', number: 'Numeric', integer: 'Integer', boolean: 'bool', null: 'nil', object: 'Hash[Symbol | String, untyped]' }[
        type
      ] ?? 'untyped'
    );
  });
}

/** An enum value as RBS literals; a string may be given as a symbol too (`:cartesia`). @param {unknown} value @returns {string[]} */
function literals(value) {
  if (value === null) return ['nil'];
  if (typeof value === 'string') return [`:${/^[a-z_][A-Za-z0-9_]*$/.test(value) ? value : str(value)}`, str(value)];
  return [String(value)];
}

/** The fields of an object schema, `allOf` branches merged. @param {any} doc @param {any} raw */
function fieldsOf(doc, raw) {
  const schema = deref(doc, raw) ?? {};
  /** @type {Map<string, any>} */
  const properties = new Map(Object.entries(schema.properties ?? {}));
  const required = new Set(schema.required ?? []);
  for (const branch of schema.allOf ?? []) {
    const merged = fieldsOf(doc, branch);
    for (const [name, property] of merged.properties) properties.set(name, property);
    for (const name of merged.required) required.add(name);
  }
  return { properties, required };
}

/** The RBS signature of an operation's method. @param {any} doc @param {Operation} o */
function methodSignature(doc, o) {
  const positional = o.pathParams.map(({ name, schema }) => `${schema?.type === 'integer' ? 'Integer' : 'String'} ${name}`);
  const keywords = o.query.map((p) => `${p.required ? '' : '?'}${p.name}: ${rbsType(doc, p.schema)}`);
  if (o.body) {
    const { properties, required } = fieldsOf(doc, o.body.schema);
    for (const [name, property] of properties) {
      // A field that cannot be a keyword can still be sent, through **params.
      if (/^[a-z_][A-Za-z0-9_]*$/.test(name)) keywords.push(`${required.has(name) ? '' : '?'}${name}: ${rbsType(doc, property)}`);
    }
  }
  keywords.push('?request_options: Revox::request_options');
  if (o.body && [...fieldsOf(doc, o.body.schema).properties.keys()].some((name) => !/^[a-z_][A-Za-z0-9_]*$/.test(name)))
    keywords.push('**untyped');
  return `def ${o.sdk.method}: (${[...positional, ...keywords].join(', ')}) -> ${rubyReturns(o)}`;
}

/** @param {any} doc @param {Resource[]} roots */
function resourcesSignatures(doc, roots) {
  /** @param {Resource} r @param {string} indent @returns {string} */
  const emit = (r, indent) => {
    const lines = [`${indent}class ${pascal(r.name)} < Resource`];
    for (const c of r.children) lines.push(`${indent}  attr_reader ${c.name}: ${className(c)}`);
    for (const o of r.operations) lines.push(`${indent}  ${methodSignature(doc, o)}`);
    for (const c of r.children) lines.push(emit(c, `${indent}  `));
    lines.push(`${indent}end`);
    return lines.join('\n');
  };
  return `module Revox
  module Resources
${roots.map((r) => emit(r, '    ')).join('\n')}
  end

  class Client
${roots.map((r) => `    attr_reader ${r.name}: Resources::${className(r)}\n`).join('')}
    private

    def attach_resources: () -> void
  end
end
`;
}
