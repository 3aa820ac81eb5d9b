// The SDK plan: everything an SDK in any language must decide, decided once,
// between the operation model (spec/lib/model.js) and the language targets.
//
//   spec/openapi.yaml ─► model ─┐
//   spec/sdk-policy.yaml ───────┴► plan ─► targets (TypeScript, Ruby, Python,
//                                          samples, signatures, READMEs)
//
// A target reads the plan and spells it in its language; it decides nothing
// about what an operation means, and it restates no policy constant.
import { byPathSpecificity, IDEMPOTENT_METHODS } from '@revoxai/spec';
import { operationPlan } from './operations.mjs';

export { bodyFields, UnsupportedError } from './operations.mjs';
export { camel, identifier, pascalCase } from './names.mjs';

/**
 * @typedef {import('./operations.mjs').OperationPlan} OperationPlan
 * @typedef {import('./operations.mjs').Param} Param
 * @typedef {{ ident: string, path: string[], operations: OperationPlan[], children: ResourcePlan[] }} ResourcePlan
 * @typedef {ReturnType<typeof policyPlan>} PolicyPlan
 * @typedef {{ title: string, baseUrl: string, operations: OperationPlan[], resources: ResourcePlan[], routes: string[], policy: PolicyPlan }} Plan
 */

/**
 * @param {{ doc: any, model: import('@revoxai/spec').Model, policy: import('@revoxai/spec').Policy }} input
 * @returns {Plan}
 */
export function planOf({ doc, model, policy }) {
  const operations = model.operations.map((o) => operationPlan(doc, o));
  return {
    title: model.title,
    baseUrl: model.baseUrl,
    operations,
    resources: resourceTree(operations),
    // The order in which a request's path is matched against the templates (the mocks, the testing module).
    routes: byPathSpecificity(operations.map((o) => ({ id: o.id, path: o.http.path }))).map((r) => r.id),
    policy: policyPlan(policy, model.baseUrl),
  };
}

/**
 * The policy with what every target needs derived once: the defaults by
 * option, the rule for credential headers, HTTP's idempotent methods.
 * @param {import('@revoxai/spec').Policy} policy @param {string} baseUrl
 */
export function policyPlan(policy, baseUrl) {
  const { options, retry, headers, errors, pagination, languages } = policy;
  return {
    /** Each option's default, durations in ms. */
    defaults: {
      baseUrl,
      timeoutMs: /** @type {number} */ (options.timeout.defaultMs),
      maxRetries: /** @type {number} */ (options.maxRetries.default),
      initialRetryDelayMs: /** @type {number} */ (options.initialRetryDelay.defaultMs),
      maxRetryDelayMs: /** @type {number} */ (options.maxRetryDelay.defaultMs),
      maxRetryAfterMs: /** @type {number} */ (options.maxRetryAfter.defaultMs),
      logLevel: /** @type {string} */ (options.logLevel.default),
      maxResponseBytes: {
        json: /** @type {number} */ (options.maxResponseBytes.defaultJson),
        binary: /** @type {number} */ (options.maxResponseBytes.defaultBinary),
      },
    },
    env: {
      apiKey: /** @type {string} */ (options.apiKey.env),
      baseUrl: /** @type {string} */ (options.baseUrl.env),
      logLevel: /** @type {string} */ (options.logLevel.env),
    },
    logLevels: /** @type {string[]} */ (options.logLevel.values),
    options,
    retry: {
      idempotentStatuses: retry.idempotent.statuses,
      idempotentFrom: retry.idempotent.andFrom,
      nonIdempotentStatuses: retry.nonIdempotent.statuses,
      jitter: retry.jitter,
      meaning: { idempotent: retry.idempotent.meaning, nonIdempotent: retry.nonIdempotent.meaning },
    },
    headers,
    /** A header is a credential when its lower-case name matches this (source of a case-insensitive regular expression). */
    secretHeader: headers.secretWords.join('|'),
    errors,
    pagination,
    /** The methods HTTP calls idempotent, for requests that are no operation of the spec. */
    idempotentMethods: [...IDEMPOTENT_METHODS],
    languages,
  };
}

/**
 * The resources as a tree, in the order their first operation appears.
 * @param {OperationPlan[]} operations @returns {ResourcePlan[]}
 */
function resourceTree(operations) {
  /** @type {ResourcePlan[]} */
  const roots = [];
  for (const operation of operations) {
    let level = roots;
    /** @type {ResourcePlan | undefined} */
    let node;
    operation.resource.forEach((ident, depth) => {
      node = level.find((r) => r.ident === ident);
      if (!node) {
        node = { ident, path: operation.resource.slice(0, depth + 1), operations: [], children: [] };
        level.push(node);
      }
      level = node.children;
    });
    /** @type {ResourcePlan} */ (node).operations.push(operation);
  }
  return roots;
}

/** Every resource of a tree, depth first. @param {ResourcePlan[]} roots @returns {ResourcePlan[]} */
export function allResources(roots) {
  return roots.flatMap((r) => [r, ...allResources(r.children)]);
}
