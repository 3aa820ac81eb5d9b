// The Python package `revox` (packages/python): the plan spelled in Python.
// The operation table, a resource class per resource (blocking and asyncio,
// each with its raw-response twin) with a method per operation, the types
// (a model per answer schema, a TypedDict per method's keywords and per
// nested request object), the status errors, the policy's constants and the
// version. The runtime that acts on them (client, transports, retries,
// models, pages) is hand-written in packages/python/src/revox/. Every file
// is formatted by Ruff with the package's own settings.
import { readFileSync } from 'node:fs';
import { banner } from '../banner.mjs';
import { ROOT } from '../files.mjs';
import { allResources, bodyFields, pascalCase } from '../plan/index.mjs';
import { formatPython } from '../ruff.mjs';
import { schemaNode } from './schemas.mjs';

const SRC = 'packages/python/src/revox';
const BY = 'packages/codegen/src/targets/python.mjs';

/**
 * @typedef {import('../plan/index.mjs').Plan} Plan
 * @typedef {import('../plan/index.mjs').OperationPlan} OperationPlan
 * @typedef {import('../plan/index.mjs').ResourcePlan} ResourcePlan
 * @typedef {import('../plan/index.mjs').Param} Param
 * @typedef {import('../plan/index.mjs').PolicyPlan} PolicyPlan
 */

/** Python's keywords: no name of the package may be one (soft keywords such as `type` and `match` may). */
const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);
/** The keywords every method keeps for the options of one request, as its signature spells them. */
export const REQUEST_OPTIONS = [
  { name: 'extra_headers', annotation: 'Optional[Headers]', default: 'None' },
  { name: 'extra_query', annotation: 'Optional[Query]', default: 'None' },
  { name: 'extra_body', annotation: 'Optional[Body]', default: 'None' },
  { name: 'timeout', annotation: 'Union[float, NotGiven]', default: 'NOT_GIVEN' },
];
/** What a model class has of its own: a field of one of these names stays in `to_dict()` only. */
const MODEL_MEMBERS = new Set(['to_dict', 'to_json', 'construct']);
/** What a client has of its own: no top-level resource may hide one. */
const CLIENT_MEMBERS = new Set([
  'api_key',
  'base_url',
  'timeout',
  'max_retries',
  'max_response_bytes',
  'log_level',
  'default_headers',
  'with_options',
  'copy',
  'close',
  'with_raw_response',
]);

/**
 * The Python name of a plan identifier: itself, or with a trailing
 * underscore where it is a Python keyword (`from` → `from_`, as PEP 8 says).
 * Keywords are sent under their wire names whatever their Python name.
 * @param {string} ident
 */
export const pythonName = (ident) => (KEYWORDS.has(ident) ? `${ident}_` : ident);

/** @param {{ doc: any, plan: Plan }} input */
export function pythonFiles({ doc, plan }) {
  // One version for every package of a release, stated once in VERSION.
  const version = readFileSync(`${ROOT}VERSION`, 'utf8').trim();
  for (const o of plan.operations) checkNames(o);
  checkResources(plan.resources);
  const types = typeModules(doc, plan);
  /** @type {[string, string][]} */
  const files = [
    [`${SRC}/_generated/__init__.py`, '"""Code made from spec/openapi.yaml and spec/sdk-policy.yaml. Never edited by hand."""\n'],
    [
      `${SRC}/_generated/version.py`,
      `"""The package's version: the release's, from VERSION, as every package of it."""\n\n__version__ = ${str(version)}\n`,
    ],
    [`${SRC}/_generated/policy.py`, policySource(plan.policy)],
    [`${SRC}/_generated/errors.py`, errorsSource(plan.policy)],
    [`${SRC}/_generated/operations.py`, operationsSource(plan)],
    [`${SRC}/resources/__init__.py`, resourcesIndex(plan.resources)],
    ...plan.resources.map(
      (r) => /** @type {[string, string]} */ ([`${SRC}/resources/${r.ident}.py`, resourceModule(r, plan.resources, types)]),
    ),
    [`${SRC}/types/__init__.py`, typesIndex(types)],
    ...[...types.modules].map(
      ([module, defs]) => /** @type {[string, string]} */ ([`${SRC}/types/${module}.py`, typesModule(module, defs, types)]),
    ),
  ];
  return new Map(files.map(([path, source]) => [path, formatPython(`${banner('#', BY)}${source}`)]));
}

// -- names ----------------------------------------------------------------------------------------

/**
 * Method and resource names become `def`s and attributes, path parameters
 * and keywords become parameters: each must be one Python can have. A spec
 * that breaks this fails here, by name, instead of generating a package that
 * does not import.
 * @param {OperationPlan} o
 */
function checkNames(o) {
  for (const [what, name] of [['method name', o.method], ...o.resource.map((r) => /** @type {const} */ (['resource name', r]))]) {
    if (KEYWORDS.has(name) || name === 'with_raw_response')
      throw new Error(`${o.id}: the ${what} ${JSON.stringify(name)} cannot be a Python name; rename it in the spec`);
  }
  const positional = o.pathParams.map((p) => pythonName(p.ident));
  for (const p of o.params) {
    const name = pythonName(p.ident);
    if (REQUEST_OPTIONS.some((option) => option.name === name) || name === 'self')
      throw new Error(`${o.id}: the ${p.in} field ${p.wire} would be the keyword ${name}=, which every method keeps for itself`);
    if (positional.includes(name))
      throw new Error(
        `${o.id}: the ${p.in} field ${p.wire} and the path parameter of the same name would be one Python parameter, ${name}`,
      );
  }
}

/** Top-level resources are attributes of the client; nested ones of their parent. @param {ResourcePlan[]} roots */
function checkResources(roots) {
  for (const r of roots)
    if (CLIENT_MEMBERS.has(r.ident) || r.ident === 'shared')
      throw new Error(`the resource ${r.ident} would hide the client's own ${r.ident} (or the shared types module); rename it in the spec`);
  for (const r of allResources(roots)) {
    for (const c of r.children)
      if (r.operations.some((o) => o.method === c.ident))
        throw new Error(`${r.path.join('.')}: the resource ${c.ident} and the method ${c.ident} would be one attribute`);
  }
}

/** An operation's method as Python code reaches it from the client: `assistants.faq_items.update`. @param {OperationPlan} o */
export const pythonPath = (o) => [...o.resource, o.method].join('.');

/** A Python string literal. @param {string} value */
const str = (value) => JSON.stringify(value);

/** A Python literal of a JSON value in a `Literal[...]`. @param {unknown} value */
const literal = (value) => (typeof value === 'boolean' ? (value ? 'True' : 'False') : JSON.stringify(value));

