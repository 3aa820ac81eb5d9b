// The SDK methods of an operation as readers see them, in both languages:
// the method, its parameters with the first fields of each object, and what
// it returns (in TypeScript, what its promise resolves to). Made from the
// same functions the SDKs are generated with, so the reference (its
// signatures) and the READMEs (their method tables) cannot name a method the
// SDKs do not have.
import { methodSignature } from './targets/sdk.mjs';
import { rubyParameters, rubyReturns } from './targets/ruby.mjs';

/** How many fields of an object the signature names before "N more". */
const SHOWN_FIELDS = 3;

/** ` { a, b, c, 22 more }`, or nothing for no fields. @param {string[]} fields */
export function fieldPreview(fields) {
  if (fields.length === 0) return '';
  const more = fields.length - SHOWN_FIELDS;
  return ` { ${[...fields.slice(0, SHOWN_FIELDS), ...(more > 0 ? [`${more} more`] : [])].join(', ')} }`;
}

/**
 * The TypeScript method in parts: what is called, each parameter with the
 * first fields of its type, and the type the promise resolves to.
 * @param {import('@revoxai/spec').Operation} o
 * @returns {Signature}
 * @typedef {{ call: string, params: string[], returns: string }} Signature
 */
export function typescriptParts(o) {
  const fields = (/** @type {string} */ name) =>
    name === 'body' ? (o.body?.fields ?? []) : name === 'query' ? o.query.map((p) => p.name) : [];
  return {
    call: `client.${o.sdk.name}`,
    params: methodSignature(o).params.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type}${fieldPreview(fields(p.name))}`),
    returns: `${o.sdk.types.response}${fieldPreview(o.success.fields)}`,
  };
}

/**
 * The Ruby method in parts: the body's keywords (`**params`) named by their
 * first fields, and the class of what it returns with the answer's fields.
 * @param {import('@revoxai/spec').Operation} o
 * @returns {Signature}
 */
export function rubyParts(o) {
  return {
    call: `revox.${o.sdk.name}`,
    params: rubyParameters(o).map((p) => (p === '**params' ? `**params${fieldPreview(o.body?.fields ?? [])}` : p)),
    returns: `${rubyReturns(o)}${fieldPreview(o.success.fields)}`,
  };
}

/** A signature on one line, as the seed page prints it. @param {Signature} s @param {string} [arrow] what comes before the result */
export const oneLine = ({ call, params, returns }, arrow = ':') => `${call}(${params.join(', ')})${arrow} ${returns}`;

/** A signature with one parameter per line, for the page's narrow middle column. @param {Signature} s @param {string} [arrow] */
export const block = ({ call, params, returns }, arrow = ':') => `${call}(\n${params.map((p) => `  ${p},\n`).join('')})${arrow} ${returns}`;

/**
 * `client.assistants.update(id: string, body?: AssistantUpdateParams { … },
 * options?: RequestOptions): AssistantUpdateResponse { assistant }`.
 * @param {import('@revoxai/spec').Operation} o
 */
export const typescriptSignature = (o) => oneLine(typescriptParts(o));

/**
 * `revox.assistants.update(id, request_options: nil, **params { … }) -> Revox::Model { assistant }`.
 * @param {import('@revoxai/spec').Operation} o
 */
export const rubySignature = (o) => oneLine(rubyParts(o), ' ->');
