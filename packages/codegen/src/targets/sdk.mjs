// @revoxai/sdk: the plan spelled in TypeScript. The `Revox` class with a
// resource per resource and a method per operation, each operation's row
// (the facts the client acts on), the policy's constants, the testing
// module's default answers. The machinery they call is hand-written
// (packages/sdk/src/client.ts and its neighbours).
import { externalExample } from '@revoxai/spec';
import { banner } from '../banner.mjs';
import { allResources, camel, pascalCase } from '../plan/index.mjs';

const DIR = 'packages/sdk/src/generated';

/** The hand-written error classes of src/errors.ts, also reachable as `Revox.<name>` (packages/sdk/test/errors.test.ts checks that every exported error class is). */
export const BASE_ERRORS = [
  'RevoxError',
  'RevoxValidationError',
  'APIError',
  'APIConnectionError',
  'APIConnectionTimeoutError',
  'APIUserAbortError',
  'ResponseTooLargeError',
];

/**
 * @typedef {import('../plan/index.mjs').Plan} Plan
 * @typedef {import('../plan/index.mjs').OperationPlan} OperationPlan
 * @typedef {import('../plan/index.mjs').ResourcePlan} ResourcePlan
 */

/** @param {{ plan: Plan }} input */
export function sdkFiles({ plan }) {
  return new Map([
    [`${DIR}/revox.ts`, revoxSource(plan)],
    [`${DIR}/errors.ts`, errorsSource(plan.policy)],
    [`${DIR}/policy.ts`, policySource(plan.policy)],
    [`${DIR}/examples.ts`, examplesSource(plan)],
  ]);
}

/** The TypeScript name of a method or resource: `retrieve_legacy` → `retrieveLegacy`. */
export const tsName = camel;

/**
 * The name of the argument holding an operation's named parameters, as the
 * official SDK names it: `body` or `query` when it holds only those, else `params`.
 * @param {OperationPlan} o
 */
export function paramsArgument(o) {
  const places = new Set(o.params.map((p) => p.in));
  if (o.body) places.add('body');
  const [only] = places;
  return places.size === 1 && (only === 'body' || only === 'query') ? only : 'params';
}

/**
 * The facts of an operation the client acts on, as a TypeScript literal.
 * Names are wire names: TypeScript callers write them as the API does.
 * @param {OperationPlan} o
 */
export function operationRow(o) {
  const list = (/** @type {string[]} */ names) => `[${names.map((n) => `'${n}'`).join(', ')}]`;
  const facts = [`sdk: '${o.sdkName}'`, `method: '${o.http.method}'`, `path: '${o.http.path}'`, `idempotent: ${o.idempotent}`];
  if (o.pathParams.length) facts.push(`pathParams: ${list(o.pathParams.map((p) => p.wire))}`);
  if (o.input !== 'none') facts.push(`input: '${o.input}'`);
  const where = (/** @type {string} */ place) => o.params.filter((p) => p.in === place).map((p) => p.wire);
  if (where('query').length) facts.push(`query: ${list(where('query'))}`);
  if (where('header').length) facts.push(`headers: ${list(where('header'))}`);
  const required = o.params.filter((p) => p.required).map((p) => p.wire);
  if (required.length) facts.push(`required: ${list(required)}`);
  if (o.body) facts.push(`body: '${o.body.encoding}'`);
  const files = o.params.filter((p) => p.file).map((p) => p.wire);
  if (files.length) facts.push(`files: ${list(files)}`);
  if (o.answer.kind !== 'json') facts.push(`answer: '${o.answer.kind}'`, `accept: '${o.answer.accept}'`);
  if (o.paging) facts.push(`pagination: { page: '${o.paging.page}', size: '${o.paging.size}', items: '${o.paging.items}' }`);
  if (o.deprecated) facts.push('deprecated: true');
  return `{ ${facts.join(', ')} }`;
}

/**
 * The TypeScript signature of an operation's method: the path parameters in
 * template order, then the named parameters in one object, then the request
 * options; and what it resolves to. `qualify` names a type of @revoxai/types.
 * @param {OperationPlan} o @param {(name: string) => string} [qualify]
 * @returns {{ params: { name: string, type: string, optional: boolean, default?: string }[], returns: string }}
 */
export function typescriptMethod(o, qualify = (name) => name) {
  /** @type {{ name: string, type: string, optional: boolean, default?: string }[]} */
  const params = o.pathParams.map((p) => ({ name: camel(p.ident), type: p.type === 'integer' ? 'number' : 'string', optional: false }));
  if (o.input !== 'none') {
    const type = qualify(/** @type {string} */ (o.types.params));
    params.push(
      o.input === 'required'
        ? { name: paramsArgument(o), type, optional: false }
        : { name: paramsArgument(o), type, optional: true, default: '{}' },
    );
  }
  params.push({ name: 'options', type: 'RequestOptions', optional: true });
  if (o.answer.kind === 'empty') return { params, returns: 'APIPromise<void>' };
  const response = qualify(/** @type {string} */ (o.types.response));
  const returns = o.paging ? `PagePromise<${response}, ${response}['${o.paging.items}'][number]>` : `APIPromise<${response}>`;
  return { params, returns };
}