const lowerFirst = (/** @type {string} */ s) => `${s[0]?.toLowerCase()}${s.slice(1)}`;

/** Seconds, as a Python float literal. @param {number} ms */
const seconds = (ms) => String(ms / 1000).replace(/^(\d+)$/, '$1.0');

/**
 * Prose from the spec as docstring or comment text: inline code in reST's
 * double backquotes, paragraphs re-wrapped to `width` (lists kept as they are).
 * @param {string[]} paragraphs @param {number} width
 */
function prose(paragraphs, width) {
  const text = paragraphs.filter(Boolean).join('\n\n').trim();
  // Inline code stays on one line: its spaces are not places to wrap.
  const rst = text.replace(/(?<!`)`([^`\n]+)`(?!`)/g, '``$1``').replace(/``[^`]+``/g, (code) => code.replaceAll(' ', '\u00a0'));
  return rst
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const lines = paragraph.split('\n');
      if (lines.some((l) => /^\s*([-*]|\d+\.)\s/.test(l)) || lines.some((l) => l.startsWith('  ')))
        return lines.map((l) => l.trimEnd()).join('\n');
      const words = paragraph.split(/[ \t\n]+/).filter(Boolean);
      const out = [];
      let line = '';
      for (const word of words) {
        if (line && line.length + 1 + word.length > width) {
          out.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) out.push(line);
      return out.join('\n');
    })
    .join('\n\n')
    .replaceAll('\u00a0', ' ');
}

/** A docstring, indented; its first line as it is. @param {string[]} paragraphs @param {string} indent @param {boolean} [heading] whether the first paragraph is a heading, kept on one line */
function docstring(paragraphs, indent, heading = false) {
  const [first = '', ...rest] = paragraphs.filter(Boolean);
  const text = (
    heading ? [prose([first], 1000), prose(rest, 88 - indent.length)].filter(Boolean).join('\n\n') : prose(paragraphs, 88 - indent.length)
  )
    .replaceAll('\\', '\\\\')
    .replaceAll('"""', '\\"\\"\\"');
  const lines = text.split('\n').map((l, i) => (i === 0 || !l ? l : `${indent}${l}`));
  const body = lines.join('\n');
  return lines.length === 1 ? `${indent}"""${body}"""\n` : `${indent}"""${body}\n${indent}"""\n`;
}

/** A `#` comment block. @param {string[]} paragraphs */
const comment = (paragraphs) =>
  prose(paragraphs, 86)
    .split('\n')
    .map((l) => (l ? `# ${l}\n` : '#\n'))
    .join('');

// -- the policy, the errors, the version ------------------------------------------------------------

/** @param {PolicyPlan} policy */
function policySource(policy) {
  const { defaults: d, env, retry, headers, options: o, pagination } = policy;
  const tuple = (/** @type {unknown[]} */ values) =>
    `(${values.map((v) => (typeof v === 'string' ? str(v) : String(v))).join(', ')}${values.length === 1 ? ',' : ''})`;
  return `"""How the client behaves where the API leaves a choice to it (spec/sdk-policy.yaml).

Durations are in seconds, sizes in bytes. The hand-written runtime reads every
constant from here.
"""

from __future__ import annotations

import re

# The API root: the spec's first server.
BASE_URL = ${str(d.baseUrl)}
${comment([o.timeout.meaning])}TIMEOUT = ${seconds(d.timeoutMs)}
${comment([o.maxRetries.meaning])}MAX_RETRIES = ${d.maxRetries}
${comment([o.initialRetryDelay.meaning])}INITIAL_RETRY_DELAY = ${seconds(d.initialRetryDelayMs)}
${comment([o.maxRetryDelay.meaning])}MAX_RETRY_DELAY = ${seconds(d.maxRetryDelayMs)}
${comment([o.maxRetryAfter.meaning])}MAX_RETRY_AFTER = ${seconds(d.maxRetryAfterMs)}
# The share of each backoff wait taken off at random, so that many clients do not retry in step.
JITTER = ${retry.jitter}
${comment([o.logLevel.meaning])}LOG_LEVEL = ${str(d.logLevel)}
# The log levels, from none to every line.
LOG_LEVELS = ${tuple(policy.logLevels)}
${comment([o.maxResponseBytes.meaning, 'JSON answers and error bodies; binary answers (audio).'])}MAX_RESPONSE_BYTES = ${d.maxResponseBytes.json}
MAX_BINARY_RESPONSE_BYTES = ${d.maxResponseBytes.binary}

# The environment variables read when an option is not given.
ENV_API_KEY = ${str(env.apiKey)}
ENV_BASE_URL = ${str(env.baseUrl)}
ENV_LOG_LEVEL = ${str(env.logLevel)}

${comment([`An idempotent request: ${lowerFirst(retry.meaning.idempotent)}`])}RETRY_STATUSES_IDEMPOTENT = ${tuple(retry.idempotentStatuses)}
RETRY_FROM_IDEMPOTENT = ${retry.idempotentFrom}
${comment([`A non-idempotent request: ${lowerFirst(retry.meaning.nonIdempotent)}`])}RETRY_STATUSES_NON_IDEMPOTENT = ${tuple(retry.nonIdempotentStatuses)}
# HTTP's idempotent methods: the retry rule of a request that is no operation of the spec.
IDEMPOTENT_METHODS = frozenset(${tuple(policy.idempotentMethods)})

# The headers the client sends (the attempt number, the SDK and runtime) and
# reads (the request id, a wait the server asks for).
HEADER_ATTEMPT = ${str(headers.attempt)}
HEADER_CLIENT = ${str(headers.client)}
HEADER_REQUEST_ID = ${str(headers.requestId)}
HEADER_RETRY_AFTER_MS = ${str(headers.retryAfterMs)}
HEADER_RETRY_AFTER = ${str(headers.retryAfter)}
# A header holds a credential when its name matches: its value is masked
# wherever the client prints headers.
SECRET_HEADER = re.compile(${str(policy.secretHeader)}, re.IGNORECASE)

${comment([`The last page of a list: ${pagination.lastPage} (the API sends no total, cursor or "more" flag; the last page is the first one with fewer items than the page size asked for, or none).`])}LAST_PAGE = ${str(pagination.lastPage)}
`;
}

/** @param {PolicyPlan} policy */
function errorsSource(policy) {
  const { byStatus, serverError } = policy.errors;
  const base = /** @type {string} */ (policy.languages.python?.errors.status);
  const classes = [
    ...Object.entries(byStatus).map(([status, name]) => [name, `The server answered ${status}.`]),
    [serverError, 'The server answered 500 or above.'],
  ];
  const names = classes.map(([name]) => /** @type {string} */ (name));
  return `"""One error class per failure status of spec/sdk-policy.yaml (\`\`errors\`\`)."""

from __future__ import annotations

from typing import Dict, Type

from .._exceptions import ${base}

# The classes (the package exports each one as \`\`revox.<Name>\`\`); the tables are the runtime's.
__all__ = [${[...names].sort().map(str).join(', ')}]

${classes.map(([name, when]) => `class ${name}(${base}):\n    """${when}"""\n`).join('\n\n')}

# The class of each failure status; any other status from 500 up is a
# SERVER_ERROR, and the rest are plain ${base}s.
BY_STATUS: Dict[int, Type[${base}]] = {
${Object.entries(byStatus)
  .map(([status, name]) => `    ${status}: ${name},\n`)
  .join('')}}
SERVER_ERROR: Type[${base}] = ${serverError}
`;
}

// -- the operation table --------------------------------------------------------------------------

/** @param {Param} p */
function paramRow(p) {
  const facts = [`wire=${str(p.wire)}`, `name=${str(pythonName(p.ident))}`, `required=${p.required ? 'True' : 'False'}`];
  if (p.array) facts.push('array=True');
  if (p.file) facts.push('file=True');
  return `Param(${facts.join(', ')})`;
}

/** @param {Plan} plan */
function operationsSource(plan) {
  const bool = (/** @type {boolean} */ b) => (b ? 'True' : 'False');
  // Rows one a line (a trailing comma keeps them so), names on one.
  const tuple = (/** @type {string[]} */ items, rows = false) =>
    `(${items.join(', ')}${items.length === 1 || (rows && items.length) ? ',' : ''})`;
  const row = (/** @type {OperationPlan} */ o) => {
    const where = (/** @type {string} */ place) => o.params.filter((p) => p.in === place).map(paramRow);
    const body = o.body
      ? `Body(encoding=${str(o.body.encoding)}, required=${bool(o.body.required)}, fields=${tuple(where('body'), true)})`
      : 'None';
    const facts = [
      `id=${str(o.id)}`,
      `sdk=${str(pythonPath(o))}`,
      `http_method=${str(o.http.method)}`,
      `path=${str(o.http.path)}`,
      `path_params=${tuple(o.pathParams.map((p) => str(p.wire)))}`,
      `query=${tuple(where('query'), true)}`,
      `headers=${tuple(where('header'), true)}`,
      `body=${body}`,
      `idempotent=${bool(o.idempotent)}`,
      `answer=${str(o.answer.kind)}`,
      `media_type=${str(o.answer.mediaType)}`,
      `accept=${str(o.answer.accept)}`,
      `pagination=${o.paging ? `Pagination(page=${str(o.paging.page)}, size=${str(o.paging.size)}, items=${str(o.paging.items)})` : 'None'}`,
      `deprecated=${bool(o.deprecated)}`,
    ];
    const integers = o.pathParams.filter((p) => p.type === 'integer').map((p) => str(p.wire));
    if (integers.length) facts.push(`integer_path_params=${tuple(integers)}`);
    return `        ${str(o.id)}: Operation(${facts.join(', ')}),\n`;
  };
  const used = [
    'Operation',
    ...(plan.operations.some((o) => o.body) ? ['Body'] : []),
    ...(plan.operations.some((o) => o.paging) ? ['Pagination'] : []),
    ...(plan.operations.some((o) => o.params.length) ? ['Param'] : []),
  ];
  return `"""Each operation of the spec, by operationId, with the facts the client acts on:
where to send it, what it takes (under which wire names), whether it may be
sent twice (it decides the retries), what it answers and how it pages."""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

from .._operation import ${used.sort().join(', ')}

__all__ = ["OPERATIONS"]

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
${plan.operations.map(row).join('')}    }
)
`;
}

// -- the types ------------------------------------------------------------------------------------

/**
 * One type the package defines: a response model, a request TypedDict, an
 * enum or union alias, a method's keywords, an answer's alias or a page.
 * @typedef {{
 *   name: string,
 *   kind: 'model' | 'typeddict' | 'literal' | 'union' | 'alias' | 'params' | 'page',
 *   source: string,
 *   refs: Set<string>,
 *   runtime: Set<string>,
 *   module?: string,
 *   owner?: string,
 * }} TypeDef
 * `refs`: the names it uses from this package; `runtime`: those evaluated
 * when the module is imported (an alias's members, a page's bases), which
 * must be defined before it.
 * @typedef {{
 *   defs: Map<string, TypeDef>, modules: Map<string, TypeDef[]>, moduleOf: (name: string) => string | undefined,
 *   answer: (o: OperationPlan) => { returns: string, asyncReturns: string, castTo: string, asyncCastTo: string, imports: string[] },
 *   keywords: (o: OperationPlan) => { name: string, required: boolean, type: string, refs: Set<string> }[],
 * }} Types
 */

/**
 * Every type of the package, each in the module of the resource that uses
 * it (`types/call.py`), or in `types/shared.py` when several do.
 * @param {any} doc @param {Plan} plan @returns {Types}
 */
function typeModules(doc, plan) {
  /** @type {Map<string, TypeDef>} */
  const defs = new Map();
  /** @type {Map<string, string>} who asked first for each name, to refuse two schemas under one name */
  const claimed = new Map();
  const claim = (/** @type {string} */ name, /** @type {string} */ by) => {
    const other = claimed.get(name);
    if (other !== undefined && other !== by)
      throw new Error(`two types of the Python package would be named ${name} (${other} and ${by}); rename a schema in the spec`);
    claimed.set(name, by);
  };
  const define = (/** @type {TypeDef} */ def) => {
    if (!defs.has(def.name)) defs.set(def.name, def);
    return def.name;
  };

  /**
   * The Python annotation of a schema, on one side of the wire: `model`
   * (what the API answers: models) or `param` (what it takes: TypedDicts keyed by wire name).
   * @param {any} raw @param {'model' | 'param'} side @param {{ owner: string, field: string, refs: Set<string>, whole?: boolean }} at
   * @returns {string}
   */
  const annotation = (raw, side, at) => {
    const alternatives = [...new Set(alternativesOf(raw, side, at))];
    const literals = alternatives.filter((a) => a.startsWith('Literal['));
    const merged = literals.length > 1 ? [`Literal[${literals.map((l) => l.slice('Literal['.length, -1)).join(', ')}]`] : literals;
    const rest = alternatives.filter((a) => !a.startsWith('Literal[') && a !== 'None');
    const some = [...merged, ...rest];
    if (rest.includes('object')) return alternatives.includes('None') ? 'Optional[object]' : 'object';
    const one = some.length === 1 ? /** @type {string} */ (some[0]) : some.length ? `Union[${some.join(', ')}]` : 'None';
    return alternatives.includes('None') && some.length ? `Optional[${one}]` : one;
  };

  /** @param {any} raw @param {'model' | 'param'} side @param {{ owner: string, field: string, refs: Set<string>, whole?: boolean }} at @returns {string[]} */
  const alternativesOf = (raw, side, at) => {
    const node = schemaNode(doc, raw);
    if (node.component) {
      const named = namedType(node.component, side);
      if (named) {
        at.refs.add(named);
        return [named];
      }
    }
    switch (node.kind) {
      case 'literals':
        return node.values.map((v) => (v === null ? 'None' : `Literal[${literal(v)}]`));
      case 'open':
        return [...node.values.map((v) => `Literal[${literal(v)}]`), 'str', ...(node.nullable ? ['None'] : [])];
      case 'variants':
        return node.variants.flatMap((/** @type {any} */ v) => alternativesOf(v, side, at));
      case 'merged':
        return [inlineObject(raw, side, at)];
      case 'file':
        if (side === 'model') return ['str'];
        at.refs.add('FileTypes');
        return ['FileTypes'];
      case 'any':
        return ['object'];
      default:
        return node.types.map((type) => {
          if (type === 'array') return `List[${annotation(node.schema.items, side, at)}]`;
          if (type === 'object') {
            if (node.schema.properties) return inlineObject(raw, side, at);
            const values = node.schema.additionalProperties;
            return `Dict[str, ${values && typeof values === 'object' ? annotation(values, side, at) : 'object'}]`;
          }
          if (type === 'number' && at.whole) return 'int';
          return { string: 'str', number: 'float', integer: 'int', boolean: 'bool', null: 'None' }[type] ?? 'object';
        });
    }
  };

  /** An object written inline: a type of its own, named after where it is (`CallOrderAssistant`). @param {any} raw @param {'model' | 'param'} side @param {{ owner: string, field: string, refs: Set<string> }} at */
  const inlineObject = (raw, side, at) => {
    const base = `${at.owner}${pascalCase(at.field.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'value')}`;
    const name = side === 'param' ? `${base}Param` : base;
    claim(name, `an object inline in ${at.owner}.${at.field}`);
    if (!defs.has(name)) objectType(name, base, raw, side, undefined);
    at.refs.add(name);
    return name;
  };

  /**
   * The name of a component's type on a side, defining it on first use; none
   * for a component that is written inline (a scalar, a map, a nullable value).
   * @param {string} component @param {'model' | 'param'} side @returns {string | undefined}
   */
  const namedType = (component, side) => {
    const raw = { $ref: `#/components/schemas/${component}` };
    const node = schemaNode(doc, raw);
    const base = side === 'param' ? component.replace(/Params$/, '') : component;
    const suffix = side === 'param' ? 'Param' : '';
    if ((node.kind === 'literals' && node.values.every((v) => typeof v === 'string')) || (node.kind === 'open' && !node.nullable)) {
      // One alias for both sides: a value is the same whichever way it travels.
      claim(component, `the schema ${component}`);
      if (!defs.has(component)) {
        const refs = new Set();
        const value = annotation({ ...node.schema, title: undefined }, side, { owner: component, field: '', refs });
        define({
          name: component,
          kind: 'literal',
          source: `${component} = ${value}\n${docstring([describe(node.schema)], '')}`,
          refs,
          runtime: new Set(),
        });
      }
      return component;
    }
    const name = `${base}${suffix}`;
    if (node.kind === 'variants') {
      const members = node.variants.map((/** @type {any} */ v) => schemaNode(doc, v));
      if (!members.every((m) => m.component && objectLike(m))) return undefined;
      claim(name, `the schema ${component}`);
      if (!defs.has(name)) {
        const refs = new Set(members.map((m) => /** @type {string} */ (namedType(/** @type {string} */ (m.component), side))));
        const doc_ = side === 'model' ? docstring([describe(node.schema)], '') : '';
        define({ name, kind: 'union', source: `${name} = Union[${[...refs].join(', ')}]\n${doc_}`, refs, runtime: refs });
      }
      return name;
    }
    // An answer's object without declared fields is still a model: it keeps whatever came.
    const bare =
      side === 'model' && node.kind === 'typed' && node.types.includes('object') && typeof node.schema.additionalProperties !== 'object';
    if (!objectLike(node) && !bare) return undefined;
    claim(name, `the schema ${component}`);
    if (!defs.has(name)) objectType(name, base, raw, side, component);
    return name;
  };

  /** Whether a node is an object with named fields (a model or a TypedDict), not a map. @param {import('./schemas.mjs').SchemaNode} node */
  const objectLike = (node) =>
    node.kind === 'merged' || (node.kind === 'typed' && node.types.includes('object') && !!node.schema.properties);

  /**
   * A model (fields by attribute, wire names) or a TypedDict (keys by wire name).
   * @param {string} name @param {string} base @param {any} raw @param {'model' | 'param'} side @param {string | undefined} component
   */
  const objectType = (name, base, raw, side, component) => {
    /** @type {TypeDef} */
    const def = { name, kind: side === 'model' ? 'model' : 'typeddict', source: '', refs: new Set(), runtime: new Set() };
    defs.set(name, def); // before the fields: a schema may hold itself
    const schema = schemaNode(doc, raw).schema;
    const fields = bodyFields(doc, raw).map((f) => ({
      ...f,
      type: annotation(f.schema, side, { owner: base, field: f.name, refs: def.refs }),
    }));
    const what = describe(schema) || (component ? '' : `The \`${fieldOf(name, base)}\` object.`);
    def.source = side === 'model' ? modelSource(name, what, fields) : typedDictSource(name, what, fields, 'wire');
  };

  const fieldOf = (/** @type {string} */ name, /** @type {string} */ base) => (name === base ? base : name.replace(/Param$/, ''));

  // Each operation's own types: its keywords, its answer's alias, its pages.
  /** @type {Map<string, string>} the module (root resource) that first uses each operation's types */
  const rootOf = new Map(plan.operations.map((o) => [o.id, /** @type {string} */ (o.resource[0])]));
  /** @type {Map<string, Set<string>>} what each root resource uses directly */
  const direct = new Map();
  /** @type {Map<string, string>} the module of each type an operation owns */
  const owned = new Map();
  /** @type {Map<string, { name: string, required: boolean, type: string, refs: Set<string> }[]>} each operation's keywords with their annotations */
  const keywords = new Map();
  const use = (/** @type {string} */ root, /** @type {string} */ name) => {
    if (!direct.has(root)) direct.set(root, new Set());
    direct.get(root)?.add(name);
  };
  for (const o of plan.operations) {
    const root = /** @type {string} */ (rootOf.get(o.id));
    const fields = o.params.map((p) => {
      const refs = new Set();
      return { name: pythonName(p.ident), required: p.required, type: paramAnnotation(p, refs), refs };
    });
    keywords.set(o.id, fields);
    if (o.types.params && o.params.length) {
      claim(o.types.params, `the keywords of ${o.sdkName}`);
      const refs = new Set(fields.flatMap((f) => [...f.refs]));
      define({
        name: o.types.params,
        kind: 'params',
        source: typedDictSource(o.types.params, `The keywords of \`\`client.${pythonPath(o)}\`\`.`, fields, 'python'),
        refs,
        runtime: new Set(),
      });
      owned.set(o.types.params, root);
      use(root, o.types.params);
    }
    if (o.answer.kind === 'empty' || !o.types.response) continue;
    const response = o.types.response;
    if (o.answer.kind === 'binary') {
      claim(response, `the answer of ${o.sdkName}`);
      define({
        name: response,
        kind: 'alias',
        source: `${response} = BinaryResponse\n"""What \`\`client.${pythonPath(o)}\`\` returns: the bytes and their media type."""\n`,
        refs: new Set(['BinaryResponse']),
        runtime: new Set(['BinaryResponse']),
      });
      owned.set(response, root);
      use(root, response);
      continue;
    }
    const refs = new Set();
    const model = annotation(o.answer.schema, 'model', { owner: response.replace(/Response$/, ''), field: '', refs });
    const named = o.answer.component && defs.has(model) ? model : undefined;
    if (named && o.answer.component) {
      // The answer's own model lives with its resource, unless several resources answer it.
      owned.set(named, owned.has(named) && owned.get(named) !== root ? 'shared' : root);
      use(root, named);
    }
    if (model !== response) {
      if (!named)
        throw new Error(
          `${o.id}: the answer of ${o.sdkName} is no object the Python package can model (${model}); name its schema under components/schemas`,
        );
      claim(response, `the answer of ${o.sdkName}`);
      define({
        name: response,
        kind: 'alias',
        source: `${response} = ${model}\n"""What \`\`client.${pythonPath(o)}\`\` returns."""\n`,
        refs: new Set([model]),
        runtime: new Set([model]),
      });
      owned.set(response, root);
      use(root, response);
    }
    if (o.paging) {
      const page = pageName(o);
      const item = itemOf(o, refs);
      for (const [prefix, base, walks] of /** @type {const} */ ([
        ['Sync', 'SyncPage', 'iterating walks'],
        ['Async', 'AsyncPage', '``async for`` walks'],
      ])) {
        const pageRefs = new Set([base, model, ...refs]);
        const source = `class ${prefix}${page}(${base}[${item}], ${model}):\n${docstring([`A page of \`\`client.${pythonPath(o)}\`\`: \`\`.${o.paging.items}\`\`, and ${walks} every item of every page.`], '    ')}`;
        claim(`${prefix}${page}`, `the pages of ${o.sdkName}`);
        define({ name: `${prefix}${page}`, kind: 'page', source, refs: pageRefs, runtime: new Set([model, base]) });
        owned.set(`${prefix}${page}`, root);
        use(root, `${prefix}${page}`);
      }
    }
  }

  /** The annotation of a method's keyword. @param {Param} p @param {Set<string>} refs */
  function paramAnnotation(p, refs) {
    if (p.file) {
      refs.add('FileTypes');
      return 'FileTypes';
    }
    return annotation(p.schema, 'param', { owner: 'Param', field: p.wire, refs, whole: p.whole });
  }

  /** The type of a page's items: the items array's. @param {OperationPlan} o @param {Set<string>} refs */
  function itemOf(o, refs) {
    const schema = schemaNode(doc, o.answer.schema).schema;
    const items = schema.properties?.[/** @type {{ items: string }} */ (o.paging).items];
    const array = items && schemaNode(doc, items);
    // The spec declares no such array: the items are whatever comes.
    if (array?.kind !== 'typed' || !array.types.includes('array')) return 'object';
    return annotation(array.schema.items, 'model', { owner: pageName(o), field: 'item', refs });
  }

  // Each type goes where it is used: the module of the operation that owns it,
  // else of the one top-level resource that reaches it, else shared.
  /** @type {Map<string, Set<string>>} */
  const reached = new Map();
  for (const [root, names] of direct) {
    const stack = [...names];
    while (stack.length) {
      const name = /** @type {string} */ (stack.pop());
      const seen = reached.get(name) ?? new Set();
      if (seen.has(root)) continue;
      seen.add(root);
      reached.set(name, seen);
      for (const ref of defs.get(name)?.refs ?? []) if (defs.has(ref)) stack.push(ref);
    }
  }
  for (const def of defs.values()) {
    const roots = [...(reached.get(def.name) ?? [])];
    def.module = owned.get(def.name) ?? (roots.length === 1 ? roots[0] : 'shared');
  }
  // A shared type may use only shared ones, and two resources' modules may not import each other.
  for (let changed = true; changed; ) {
    changed = false;
    for (const def of defs.values()) {
      for (const ref of def.refs) {
        const other = defs.get(ref);
        if (!other || other.module === def.module || other.module === 'shared') continue;
        const back = [...defs.values()].some(
          (d) => d.module === other.module && [...d.refs].some((r) => defs.get(r)?.module === def.module),
        );
        if (def.module === 'shared' || back) {
          other.module = 'shared';
          changed = true;
        }
      }
    }
  }

  /** @type {Map<string, TypeDef[]>} */
  const modules = new Map();
  const order = ['shared', ...plan.resources.map((r) => r.ident)];
  for (const module of order) {
    const inModule = [...defs.values()].filter((d) => d.module === module);
    if (inModule.length) modules.set(module, sortForImport(inModule));
  }
  const moduleOf = (/** @type {string} */ name) => defs.get(name)?.module;

  /** What a method returns and is cast to, and the types it imports. @param {OperationPlan} o */
  const answer = (o) => {
    if (o.answer.kind === 'empty') return { returns: 'None', asyncReturns: 'None', castTo: 'None', asyncCastTo: 'None', imports: [] };
    const response = /** @type {string} */ (o.types.response);
    if (o.answer.kind === 'binary')
      return { returns: response, asyncReturns: response, castTo: 'None', asyncCastTo: 'None', imports: [response] };
    if (!o.paging) return { returns: response, asyncReturns: response, castTo: response, asyncCastTo: response, imports: [response] };
    const page = pageName(o);
    const item = itemOf(o, new Set());
    return {
      returns: `Sync${page}`,
      asyncReturns: `AsyncPaginator[${item}, Async${page}]`,
      castTo: `Sync${page}`,
      asyncCastTo: `Async${page}`,
      imports: [`Sync${page}`, `Async${page}`, item],
    };
  };

  return { defs, modules, moduleOf, answer, keywords: (o) => keywords.get(o.id) ?? [] };
}

/** `call.list` → `CallListPage`: the answer's type name, a page instead of a response. @param {OperationPlan} o */
const pageName = (o) => `${/** @type {string} */ (o.types.response).replace(/Response$/, '')}Page`;

/** The schema's own description, or nothing. @param {any} schema */
const describe = (schema) => (typeof schema?.description === 'string' ? schema.description : '');

/**
 * A response model: every field the spec names, required ones without a
 * default (`Optional[X]` when they may be null), the rest `= None`. A field
 * Python cannot have as an attribute (a keyword, a name that is not an
 * identifier, or one of the model's own methods) stays in `to_dict()`.
 * @param {string} name @param {string} what @param {{ name: string, required: boolean, type: string }[]} fields
 */
function modelSource(name, what, fields) {
  const usable = fields.filter((f) => isAttribute(f.name));
  const left = fields.filter((f) => !isAttribute(f.name)).map((f) => `\`${f.name}\``);
  const note = left.length
    ? `Also sent, and read with \`to_dict()\` (Python cannot name ${left.length === 1 ? 'it' : 'them'} as attributes): ${left.join(', ')}.`
    : '';
  const lines = usable.map((f) =>
    f.required
      ? `    ${f.name}: ${f.type}\n`
      : `    ${f.name}: ${f.type.startsWith('Optional[') ? f.type : `Optional[${f.type}]`} = None\n`,
  );
  const doc_ = what || note ? docstring([what, note], '    ') : '';
  return `class ${name}(BaseModel):\n${doc_}${doc_ && lines.length ? '\n' : ''}${lines.join('') || (doc_ ? '' : '    pass\n')}`;
}

/** @param {string} name */
const isAttribute = (name) => /^[A-Za-z][A-Za-z0-9_]*$/.test(name) && !KEYWORDS.has(name) && !MODEL_MEMBERS.has(name);

/**
 * A TypedDict: keys by wire name (nested request objects) or by Python name
 * (a method's keywords), required ones marked `Required` (only type checkers
 * read it: the runtime has no typing_extensions). Keys Python cannot write
 * in a class body (keywords, names with a dash) take the functional syntax.
 * @param {string} name @param {string} what @param {{ name: string, required: boolean, type: string }[]} fields @param {'wire' | 'python'} keys
 */
function typedDictSource(name, what, fields, keys) {
  const typed = (/** @type {{ required: boolean, type: string }} */ f) => (f.required ? `Required[${f.type}]` : f.type);
  if (keys === 'wire' && fields.some((f) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(f.name) || KEYWORDS.has(f.name))) {
    const entries = (/** @type {(f: { name: string, required: boolean, type: string }) => string} */ spell) =>
      `{${fields.map((f) => `${str(f.name)}: ${spell(f)}`).join(', ')}}`;
    // The runtime evaluates the functional form: there, the annotations are strings (forward references).
    return `if TYPE_CHECKING:\n    ${name} = TypedDict(${str(name)}, ${entries(typed)}, total=False)\nelse:\n    ${name} = TypedDict(${str(name)}, ${entries((f) => str(f.type))}, total=False)\n${what ? docstring([what], '') : ''}`;
  }
  const lines = fields.map((f) => `    ${f.name}: ${typed(f)}\n`);
  const doc_ = what ? docstring([what], '    ') : '';
  return `class ${name}(TypedDict, total=False):\n${doc_}${doc_ && lines.length ? '\n' : ''}${lines.join('') || (doc_ ? '' : '    pass\n')}`;
}

/**
 * A module's types in an order Python can import: aliases and pages after
 * what they are made of (classes' annotations are strings, read later).
 * @param {TypeDef[]} defs
 */
function sortForImport(defs) {
  const rank = { literal: 0, model: 1, typeddict: 1, union: 2, params: 3, alias: 4, page: 5 };
  const ordered = [...defs].sort((a, b) => rank[a.kind] - rank[b.kind]);
  /** @type {TypeDef[]} */
  const out = [];
  const placed = new Set();
  const names = new Set(defs.map((d) => d.name));
  const visit = (/** @type {TypeDef} */ def) => {
    if (placed.has(def.name)) return;
    placed.add(def.name);
    for (const name of def.runtime) {
      const dep = defs.find((d) => d.name === name);
      if (dep && names.has(name)) visit(dep);
    }
    out.push(def);
  };
  for (const def of ordered) visit(def);
  return out;
}

/** The names a source uses from `typing`. @param {string} source */
const typingNames = (source) =>
  ['Dict', 'List', 'Literal', 'Optional', 'Union', 'TypedDict'].filter((n) => new RegExp(`\\b${n}\\[|\\b${n}\\(|\\(${n},`).test(source));

/** @param {string} module @param {TypeDef[]} defs @param {Types} types */
function typesModule(module, defs, types) {
  const body = defs.map((d) => d.source).join('\n\n');
  const names = new Set(defs.map((d) => d.name));
  /** @type {Map<string, Set<string>>} */
  const imports = new Map();
  const add = (/** @type {string} */ from, /** @type {string} */ name) => {
    if (!imports.has(from)) imports.set(from, new Set());
    imports.get(from)?.add(name);
  };
  for (const def of defs) {
    for (const ref of def.refs) {
      if (names.has(ref)) continue;
      if (ref === 'BinaryResponse') add('.._response', ref);
      else if (ref === 'SyncPage' || ref === 'AsyncPage') add('.._pagination', ref);
      else if (ref === 'FileTypes') add('.._types', ref);
      else add(`.${types.moduleOf(ref)}`, ref);
    }
  }
  if (defs.some((d) => d.kind === 'model')) add('.._models', 'BaseModel');
  const typing = typingNames(body);
  const required = /\bRequired\[/.test(body);
  const checking = required || /^if TYPE_CHECKING:/m.test(body);
  const what =
    module === 'shared'
      ? 'Schemas several resources share, as response models and as request TypedDicts (``...Param``, keys as on the wire).'
      : `The types of \`\`client.${module}\`\`: its answers' models, its methods' keywords (\`\`...Params\`\`, Python names) and the request objects only it takes (\`\`...Param\`\`, keys as on the wire).`;
  return `${docstring([what], '')}
from __future__ import annotations

${typing.length || checking ? `from typing import ${[...(checking ? ['TYPE_CHECKING'] : []), ...typing].join(', ')}\n` : ''}
${[...imports].map(([from, set]) => `from ${from} import ${[...set].sort().join(', ')}\n`).join('')}
${required ? 'if TYPE_CHECKING:\n    from typing_extensions import Required\n' : ''}
__all__ = [${[...names].sort().map(str).join(', ')}]


${body}`;
}

/** @param {Types} types */
function typesIndex(types) {
  const lines = [...types.modules].map(
    ([module, defs]) =>
      `from .${module} import ${defs
        .map((d) => d.name)
        .sort()
        .join(', ')}\n`,
  );
  const all = [...types.modules.values()]
    .flat()
    .map((d) => d.name)
    .sort();
  return `"""Every type of the API: response models, and the TypedDicts of request
parameters (\`\`...Params\`\` for a method's keywords, by Python name; \`\`...Param\`\`
for nested objects, whose keys are as on the wire)."""

from __future__ import annotations

${lines.join('')}
__all__ = [${all.map(str).join(', ')}]
`;
}

// -- the resources --------------------------------------------------------------------------------

/**
 * The class name of each resource: its own name (`Me`), or its whole path
 * (`ShelvesThings`) where two resources share one.
 * @param {ResourcePlan[]} roots
 */
function classNames(roots) {
  const all = allResources(roots);
  const shared = (/** @type {string} */ leaf) => all.filter((r) => r.ident === leaf).length > 1;
  return (/** @type {ResourcePlan} */ r) => (shared(r.ident) ? r.path.map(pascalCase).join('') : pascalCase(r.ident));
}

/** `client.call`: list, create, retrieve. @param {ResourcePlan} r */
const members = (r) => [...r.operations.map((o) => o.method), ...r.children.map((c) => c.ident)].join(', ');

/**
 * The parameters of an operation's Python method as readers see them: path
 * parameters positionally, in template order, then its keywords (required
 * ones first, without a default; the others default to NOT_GIVEN), then the
 * four options of the request. The methods are written from it.
 * @param {OperationPlan} o
 * @returns {{ name: string, kind: 'positional' | 'keyword' | 'option', required: boolean, annotation?: string, default?: string }[]}
 */
export function pythonParameters(o) {
  return [
    ...o.pathParams.map((p) => ({
      name: pythonName(p.ident),
      kind: /** @type {const} */ ('positional'),
      required: true,
      annotation: p.type === 'integer' ? 'int' : 'str',
    })),
    ...[...o.params.filter((p) => p.required), ...o.params.filter((p) => !p.required)].map((p) => ({
      name: pythonName(p.ident),
      kind: /** @type {const} */ ('keyword'),
      required: p.required,
      ...(p.required ? {} : { default: 'NOT_GIVEN' }),
    })),
    ...REQUEST_OPTIONS.map((option) => ({ kind: /** @type {const} */ ('option'), required: false, ...option })),
  ];
}

/** What an operation's Python method returns, as its annotation reads (the blocking client's). @param {OperationPlan} o */
export function pythonReturns(o) {
  if (o.answer.kind === 'empty') return 'None';
  const response = /** @type {string} */ (o.types.response);
  return o.paging ? `Sync${pageName(o)}` : response;
}

/** @param {OperationPlan} o @param {Types} types @param {boolean} asyncio @param {Set<string>} used names the module imports */
function methodSource(o, types, asyncio, used) {
  const keywords = types.keywords(o);
  for (const k of keywords) for (const ref of k.refs) used.add(ref);
  const annotations = new Map(keywords.map((k) => [k.name, k.type]));
  const parameters = pythonParameters(o).map((p) => {
    if (p.kind === 'positional') return `${p.name}: ${p.annotation}`;
    if (p.kind === 'option') return `${p.name}: ${p.annotation} = ${p.default}`;
    const type = annotations.get(p.name);
    return p.required ? `${p.name}: ${type}` : `${p.name}: Union[${type}, NotGiven] = ${p.default}`;
  });
  const positional = parameters.slice(0, o.pathParams.length);
  const named = parameters.slice(o.pathParams.length, parameters.length - REQUEST_OPTIONS.length);
  const options = parameters.slice(parameters.length - REQUEST_OPTIONS.length);
  const { returns, asyncReturns, castTo, asyncCastTo, imports } = types.answer(o);
  for (const name of imports) used.add(name);
  const paged = asyncio && o.paging;
  const call = asyncio ? (paged ? 'self._request_page' : 'await self._request') : 'self._request';
  const args = [`OPERATIONS[${str(o.id)}]`, `cast_to=${asyncio ? asyncCastTo : castTo}`];
  if (o.pathParams.length)
    args.push(`path=(${o.pathParams.map((p) => pythonName(p.ident)).join(', ')}${o.pathParams.length === 1 ? ',' : ''})`);
  if (o.params.length) args.push(`params={${o.params.map((p) => `${str(pythonName(p.ident))}: ${pythonName(p.ident)}`).join(', ')}}`);
  args.push('options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout)');
  const deprecation = o.deprecated
    ? `.. deprecated:: The API marks this operation as deprecated; calling it warns (\`\`DeprecationWarning\`\`).`
    : '';
  const doc_ = docstring([`**${o.summary}** (\`${o.http.method} ${o.http.path}\`)`, o.description, deprecation], '        ', true);
  const warn = o.deprecated
    ? `        warnings.warn(${str(`client.${pythonPath(o)} is deprecated: the API marks the operation ${o.id} as deprecated.`)}, DeprecationWarning, stacklevel=2)\n`
    : '';
  const result = o.answer.kind === 'empty' ? `${call}(${args.join(', ')})\n` : `return ${call}(${args.join(', ')})\n`;
  return `    ${asyncio && !paged ? 'async ' : ''}def ${o.method}(
        self,
${[...positional, '*', ...named].map((a) => `        ${a},\n`).join('')}        # Options of this request only.
${options.map((a) => `        ${a},\n`).join('')}    ) -> ${asyncio ? asyncReturns : returns}:
${doc_}${warn}        ${result}`;
}

/**
 * A top-level resource's module: a class per resource of its subtree,
 * blocking and asyncio, and their raw-response twins.
 * @param {ResourcePlan} root @param {ResourcePlan[]} roots @param {Types} types
 */
function resourceModule(root, roots, types) {
  const name = classNames(roots);
  const subtree = allResources([root]).reverse(); // children first, as they are used
  /** @type {Set<string>} */
  const used = new Set();
  const classes = [];
  let deprecated = false;
  let paged = false;
  for (const r of subtree) {
    for (const asyncio of [false, true]) {
      const cls = `${asyncio ? 'Async' : ''}${name(r)}`;
      const lines = [];
      for (const c of r.children) {
        lines.push(
          `    @cached_property\n    def ${c.ident}(self) -> ${asyncio ? 'Async' : ''}${name(c)}:\n        """\`\`client.${c.path.join('.')}\`\`: ${members(c)}."""\n        return ${asyncio ? 'Async' : ''}${name(c)}(self._client)\n`,
        );
      }
      lines.push(
        `    @cached_property\n    def with_raw_response(self) -> ${cls}WithRawResponse:\n        """The same methods, returning the raw response (status, headers, \`\`parse()\`\`)."""\n        return ${cls}WithRawResponse(self)\n`,
      );
      for (const o of r.operations) {
        lines.push(methodSource(o, types, asyncio, used));
        deprecated ||= o.deprecated;
        paged ||= asyncio && !!o.paging;
      }
      const pagedNote =
        asyncio && r.operations.some((o) => o.paging)
          ? `; ${r.operations
              .filter((o) => o.paging)
              .map((o) => `\`\`${o.method}\`\``)
              .join(', ')} also \`\`async for\`\``
          : '';
      const summary = `\`\`client.${r.path.join('.')}\`\`: ${members(r)}${asyncio ? ` (awaited${pagedNote})` : ''}.`;
      classes.push(`class ${cls}(${asyncio ? 'AsyncAPIResource' : 'SyncAPIResource'}):\n    """${summary}"""\n\n${lines.join('\n')}`);
    }
  }
  for (const r of subtree) {
    for (const asyncio of [false, true]) {
      const cls = `${asyncio ? 'Async' : ''}${name(r)}`;
      const wrap = asyncio ? 'async_to_raw_response_wrapper' : 'to_raw_response_wrapper';
      const lines = [
        `    def __init__(self, ${r.ident}: ${cls}) -> None:\n        self._${r.ident} = ${r.ident}\n${r.operations.map((o) => `        self.${o.method} = ${wrap}(${r.ident}.${o.method})\n`).join('')}`,
      ];
      for (const c of r.children) {
        const child = `${asyncio ? 'Async' : ''}${name(c)}WithRawResponse`;
        lines.push(`    @cached_property\n    def ${c.ident}(self) -> ${child}:\n        return ${child}(self._${r.ident}.${c.ident})\n`);
      }
      classes.push(
        `class ${cls}WithRawResponse:\n    """\`\`client.${r.path.join('.')}.with_raw_response\`\`${asyncio ? ' (awaited)' : ''}."""\n\n${lines.join('\n')}`,
      );
    }
  }
  const exported = subtree
    .flatMap((r) => [name(r), `Async${name(r)}`, `${name(r)}WithRawResponse`, `Async${name(r)}WithRawResponse`])
    .sort();
  /** @type {Map<string, Set<string>>} */
  const imports = new Map();
  for (const ref of used) {
    const from = ref === 'FileTypes' ? '.._types' : ref === 'BinaryResponse' ? '.._response' : `..types.${types.moduleOf(ref)}`;
    if (!imports.has(from)) imports.set(from, new Set());
    imports.get(from)?.add(ref);
  }
  const body = classes.join('\n\n');
  const typing = typingNames(body).filter((n) => n !== 'TypedDict');
  const hasOps = subtree.some((r) => r.operations.length);
  return `"""\`\`client.${root.ident}\`\`: ${members(root)}."""

from __future__ import annotations

${deprecated ? 'import warnings\n' : ''}from functools import cached_property
${typing.length ? `from typing import ${typing.join(', ')}\n` : ''}
${hasOps ? 'from .._generated.operations import OPERATIONS\n' : ''}${paged ? 'from .._pagination import AsyncPaginator\n' : ''}${hasOps ? 'from .._request_options import RequestOptions\n' : ''}from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
${hasOps ? 'from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query\n' : ''}${[...imports].map(([from, set]) => `from ${from} import ${[...set].sort().join(', ')}\n`).join('')}
__all__ = [${exported.map(str).join(', ')}]


${body}`;
}

