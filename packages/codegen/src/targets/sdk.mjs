// @revoxai/sdk: the `Revox` class with a resource per resource of the model
// and a method per operation, the operations' facts the transport acts on,
// and the SDK policy as constants. The machinery they call is hand-written
// (packages/sdk/src/client.ts and its neighbours); what differs per
// operation is generated here.
import { deref, externalExample, resourcesOf, pascal } from '@revoxai/spec';
import { banner } from '../banner.mjs';

const DIR = 'packages/sdk/src/generated';

/** The hand-written error classes of src/errors.ts, also reachable as `Revox.<name>` (packages/sdk/test/errors.test.ts checks that every exported error class is). */
export const BASE_ERRORS = [
  'RevoxError',
  'RevoxValidationError',
  'APIError',
  'APIConnectionError',
  'APIConnectionTimeoutError',
  'APIUserAbortError',
];

/** @param {{ doc: any, model: import('@revoxai/spec').Model, policy: import('@revoxai/spec').Policy }} input */
export function sdkFiles({ doc, model, policy }) {
  return new Map([
    [`${DIR}/revox.ts`, revoxSource(model, policy)],
    [`${DIR}/errors.ts`, errorsSource(policy)],
    [`${DIR}/policy.ts`, policySource(model, policy)],
    [`${DIR}/examples.ts`, examplesSource(doc, model)],
  ]);
}

/**
 * What `@revoxai/sdk/testing` answers by default, and how it reads queries:
 * each operation's first success example (a file's bytes as base64 for a
 * binary answer), and the type of each query parameter.
 * @param {any} doc @param {import('@revoxai/spec').Model} model
 */
function examplesSource(doc, model) {
  const examples = model.operations.map((o) => {
    const [first] = o.success.examples;
    const at = `${o.id}: ${o.method} ${o.path}`;
    if (!first) throw new Error(`${at} has no success example for @revoxai/sdk/testing to answer with`);
    const content = o.success.json ? { body: first.value } : { base64: externalExample(first.externalValue ?? '').toString('base64') };
    return `  ${o.id}: ${JSON.stringify({ status: Number(o.success.status), type: o.success.mediaType, ...content })},`;
  });
  const queries = model.operations
    .filter((o) => o.query.length)
    .map((o) => `  ${o.id}: ${JSON.stringify(Object.fromEntries(o.query.map((p) => [p.name, deref(doc, p.schema)?.type ?? 'string'])))},`);
  // Declared types, not `as const`: the literal type of every example would outgrow what the compiler
  // can write into a declaration file once a spec has hundreds of operations (TS7056).
  const ids = model.operations.map((o) => `'${o.id}'`).join(' | ');
  return `${banner('//', 'the operation model')}
/** An operation's default answer: its status and media type, and a JSON body or a file's bytes as base64. */
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

/** The JSON type of each query parameter, to read a query string back into the values the caller passed. */
export const QUERY_TYPES: Partial<Record<${ids}, Record<string, string>>> = {
${queries.join('\n')}
};
`;
}

/** @typedef {import('@revoxai/spec').Operation} Operation */

/**
 * The facts of an operation the client acts on, as a TypeScript literal.
 * @param {Operation} o
 */
export function operationFacts(o) {
  const facts = [`sdk: '${o.sdk.name}'`, `method: '${o.method}'`, `path: '${o.path}'`, `idempotent: ${o.idempotent}`];
  if (o.pathParams.length) facts.push(`pathParams: [${o.pathParams.map((p) => `'${p.name}'`).join(', ')}]`);
  if (o.query.length)
    facts.push(
      `query: [${o.query
        .filter((p) => p.required)
        .map((p) => `'${p.name}'`)
        .join(', ')}]`,
    );
  if (o.body) facts.push(`body: '${o.body.required ? 'required' : 'optional'}'`);
  if (!o.success.json) facts.push(`accept: '${o.success.accept}'`);
  if (o.pagination)
    facts.push(`pagination: { page: '${o.pagination.page}', size: '${o.pagination.size}', items: '${o.pagination.items}' }`);
  return `{ ${facts.join(', ')} }`;
}

/**
 * The TypeScript signature of an operation's method: its parameters and what
 * it resolves to. `type` names a type of @revoxai/types, through `qualify`.
 * @param {Operation} o @param {(name: string) => string} [qualify]
 * @returns {{ params: { name: string, type: string, optional: boolean, default?: string }[], returns: string }}
 */
export function methodSignature(o, qualify = (name) => name) {
  const params = o.pathParams.map(({ name, schema }) => ({
    name,
    type: schema?.type === 'number' || schema?.type === 'integer' ? 'number' : 'string',
    optional: false,
  }));
  const paramsType = qualify(/** @type {string} */ (o.sdk.types.params));
  const optional = (/** @type {boolean} */ required) => (required ? { optional: false } : { optional: true, default: '{}' });
  if (o.query.length) params.push({ name: 'query', type: paramsType, ...optional(o.query.some((p) => p.required)) });
  if (o.body) params.push({ name: 'body', type: paramsType, ...optional(o.body.required) });
  params.push({ name: 'options', type: 'RequestOptions', optional: true });
  const response = qualify(o.sdk.types.response);
  const returns = o.pagination ? `PagePromise<${response}, ${response}['${o.pagination.items}'][number]>` : `APIPromise<${response}>`;
  return { params, returns };
}

/**
 * The arguments of an operation's TypeScript method for the given values, in
 * the method's order (see methodSignature): path parameters, query, body.
 * @param {Operation} o @param {{ pathParams?: Record<string, unknown>, query?: unknown, body?: unknown }} values
 */
