// The Ruby gem `revox` (packages/ruby): the plan spelled in Ruby and RBS:
// the operation table, a resource class per resource with a method per
// operation, the status errors, the policy's constants and the version. The
// runtime that acts on them (client, transport, retries, models) is
// hand-written in packages/ruby/lib/revox/.
import { readFileSync } from 'node:fs';
import { banner } from '../banner.mjs';
import { ROOT } from '../files.mjs';
import { pascalCase } from '../plan/index.mjs';
import { schemaNode } from './schemas.mjs';

const LIB = 'packages/ruby/lib/revox/generated';
const SIG = 'packages/ruby/sig/generated';

/**
 * @typedef {import('../plan/index.mjs').Plan} Plan
 * @typedef {import('../plan/index.mjs').OperationPlan} OperationPlan
 * @typedef {import('../plan/index.mjs').ResourcePlan} ResourcePlan
 * @typedef {import('../plan/index.mjs').Param} Param
 */

/** @param {{ doc: any, plan: Plan }} input */
export function rubyFiles({ doc, plan }) {
  // One version for every package of a release, stated once in VERSION.
  const version = readFileSync(`${ROOT}VERSION`, 'utf8').trim();
  for (const o of plan.operations) checkNames(o);
  return new Map([
    [
      `${LIB}/version.rb`,
      rb(`module Revox\n  # The gem's version: the release's, from VERSION, as every package of it.\n  VERSION = ${str(version)}\nend\n`),
    ],
    [`${LIB}/policy.rb`, rb(policySource(plan.policy))],
    [`${LIB}/errors.rb`, rb(errorsSource(plan.policy))],
    [`${LIB}/operations.rb`, rb(operationsSource(plan))],
    [`${LIB}/resources.rb`, rb(resourcesSource(plan.resources))],
    [`${SIG}/version.rbs`, rbs('module Revox\n  VERSION: String\nend\n')],
    [`${SIG}/policy.rbs`, rbs(policySignatures())],
    [`${SIG}/errors.rbs`, rbs(errorsSignatures(plan.policy))],
    [`${SIG}/operations.rbs`, rbs('module Revox\n  module Generated\n    OPERATIONS: Hash[Symbol, Revox::Operation]\n  end\nend\n')],
    [`${SIG}/resources.rbs`, rbs(resourcesSignatures(doc, plan.resources))],
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
 * Method and resource names become `def`s and readers, and path parameters
 * positional parameters, so each must be usable as one; a spec that breaks
 * this fails here, by name, instead of generating a gem that does not load.
 * Keywords may be reserved words (`end:` is a valid keyword argument).
 * @param {OperationPlan} o
 */
function checkNames(o) {
  for (const [what, name] of [
    ...o.pathParams.map((p) => /** @type {const} */ (['path parameter', p.ident])),
    ['method name', o.method],
    ...o.resource.map((r) => /** @type {const} */ (['resource name', r])),
  ]) {
    if (RESERVED.has(name) || name === 'request_options')
      throw new Error(`${o.id}: the ${what} ${JSON.stringify(name)} cannot be a Ruby name; rename it in the spec`);
  }
  for (const p of o.params)
    if (p.ident === 'request_options')
      throw new Error(
        `${o.id}: the ${p.in} field ${p.wire} would be the keyword request_options:, which every method keeps for its options`,
      );
}

/** Seconds, as a Ruby Float literal. @param {number} ms */
const seconds = (ms) => String(ms / 1000).replace(/^(\d+)$/, '$1.0');

/** A `#` comment block from prose, each line indented. @param {string[]} paragraphs @param {string} indent */
function comment(paragraphs, indent) {
  const lines = paragraphs.filter(Boolean).join('\n\n').trimEnd().split('\n');
  return lines.map((l) => `${indent}#${l ? ` ${l}` : ''}\n`).join('');
}

/** @param {import('../plan/index.mjs').PolicyPlan} policy */
function policySource(policy) {
  const { defaults: d, env, retry, headers, options: o } = policy;
  const say = (/** @type {string} */ meaning) => comment([meaning], '    ');
  return `module Revox
  # How the client behaves where the API leaves a choice to it
  # (spec/sdk-policy.yaml). Durations are in seconds.
  module Policy
    # The API root: the spec's first server.
    BASE_URL = ${str(d.baseUrl)}
${say(o.timeout.meaning)}    TIMEOUT = ${seconds(d.timeoutMs)}
${say(o.maxRetries.meaning)}    MAX_RETRIES = ${d.maxRetries}
${say(o.initialRetryDelay.meaning)}    INITIAL_RETRY_DELAY = ${seconds(d.initialRetryDelayMs)}
${say(o.maxRetryDelay.meaning)}    MAX_RETRY_DELAY = ${seconds(d.maxRetryDelayMs)}
${say(o.maxRetryAfter.meaning)}    MAX_RETRY_AFTER = ${seconds(d.maxRetryAfterMs)}
    # The share of each backoff wait taken off at random, so that many clients do not retry in step.
    JITTER = ${retry.jitter}
${say(o.logLevel.meaning)}    LOG_LEVEL = ${str(d.logLevel)}
    LOG_LEVELS = [${policy.logLevels.map(str).join(', ')}].freeze
${say(o.maxResponseBytes.meaning)}    MAX_RESPONSE_BYTES_JSON = ${d.maxResponseBytes.json}
    MAX_RESPONSE_BYTES_BINARY = ${d.maxResponseBytes.binary}

    # The environment variables read when an option is not given.
    ENV_API_KEY = ${str(env.apiKey)}
    ENV_BASE_URL = ${str(env.baseUrl)}
    ENV_LOG_LEVEL = ${str(env.logLevel)}

${say(`An idempotent request: ${retry.meaning.idempotent}`)}    RETRY_STATUSES_IDEMPOTENT = [${retry.idempotentStatuses.join(', ')}].freeze
    RETRY_FROM_IDEMPOTENT = ${retry.idempotentFrom}
${say(`A non-idempotent request: ${retry.meaning.nonIdempotent}`)}    RETRY_STATUSES_NON_IDEMPOTENT = [${retry.nonIdempotentStatuses.join(', ')}].freeze

    # The headers the client sends (the attempt number, the SDK and runtime)
    # and reads (the request id, a wait the server asks for).
    HEADER_ATTEMPT = ${str(headers.attempt)}
    HEADER_CLIENT = ${str(headers.client)}
    HEADER_REQUEST_ID = ${str(headers.requestId)}
    HEADER_RETRY_AFTER_MS = ${str(headers.retryAfterMs)}
    HEADER_RETRY_AFTER = ${str(headers.retryAfter)}
    # A header holds a credential when its name matches: its value is masked
    # wherever the client prints headers.
    SECRET_HEADER = /${policy.secretHeader}/i
  end
end
`;
}

function policySignatures() {
  const constants = {
    String:
      'BASE_URL LOG_LEVEL ENV_API_KEY ENV_BASE_URL ENV_LOG_LEVEL HEADER_ATTEMPT HEADER_CLIENT HEADER_REQUEST_ID HEADER_RETRY_AFTER_MS HEADER_RETRY_AFTER',
    Float: 'TIMEOUT INITIAL_RETRY_DELAY MAX_RETRY_DELAY MAX_RETRY_AFTER JITTER',
    Integer: 'MAX_RETRIES MAX_RESPONSE_BYTES_JSON MAX_RESPONSE_BYTES_BINARY RETRY_FROM_IDEMPOTENT',
    'Array[Integer]': 'RETRY_STATUSES_IDEMPOTENT RETRY_STATUSES_NON_IDEMPOTENT',
    'Array[String]': 'LOG_LEVELS',
    Regexp: 'SECRET_HEADER',
  };
  const lines = Object.entries(constants).flatMap(([type, names]) => names.split(' ').map((name) => `    ${name}: ${type}\n`));
  return `module Revox\n  module Policy\n${lines.join('')}  end\nend\n`;
}

/** @param {import('../plan/index.mjs').PolicyPlan} policy */
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

/** @param {import('../plan/index.mjs').PolicyPlan} policy */
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

/** A keyword's Ruby symbol literal. @param {string} ident */
const symbol = (ident) => `:${ident}`;

/** @param {Param} p */
function paramRow(p) {
  const facts = [`wire: ${str(p.wire)}`, `keyword: ${symbol(p.ident)}`, `in: :${p.in}`, `required: ${p.required}`];
  if (p.array) facts.push('array: true');
  if (p.file) facts.push('file: true');
  return `Param.new(${facts.join(', ')})`;
}

/** @param {Plan} plan */
function operationsSource(plan) {
  const row = (/** @type {OperationPlan} */ o) => {
    const facts = [
      `id: ${str(o.id)}`,
      `sdk: ${str(o.sdkName)}`,
      `resource_path: [${o.resource.map(str).join(', ')}]`,
      `method_name: ${str(o.method)}`,
      `http_method: ${str(o.http.method)}`,
      `path: ${str(o.http.path)}`,
      `path_params: [${o.pathParams.map((p) => str(p.wire)).join(', ')}]`,
      o.params.length ? `params: [\n${o.params.map((p) => `          ${paramRow(p)},\n`).join('')}        ]` : 'params: []',
      `body: ${o.body ? `:${o.body.encoding}` : 'nil'}`,
      `body_required: ${o.body?.required === true}`,
      `idempotent: ${o.idempotent}`,
      `answer: :${o.answer.kind}`,
      `media_type: ${str(o.answer.mediaType)}`,
      `accept: ${str(o.answer.accept)}`,
      `pagination: ${o.paging ? `{ page: ${str(o.paging.page)}, size: ${str(o.paging.size)}, items: ${str(o.paging.items)} }` : 'nil'}`,
      `deprecated: ${o.deprecated}`,
    ];
    return `      ${o.id}: Operation.new(\n${facts.map((f) => `        ${f},\n`).join('')}      ),\n`;
  };
  return `module Revox
  module Generated
    # Each operation of the spec, by operationId, with the facts the client
    # acts on: where to send it, what it takes (each keyword with its wire
    # name and where it goes), whether it may be sent twice (it decides the
    # retries), what it answers and how it pages.
    OPERATIONS = {
${plan.operations.map(row).join('')}    }.freeze
  end
end
`;
}

/** `users.me` → `Users::Me`. @param {ResourcePlan} r */
const className = (r) => r.path.map(pascalCase).join('::');

/** @param {ResourcePlan} r */
const summary = (r) =>
  `\`client.${r.path.join('.')}\`: ${[...r.operations.map((o) => o.method), ...r.children.map((c) => c.ident)].join(', ')}.`;

/**
 * The parameters of an operation's Ruby method as readers see them: path
 * parameters first (positional, in template order), then its keywords
 * (required ones without a default), then `request_options:`. The `def`
 * itself takes the keywords as `**params`, checked against the plan by the
 * client, so that a misspelt keyword is an ArgumentError naming it.
 * @param {OperationPlan} o
 */
export function rubyParameters(o) {
  return [...o.pathParams.map((p) => p.ident), ...o.params.map((p) => `${p.ident}:${p.required ? '' : ' nil'}`), 'request_options: nil'];
}

/** The class of what an operation's Ruby method returns. @param {OperationPlan} o */
export const rubyReturns = (o) =>
  ({ binary: 'Revox::Binary', empty: 'nil', json: o.paging ? 'Revox::Page' : 'Revox::Model' })[o.answer.kind];

/** @param {OperationPlan} o */
function rubyMethod(o) {
  const positional = o.pathParams.map((p) => p.ident);
  const input = [`Generated::OPERATIONS.fetch(:${o.id})`];
  if (positional.length) input.push(`path: [${positional.join(', ')}]`);
  if (o.params.length) input.push('params: params');
  input.push('request_options: request_options');
  const signature = [...positional, 'request_options: nil', ...(o.params.length ? ['**params'] : [])];
  return `def ${o.method}(${signature.join(', ')})\n  @client.request(${input.join(', ')})\nend\n`;
}

/** @param {OperationPlan} o */
function methodComment(o) {
  const keywords = o.params.length
    ? `Keywords: ${o.params.map((p) => `\`${p.ident}:\`${p.required ? ' (required)' : ''}`).join(', ')}.`
    : '';
  return comment(
    [
      `**${o.summary}** (\`${o.http.method} ${o.http.path}\`)`,
      o.description,
      keywords,
      o.deprecated ? '@deprecated The API marks this operation as deprecated.' : '',
    ],
    '',
  );
}

