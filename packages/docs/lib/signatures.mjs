// Each operation's SDK methods at the top of its description, as the seed
// pages show them: the method, its parameters with the first fields of each
// object, and what it returns (in TypeScript, what its promise resolves to). The parameters come from the generators'
// own signature functions (packages/codegen), the ones the SDKs are written
// from, so the reference cannot name a method the SDKs do not have.
import { methodSignature, rubyParameters, rubyReturns } from '@revoxai/codegen';
import { modelOf } from '@revoxai/spec';

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
function typescriptParts(o) {
  const fields = (/** @type {string} */ name) => (name === 'body' ? (o.body?.fields ?? []) : name === 'query' ? o.query.map((p) => p.name) : []);
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
function rubyParts(o) {
  return {
    call: `revox.${o.sdk.name}`,
    params: rubyParameters(o).map((p) => (p === '**params' ? `**params${fieldPreview(o.body?.fields ?? [])}` : p)),
    returns: `${rubyReturns(o)}${fieldPreview(o.success.fields)}`,
  };
}

/** A signature on one line, as the seed page prints it. @param {Signature} s @param {string} [arrow] what comes before the result */
const oneLine = ({ call, params, returns }, arrow = ':') => `${call}(${params.join(', ')})${arrow} ${returns}`;

/** A signature with one parameter per line, for the page's narrow middle column. @param {Signature} s @param {string} [arrow] */
const block = ({ call, params, returns }, arrow = ':') => `${call}(\n${params.map((p) => `  ${p},\n`).join('')})${arrow} ${returns}`;

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

/**
 * The spec with each operation's SDK signatures first in its description.
 * @param {any} doc a parsed OpenAPI document (not modified)
 */
export function withSignatures(doc) {
  const copy = structuredClone(doc);
  for (const o of modelOf(copy).operations) {
    const shown = [
      ['TypeScript', 'ts', block(typescriptParts(o))],
      ['Ruby', 'ruby', block(rubyParts(o), ' ->')],
    ];
    const blocks = shown.map(([label, lang, code]) => `${label}:\n\n\`\`\`${lang}\n${code}\n\`\`\``);
    o.operation.description = `${blocks.join('\n\n')}\n\n${o.operation.description ?? ''}`;
  }
  return copy;
}