/** `resources/__init__.py`: the clients' top-level resources. @param {ResourcePlan[]} roots */
function resourcesIndex(roots) {
  const name = classNames(roots);
  const imports = roots.map((r) => {
    const names = [
      ...allResources([r]).flatMap((x) => [name(x), `Async${name(x)}`]),
      `${name(r)}WithRawResponse`,
      `Async${name(r)}WithRawResponse`,
    ];
    return `from .${r.ident} import ${names.sort().join(', ')}\n`;
  });
  const exported = [...allResources(roots).flatMap((r) => [name(r), `Async${name(r)}`]), 'SyncResources', 'AsyncResources'].sort();
  const property = (/** @type {ResourcePlan} */ r, /** @type {string} */ prefix) =>
    `    @cached_property\n    def ${r.ident}(self) -> ${prefix}${name(r)}:\n        """\`\`client.${r.ident}\`\`: ${members(r)}."""\n        return ${prefix}${name(r)}(self)\n`;
  const raw = (/** @type {string} */ prefix, /** @type {string} */ client) =>
    `class ${prefix === 'Async' ? 'Async' : 'Sync'}ResourcesWithRawResponse:\n    def __init__(self, client: ${client}) -> None:\n${roots.map((r) => `        self.${r.ident} = ${prefix}${name(r)}WithRawResponse(client.${r.ident})\n`).join('')}`;
  return `"""One class per resource of the API, one method per operation, and the
clients' top-level resources (${roots.map((r) => `\`\`client.${r.ident}\`\``).join(', ')})."""

from __future__ import annotations

from functools import cached_property

from .._base_client import AsyncAPIClient, SyncAPIClient
${imports.join('')}
__all__ = [${exported.map(str).join(', ')}]


class SyncResources(SyncAPIClient):
    """The top-level resources of the blocking client."""

${roots.map((r) => property(r, '')).join('\n')}
    @cached_property
    def with_raw_response(self) -> SyncResourcesWithRawResponse:
        """Every resource, its methods returning the raw response."""
        return SyncResourcesWithRawResponse(self)


class AsyncResources(AsyncAPIClient):
    """The top-level resources of the asyncio client."""

${roots.map((r) => property(r, 'Async')).join('\n')}
    @cached_property
    def with_raw_response(self) -> AsyncResourcesWithRawResponse:
        """Every resource, its methods returning the raw response."""
        return AsyncResourcesWithRawResponse(self)


${raw('', 'SyncResources')}

${raw('Async', 'AsyncResources')}
`;
}