/** @param {ResourcePlan[]} roots */
function resourcesSource(roots) {
  const indent = (/** @type {string} */ text, /** @type {string} */ by) =>
    text
      .split('\n')
      .map((l) => (l ? by + l : l))
      .join('\n');
  /** @param {ResourcePlan} r @returns {string} */
  const emit = (r) => {
    const members = [];
    if (r.children.length) {
      members.push(r.children.map((c) => `# ${summary(c)}\nattr_reader :${c.ident}\n`).join('\n'));
      members.push(
        `def initialize(client)\n  super\n${r.children.map((c) => `  @${c.ident} = ${pascalCase(c.ident)}.new(client)\n`).join('')}end\n`,
      );
    }
    for (const o of r.operations) members.push(`${methodComment(o)}${rubyMethod(o)}`);
    members.push(...r.children.map(emit));
    return `# ${summary(r)}\nclass ${pascalCase(r.ident)} < Resource\n${indent(members.join('\n'), '  ')}end\n`;
  };
  return `module Revox
  # One class per resource of the API, one method per operation.
  module Resources
${indent(roots.map(emit).join('\n'), '    ')}  end

  class Client
${roots.map((r) => `    # ${summary(r)}\n    attr_reader :${r.ident}\n`).join('\n')}
    private

    def attach_resources
${roots.map((r) => `      @${r.ident} = Resources::${className(r)}.new(self)\n`).join('')}    end
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
  const node = schemaNode(doc, raw);
  switch (node.kind) {
    case 'literals':
      return node.values.flatMap(literals);
    case 'open':
      // Named for the reader, any other string or symbol still taken.
      return [...node.values.flatMap(literals), 'String', 'Symbol', ...(node.nullable ? ['nil'] : [])];
    case 'variants':
      return node.variants.flatMap((/** @type {any} */ v) => alternatives(doc, v));
    case 'merged':
      return ['Hash[Symbol | String, untyped]'];
    case 'file':
      // A file part of a form: its bytes, or something that reads them.
      return ['String', 'IO', 'Pathname'];
    case 'any':
      return ['untyped'];
    default:
      return node.types.map((type) => {
        if (type === 'array') return `Array[${rbsType(doc, node.schema.items)}]`;
        return (
          {
            string: 'String',
            number: 'Numeric',
            integer: 'Integer',
            boolean: 'bool',
            null: 'nil',
            object: 'Hash[Symbol | String, untyped]',
          }[type] ?? 'untyped'
        );
      });
  }
}