/**
 * The arguments of a TypeScript call with these values (path parameters and
 * named parameters by wire name), in the method's order; an empty optional
 * params object is left out.
 * @param {OperationPlan} o @param {{ pathParams?: Record<string, unknown>, params?: Record<string, unknown> }} values
 */
export function typescriptArguments(o, { pathParams = {}, params }) {
  const args = o.pathParams.map((p) => pathParams[p.wire]);
  if (o.input === 'required' || (o.input === 'optional' && params && Object.keys(params).length)) args.push(params ?? {});
  return args;
}

/** A JSDoc block from prose; `*​/` cannot end it early. @param {string[]} paragraphs @param {string} indent */
export function jsdoc(paragraphs, indent) {
  const lines = paragraphs.filter(Boolean).join('\n\n').replaceAll('*/', '*\\/').trimEnd().split('\n');
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
}

/** @param {OperationPlan} o */
const methodDoc = (o) => [
  `**${o.summary}** (\`${o.http.method} ${o.http.path}\`)`,
  o.description,
  o.deprecated ? '@deprecated The API marks this operation as deprecated.' : '',
];

/** @param {Plan} plan */
function revoxSource(plan) {
  const { operations, resources, policy } = plan;
  const name = interfaceNames(resources);
  /** @type {string[]} */
  const interfaces = [];
  const typeNames = new Set();
  for (const resource of allResources(resources)) {
    const members = resource.children.map((child) => `  readonly ${tsName(child.ident)}: ${name(child)};`);
    for (const o of resource.operations) {
      const { params, returns } = typescriptMethod(o, (type) => `Types.${type}`);
      for (const t of [o.types.params, o.types.response]) if (t) typeNames.add(t);
      const args = params.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type}`);
      members.push(`${jsdoc(methodDoc(o), '  ')}  ${tsName(o.method)}(${args.join(', ')}): ${returns};`);
    }
    const list = [...resource.operations.map((o) => tsName(o.method)), ...resource.children.map((c) => `\`${tsName(c.ident)}\``)];
    interfaces.push(`/** \`client.${resource.path.map(tsName).join('.')}\`: ${list.join(', ')}. */
export interface ${name(resource)} {
${members.join('\n\n')}
}`);
  }

  const errors = [
    ...BASE_ERRORS.map((n) => `Errors.${n}`),
    ...Object.values(policy.errors.byStatus).map((n) => `StatusErrors.${n}`),
    `StatusErrors.${policy.errors.serverError}`,
  ];
  return `${banner('//', 'the SDK plan')}import type * as Types from '@revoxai/types';
import type { operations } from '@revoxai/types';
import type { APIPromise, PagePromise } from '../api-promise.js';
import type { Operation } from '../client.js';
import { APIClient } from '../client.js';
import * as Errors from '../errors.js';
import type { ClientOptions, RequestOptions } from '../options.js';
import * as StatusErrors from './errors.js';

/**
 * Each operation of the spec, by operationId: its method's name and the facts
 * the client acts on. The client makes a method of each row; the interfaces
 * below give it its types and the spec's documentation.
 */
export const OPERATIONS = {
${operations.map((o) => `  ${o.id}: ${operationRow(o)},`).join('\n')}
} as const satisfies Record<keyof operations, Operation>;

/** The operationIds in the order a request's path is matched against their templates: the most specific first. */
export const ROUTES: readonly (keyof typeof OPERATIONS)[] = [${plan.routes.map((id) => `'${id}'`).join(', ')}];

/** The operationId of each SDK method name, for the types that take either (a lookup stays cheap for large specs). */
export interface OperationIdOf {
${operations.map((o) => `  '${o.sdkName}': '${o.id}';`).join('\n')}
}

${jsdoc([`The ${plan.title} client.`, `\`\`\`ts\nconst client = new Revox(); // reads ${policy.env.apiKey}\n\`\`\``], '')}export class Revox extends APIClient {
${errors.map((e) => `  declare static readonly ${e.split('.')[1]}: typeof ${e};`).join('\n')}
  // Each error class under its own name (its prototype carries it, errors.ts \`brand\`): one loop is 90 B gzip less than a field per class.
  static {
    for (const ErrorClass of [${errors.join(', ')}])
      (Revox as unknown as Record<string, unknown>)[ErrorClass.prototype.name] = ErrorClass;
  }

${resources.map((r) => `  declare readonly ${tsName(r.ident)}: ${name(r)};`).join('\n')}

  constructor(options?: ClientOptions) {
    super(options, OPERATIONS);
  }
}