export function methodArguments(o, { pathParams = {}, query, body }) {
  const args = methodSignature(o)
    .params.filter((p) => p.name !== 'options')
    .map((p) => (p.name === 'query' ? query : p.name === 'body' ? body : pathParams[p.name]));
  while (args.length && args.at(-1) === undefined) args.pop();
  return args;
}

/** A JSDoc block from prose; `*​/` cannot end it early. @param {string[]} paragraphs @param {string} indent */
function jsdoc(paragraphs, indent) {
  const lines = paragraphs.filter(Boolean).join('\n\n').replaceAll('*/', '*\\/').trimEnd().split('\n');
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
}

/** @param {import('@revoxai/spec').Model} model @param {import('@revoxai/spec').Policy} policy */
function revoxSource(model, policy) {
  const resources = resourcesOf(model);
  const name = interfaceNames(resources);
  /** @type {string[]} */
  const interfaces = [];
  const typeNames = new Set();
  const emit = (/** @type {import('@revoxai/spec').Resource} */ resource) => {
    const members = resource.children.map((child) => `  readonly ${child.name}: ${name(child)};`);
    for (const o of resource.operations) {
      const { params, returns } = methodSignature(o, (name) => `Types.${name}`);
      for (const t of [o.sdk.types.params, o.sdk.types.response]) if (t) typeNames.add(t);
      const args = params.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type}`);
      members.push(
        `${jsdoc([`**${o.summary}** (\`${o.method} ${o.path}\`)`, o.description], '  ')}  ${o.sdk.method}(${args.join(', ')}): ${returns};`,
      );
    }
    const list = resource.operations.map((o) => o.sdk.method);
    const children = resource.children.map((c) => `\`${c.name}\``);
    interfaces.push(`/** \`client.${resource.path.join('.')}\`: ${[...list, ...children].join(', ')}. */
export interface ${name(resource)} {
${members.join('\n\n')}
}`);
    resource.children.forEach(emit);
  };
  resources.forEach(emit);

  const errors = [
    ...BASE_ERRORS.map((n) => `Errors.${n}`),
    ...Object.values(policy.errors.byStatus).map((n) => `StatusErrors.${n}`),
    `StatusErrors.${policy.errors.serverError}`,
  ];
  return `${banner('//', 'the operation model')}import type * as Types from '@revoxai/types';
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
${model.operations.map((o) => `  ${o.id}: ${operationFacts(o)},`).join('\n')}
} as const satisfies Record<keyof operations, Operation>;

/** The operationId of each SDK method name, for the types that take either (a lookup stays cheap for large specs). */
export interface OperationIdOf {
${model.operations.map((o) => `  '${o.sdk.name}': '${o.id}';`).join('\n')}
}

${jsdoc([`The ${model.title} client.`, `\`\`\`ts\nconst client = new Revox(); // reads ${policy.env.apiKey}\n\`\`\``], '')}export class Revox extends APIClient {
${errors.map((e) => `  static readonly ${e.split('.')[1]} = ${e};`).join('\n')}

${resources.map((r) => `  declare readonly ${r.name}: ${name(r)};`).join('\n')}

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
 * @param {import('@revoxai/spec').Resource[]} roots
 */
function interfaceNames(roots) {
  /** @type {import('@revoxai/spec').Resource[]} */
  const all = [];
  const walk = (/** @type {import('@revoxai/spec').Resource[]} */ level) => {
    for (const r of level) {
      all.push(r);
      walk(r.children);
    }
  };
  walk(roots);
  const shared = (/** @type {string} */ leaf) => all.filter((r) => r.name === leaf).length > 1;
  return (/** @type {import('@revoxai/spec').Resource} */ r) => (shared(r.name) ? r.path.map(pascal).join('') : pascal(r.name));
}

/** @param {import('@revoxai/spec').Policy} policy */
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

/** @param {import('@revoxai/spec').Model} model @param {import('@revoxai/spec').Policy} policy */
function policySource(model, policy) {
  const { client, env, retry, errors } = policy;
  return `${banner('//', 'spec/sdk-policy.yaml')}import { APIError } from '../errors.js';
import * as StatusErrors from './errors.js';

/** The default of each client option (the API root is the spec's first server). */
export const DEFAULTS = {
  baseURL: '${model.baseUrl}',
  timeout: ${client.timeoutMs},
  maxRetries: ${client.maxRetries},
  retryDelay: { initialMs: ${client.retryDelay.initialMs}, maxMs: ${client.retryDelay.maxMs}, maxRetryAfterMs: ${client.retryDelay.maxRetryAfterMs} },
  logLevel: '${client.logLevel}',
} as const;

/** The environment variables read when an option is not given. */
export const ENV = { apiKey: '${env.apiKey}', baseURL: '${env.baseUrl}', logLevel: '${env.logLevel}' } as const;

/** The statuses after which a request may be sent again, by whether its operation is idempotent. */
export const RETRY = { idempotent: [${retry.idempotent.statuses.join(', ')}], idempotentFrom: ${retry.idempotent.andFrom}, nonIdempotent: [${retry.nonIdempotent.statuses.join(', ')}] };

const BY_STATUS: Record<number, typeof APIError> = { ${Object.entries(errors.byStatus)
    .map(([status, name]) => `${status}: StatusErrors.${name}`)
    .join(', ')} };

/** The error for an HTTP failure status, its message built from the response. */
export function errorFromResponse(status: number, headers: Headers, body: unknown): APIError {
  const ErrorClass = BY_STATUS[status] ?? (status >= 500 ? StatusErrors.${errors.serverError} : APIError);
  return new ErrorClass(status, headers, body);
}
`;
}
