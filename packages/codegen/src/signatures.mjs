// The SDK methods of an operation as readers see them, in each language
// (TypeScript, Ruby, Python): the method, its parameters with the first
// fields of each object, and what it returns (in TypeScript, what its
// promise resolves to). Made from the same plan and spelling functions the
// SDKs are generated with, so the reference
// (its signatures) and the READMEs (their method tables) cannot name a
// method the SDKs do not have.
import { pythonParameters, pythonPath, pythonReturns } from './targets/python.mjs';
import { rubyParameters, rubyReturns } from './targets/ruby.mjs';
import { paramsArgument, tsName, typescriptMethod } from './targets/sdk.mjs';

/** How many fields of an object the signature names before "N more". */
const SHOWN_FIELDS = 3;

/** ` { a, b, c, 22 more }`, or nothing for no fields. @param {string[]} fields */
export function fieldPreview(fields) {
  if (fields.length === 0) return '';
  const more = fields.length - SHOWN_FIELDS;
  return ` { ${[...fields.slice(0, SHOWN_FIELDS), ...(more > 0 ? [`${more} more`] : [])].join(', ')} }`;
}

/**
 * @typedef {import('./plan/index.mjs').OperationPlan} OperationPlan
 * @typedef {{ call: string, params: string[], returns: string }} Signature
 */

/**
 * The TypeScript method in parts: what is called, each parameter with the
 * first fields of its type (wire names), and the type the promise resolves to.
 * @param {OperationPlan} o
 * @returns {Signature}
 */
export function typescriptParts(o) {
  const argument = paramsArgument(o);
  const fields = (/** @type {string} */ name) => (name === argument ? o.params.map((p) => p.wire) : []);
  return {
    call: `client.${[...o.resource, o.method].map(tsName).join('.')}`,
    params: typescriptMethod(o).params.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type}${fieldPreview(fields(p.name))}`),
    returns: o.answer.kind === 'empty' ? 'void' : `${o.types.response}${fieldPreview(o.answer.fields)}`,
  };
}

/**
 * The Ruby method in parts: path parameters, the required keywords, the
 * optional ones named by their first identifiers (`**params { … }`), then
 * `request_options:`; and the class of what it returns with the answer's fields.
 * @param {OperationPlan} o
 * @returns {Signature}
 */
export function rubyParts(o) {
  const parameters = rubyParameters(o);
  const optional = o.params.filter((p) => !p.required).map((p) => p.ident);
  const shown = parameters.filter((p) => !p.endsWith(': nil') || p === 'request_options: nil');
  if (optional.length) shown.splice(shown.length - 1, 0, `**params${fieldPreview(optional)}`);
  return {
    call: `revox.${[...o.resource, o.method].join('.')}`,
    params: shown,
    returns: `${rubyReturns(o)}${o.answer.kind === 'json' ? fieldPreview(o.answer.fields) : ''}`,
  };
}

/**
 * The Python method in parts: path parameters with their types, `*`, the
 * required keywords, the optional ones named by their first identifiers
 * (`**params { … }`: a `...Params` TypedDict passes as `**params`), then the
 * options of the request with their defaults; and what it returns (its
 * annotation) with the answer's fields.
 * @param {OperationPlan} o
 * @returns {Signature}
 */
export function pythonParts(o) {
  const parameters = pythonParameters(o);
  const optional = parameters.filter((p) => p.kind === 'keyword' && !p.required).map((p) => p.name);
  return {
    call: `client.${pythonPath(o)}`,
    params: [
      ...parameters.filter((p) => p.kind === 'positional').map((p) => `${p.name}: ${p.annotation}`),
      '*',
      ...parameters.filter((p) => p.kind === 'keyword' && p.required).map((p) => p.name),
      ...(optional.length ? [`**params${fieldPreview(optional)}`] : []),
      ...parameters.filter((p) => p.kind === 'option').map((p) => `${p.name}=${p.default}`),
    ],
    returns: `${pythonReturns(o)}${o.answer.kind === 'json' ? fieldPreview(o.answer.fields) : ''}`,
  };
}

/** A signature on one line, as the seed page prints it. @param {Signature} s @param {string} [arrow] what comes before the result */
export const oneLine = ({ call, params, returns }, arrow = ':') => `${call}(${params.join(', ')})${arrow} ${returns}`;

/** A signature with one parameter per line, for the page's narrow middle column. @param {Signature} s @param {string} [arrow] */
export const block = ({ call, params, returns }, arrow = ':') => `${call}(\n${params.map((p) => `  ${p},\n`).join('')})${arrow} ${returns}`;

/**
 * `client.assistants.update(id: string, body?: AssistantUpdateParams { … },
 * options?: RequestOptions): AssistantUpdateResponse { assistant }`.
 * @param {OperationPlan} o
 */
export const typescriptSignature = (o) => oneLine(typescriptParts(o));

/**
 * `revox.assistants.update(id, **params { … }, request_options: nil) -> Revox::Model { assistant }`.
 * @param {OperationPlan} o
 */
export const rubySignature = (o) => oneLine(rubyParts(o), ' ->');

/**
 * `client.assistants.update(id: str, *, **params { … }, extra_headers=None, …, timeout=NOT_GIVEN) -> AssistantUpdateResponse { assistant }`.
 * @param {OperationPlan} o
 */
export const pythonSignature = (o) => oneLine(pythonParts(o), ' ->');