/** The request and response types by the names the official SDKs use: \`Revox.AssistantUpdateParams\`. */
export declare namespace Revox {
  export type { ClientOptions, RequestOptions };
${[...typeNames].map((t) => `  export type ${t} = Types.${t};`).join('\n')}
}

${interfaces.join('\n\n')}
`;
}

/**
 * The interface name of each resource: its own name (`Me`), or its whole
 * path (`ShelvesThings`) where two resources share one.
 * @param {ResourcePlan[]} roots
 */
function interfaceNames(roots) {
  const all = allResources(roots);
  const shared = (/** @type {string} */ leaf) => all.filter((r) => r.ident === leaf).length > 1;
  return (/** @type {ResourcePlan} */ r) => (shared(r.ident) ? r.path.map(pascalCase).join('') : pascalCase(r.ident));
}

/** @param {import('../plan/index.mjs').PolicyPlan} policy */
function errorsSource(policy) {
  const { byStatus, serverError } = policy.errors;
  const klass = (/** @type {string} */ name, /** @type {string} */ when) => `/** ${when}. */
export class ${name} extends APIError {
  static {
    brand(this, '${name}');
  }
}`;
  return `${banner('//', 'spec/sdk-policy.yaml')}import { APIError, brand } from '../errors.js';

${[...Object.entries(byStatus).map(([status, name]) => klass(name, `The server answered ${status}`)), klass(serverError, 'The server answered 500 or above')].join('\n\n')}
`;
}

/** @param {import('../plan/index.mjs').PolicyPlan} policy */
function policySource(policy) {
  const { defaults: d, env, retry, headers, errors, options: o } = policy;
  const doc = (/** @type {string} */ meaning, /** @type {string} */ fallback) => jsdoc([`${meaning} ${fallback}`], '  ');
  const ms = (/** @type {number} */ n) => `Default: ${n.toLocaleString('en-US')} ms.`;
  const mib = (/** @type {number} */ bytes) => `${bytes / 2 ** 20} MiB`;
  return `${banner('//', 'spec/sdk-policy.yaml')}import type { LogLevel } from '../logger.js';
import { APIError } from '../errors.js';
import * as StatusErrors from './errors.js';

/** The default of each client option (the API root is the spec's first server). */
export const DEFAULTS = {
  baseURL: '${d.baseUrl}',
  timeout: ${d.timeoutMs},
  maxRetries: ${d.maxRetries},
  retryDelay: { initialMs: ${d.initialRetryDelayMs}, maxMs: ${d.maxRetryDelayMs}, maxRetryAfterMs: ${d.maxRetryAfterMs} },
  logLevel: '${d.logLevel}',
  maxResponseBytes: { json: ${d.maxResponseBytes.json}, binary: ${d.maxResponseBytes.binary} },
} as const;

/** The environment variables read when an option is not given. */
export const ENV = { apiKey: '${env.apiKey}', baseURL: '${env.baseUrl}', logLevel: '${env.logLevel}' } as const;

/** The log levels, from none to every line. */
export const LOG_LEVELS = [${policy.logLevels.map((l) => `'${l}'`).join(', ')}] as const;

/**
 * Which failures may be sent again, by whether the operation is idempotent.
 * Idempotent: ${retry.meaning.idempotent}
 * Not idempotent: ${retry.meaning.nonIdempotent}
 * \`jitter\`: the share of each backoff wait taken off at random, so that many clients do not retry in step.
 */
export const RETRY = { idempotent: [${retry.idempotentStatuses.join(', ')}], idempotentFrom: ${retry.idempotentFrom}, nonIdempotent: [${retry.nonIdempotentStatuses.join(', ')}], jitter: ${retry.jitter} } as const;

/** HTTP's idempotent methods: the retry rule of a request that is no operation of the spec. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set([${policy.idempotentMethods.map((m) => `'${m}'`).join(', ')}]);

/** The headers the client sends (the attempt number, the SDK and runtime) and reads (the request id, a requested wait). */
export const HEADERS = { attempt: '${headers.attempt}', client: '${headers.client}', requestId: '${headers.requestId}', retryAfterMs: '${headers.retryAfterMs}', retryAfter: '${headers.retryAfter}' } as const;

/** A header holds a credential when its name matches: its value is masked wherever the client prints headers. */
export const SECRET_HEADER = /${policy.secretHeader}/i;