/** An enum value as RBS literals; a string may be given as a symbol too (`:cartesia`). @param {unknown} value @returns {string[]} */
function literals(value) {
  if (value === null) return ['nil'];
  if (typeof value === 'string') return [`:${/^[a-z_][A-Za-z0-9_]*$/.test(value) ? value : str(value)}`, str(value)];
  return [String(value)];
}

/** The RBS signature of an operation's method. @param {any} doc @param {OperationPlan} o */
function methodSignature(doc, o) {
  const positional = o.pathParams.map((p) => `${p.type === 'integer' ? 'Integer' : 'String'} ${p.ident}`);
  const keywords = o.params.map((p) => `${p.required ? '' : '?'}${p.ident}: ${rbsType(doc, p.schema)}`);
  keywords.push('?request_options: Revox::request_options');
  const annotation = o.deprecated ? '%a{deprecated} ' : '';
  return `${annotation}def ${o.method}: (${[...positional, ...keywords].join(', ')}) -> ${rubyReturns(o)}`;
}

/** @param {any} doc @param {ResourcePlan[]} roots */
function resourcesSignatures(doc, roots) {
  /** @param {ResourcePlan} r @param {string} indent @returns {string} */
  const emit = (r, indent) => {
    const lines = [`${indent}class ${pascalCase(r.ident)} < Resource`];
    for (const c of r.children) lines.push(`${indent}  attr_reader ${c.ident}: ${className(c)}`);
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
${roots.map((r) => `    attr_reader ${r.ident}: Resources::${className(r)}\n`).join('')}
    private

    def attach_resources: () -> void
  end
end
`;
}