/** Backoff between retries, in milliseconds. */
export interface RetryDelays {
${doc(o.initialRetryDelay.meaning, ms(d.initialRetryDelayMs))}  initialMs: number;
${doc(o.maxRetryDelay.meaning, ms(d.maxRetryDelayMs))}  maxMs: number;
${doc(o.maxRetryAfter.meaning, ms(d.maxRetryAfterMs))}  maxRetryAfterMs: number;
}

/** The client options that spec/sdk-policy.yaml sets, with their meanings and defaults. */
export interface PolicyOptions {
${doc(o.apiKey.meaning, `Default: the \`${env.apiKey}\` environment variable.`)}  apiKey?: string | undefined;
${doc(o.baseUrl.meaning, `Default: \`${env.baseUrl}\`, else ${d.baseUrl}.`)}  baseURL?: string | undefined;
${doc(`${o.timeout.meaning} In milliseconds.`, ms(d.timeoutMs))}  timeout?: number | undefined;
${doc(o.maxRetries.meaning, `Default: ${d.maxRetries}.`)}  maxRetries?: number | undefined;
${doc(`Backoff between retries: \`initialMs\` doubled per retry up to \`maxMs\`, minus up to ${retry.jitter * 100} % jitter; a server-requested wait honoured up to \`maxRetryAfterMs\`.`, `Defaults: ${d.initialRetryDelayMs}, ${d.maxRetryDelayMs} and ${d.maxRetryAfterMs} ms.`)}  retryDelay?: Partial<RetryDelays> | undefined;
${doc(o.logLevel.meaning, `Default: \`${env.logLevel}\`, else \`${d.logLevel}\`.`)}  logLevel?: LogLevel | undefined;
${doc(o.maxResponseBytes.meaning, `Default: ${mib(d.maxResponseBytes.json)} for JSON, ${mib(d.maxResponseBytes.binary)} for audio; set it to apply one limit to every answer.`)}  maxResponseBytes?: number | undefined;
}

const BY_STATUS: Record<number, typeof APIError> = { ${Object.entries(errors.byStatus)
    .map(([status, name]) => `${status}: StatusErrors.${name}`)
    .join(', ')} };

/** The error for an HTTP failure status, its message built from the response. */
export function errorFromResponse(status: number, headers: Headers, body: unknown, message?: string): APIError {
  const ErrorClass = BY_STATUS[status] ?? (status >= 500 ? StatusErrors.${errors.serverError} : APIError);
  return new ErrorClass(status, headers, body, message);
}
`;
}

/**
 * What `@revoxai/sdk/testing` answers by default, and how it reads queries:
 * each operation's first success example (a file's bytes as base64 for a
 * binary answer; nothing for an empty one), and the type of each query parameter.
 * @param {Plan} plan
 */
function examplesSource(plan) {
  const examples = plan.operations.map((o) => {
    const [first] = o.answer.examples;
    const at = `${o.id}: ${o.http.method} ${o.http.path}`;
    const status = o.answer.status;
    if (o.answer.kind === 'empty') return `  ${o.id}: ${JSON.stringify({ status, type: '' })},`;
    if (!first) throw new Error(`${at} has no success example for @revoxai/sdk/testing to answer with`);
    const content =
      o.answer.kind === 'json' ? { body: first.value } : { base64: externalExample(first.externalValue ?? '').toString('base64') };
    return `  ${o.id}: ${JSON.stringify({ status, type: o.answer.mediaType, ...content })},`;
  });
  const typeOf = (/** @type {import('../plan/index.mjs').Param} */ p) => {
    const schema = p.array ? p.schema?.items : p.schema;
    const type = [schema?.type ?? 'string'].flat().find((t) => t !== 'null') ?? 'string';
    return p.array ? `${type}[]` : type;
  };
  const queries = plan.operations
    .filter((o) => o.params.some((p) => p.in === 'query'))
    .map(
      (o) => `  ${o.id}: ${JSON.stringify(Object.fromEntries(o.params.filter((p) => p.in === 'query').map((p) => [p.wire, typeOf(p)])))},`,
    );
  // Declared types, not `as const`: the literal type of every example would outgrow what the compiler
  // can write into a declaration file once a spec has hundreds of operations (TS7056).
  const ids = plan.operations.map((o) => `'${o.id}'`).join(' | ');
  return `${banner('//', 'the SDK plan')}
/** An operation's default answer: its status and media type, and a JSON body or a file's bytes as base64 (neither when it has no body). */
export interface Example {
  status: number;
  type: string;
  body?: unknown;
  base64?: string;
}

/** Each operation's default answer in @revoxai/sdk/testing: the spec's first success example. */
export const EXAMPLES: Record<${ids}, Example> = {
${examples.join('\n')}
};

/** The JSON type of each query parameter (\`string[]\` for an array), to read a query string back into the values the caller passed. */
export const QUERY_TYPES: Partial<Record<${ids}, Record<string, string>>> = {
${queries.join('\n')}
};
`;
}
