// Each operation of the model as an SDK method, decided once for every
// language: its name, its arguments (positional path parameters, then one
// set of named parameters: query, header and body fields, each with its wire
// name and identifier), what it answers, how it pages, how it may be
// retried, and its documentation. Targets only spell it. A construct the
// SDKs cannot send correctly yet stops the build here, naming the operation
// and the construct: no target may emit a method that sends a wrong request.
import { deref } from '@revoxai/spec';
import { camel, IDENTIFIER, identifier } from './names.mjs';

/**
 * @typedef {import('@revoxai/spec').Operation} Operation
 * @typedef {{ wire: string, ident: string, type: 'string' | 'integer', description: string | undefined, example: unknown }} PathParam
 * @typedef {{
 *   wire: string, ident: string, in: 'query' | 'header' | 'body', required: boolean,
 *   array: boolean, file: boolean, whole: boolean, deprecated: boolean, schema: any, description: string | undefined,
 * }} Param
 * `whole`: the value is a whole number. Its schema says `integer`, or it is
 * the page number or the page size of the operation's pagination: those
 * count pages and items whatever the schema says (`number` in the real
 * spec), so a language with an integer type takes that.
 * @typedef {{
 *   id: string, summary: string, description: string, deprecated: boolean,
 *   sdkName: string, resource: string[], method: string,
 *   http: { method: string, path: string },
 *   pathParams: PathParam[],
 *   params: Param[],
 *   input: 'none' | 'optional' | 'required',
 *   body: { encoding: 'json' | 'multipart', required: boolean, component: string | undefined, schema: any } | undefined,
 *   answer: { kind: 'json' | 'binary' | 'empty', status: number, mediaType: string, accept: string, component: string | undefined, schema: any, fields: string[], examples: import('@revoxai/spec').Operation['success']['examples'] },
 *   paging: { page: string, size: string, items: string } | undefined,
 *   retry: 'idempotent' | 'non-idempotent',
 *   idempotent: boolean,
 *   types: { params: string | undefined, response: string | undefined },
 *   example: { pathParams: Record<string, unknown>, params: Record<string, unknown> },
 *   model: Operation,
 * }} OperationPlan
 */

const BODY_ENCODINGS = /** @type {const} */ ({ 'application/json': 'json', 'multipart/form-data': 'multipart' });

/** A build error naming the operation and what cannot be generated. */
export class UnsupportedError extends Error {}

/**
 * @param {any} doc @param {Operation} o
 * @returns {OperationPlan}
 */
export function operationPlan(doc, o) {
  const where = `${o.id} (${o.method} ${o.path})`;
  const refuse = (/** @type {string} */ construct) => {
    throw new UnsupportedError(
      `${where}: ${construct}. No SDK can send it correctly yet; change the spec or teach packages/codegen/src/plan the construct.`,
    );
  };
  const ident = (/** @type {string} */ wire, /** @type {string} */ what) => {
    const id = identifier(wire);
    if (!IDENTIFIER.test(id)) refuse(`the ${what} ${JSON.stringify(wire)} has no usable identifier (${JSON.stringify(id)})`);
    return id;
  };

  // An SDK name's words: each language spells them in its own case, so the declared camelCase must be their camelCase.
  const sdkWord = (/** @type {string} */ word, /** @type {string} */ what) => {
    const id = ident(word, what);
    if (camel(id) !== word) refuse(`the ${what} ${word} in x-revox-sdk is not camelCase words; write it ${camel(id)}`);
    return id;
  };

  for (const p of o.parameters) if (!['path', 'query', 'header'].includes(p.in)) refuse(`a ${p.in} parameter (${p.name})`);
  const raw = (/** @type {string} */ name, /** @type {string} */ where) =>
    deref(
      doc,
      o.operation.parameters?.find((/** @type {any} */ p) => deref(doc, p)?.name === name && deref(doc, p)?.in === where),
    ) ?? {};

  const pathParams = o.pathParams.map((p) => {
    const schema = deref(doc, p.schema) ?? {};
    if (!['string', 'integer'].includes(schema.type))
      refuse(`the path parameter ${p.name} is a ${schema.type ?? 'schema without type'}, not a string or integer`);
    const style = raw(p.name, 'path').style;
    if (style && style !== 'simple') refuse(`the path parameter ${p.name} has style ${style}`);
    if (p.example === undefined) refuse(`the path parameter ${p.name} has no example, which the samples and tests send`);
    return { wire: p.name, ident: ident(p.name, 'path parameter'), type: schema.type, description: p.description, example: p.example };
  });

  /** @type {Param[]} */
  const params = [];
  const counts = new Set(o.pagination ? [o.pagination.page, o.pagination.size] : []);
  for (const p of [...o.query, ...o.headers]) {
    const schema = deref(doc, p.schema) ?? {};
    const types = [schema.type].flat();
    const array = types.includes('array');
    const declared = raw(p.name, p.in);
    if (declared.content) refuse(`the ${p.in} parameter ${p.name} is described by content, not a schema`);
    if (p.in === 'query' && ((declared.style && declared.style !== 'form') || declared.explode === false))
      refuse(`the query parameter ${p.name} is not form-exploded (style ${declared.style ?? 'form'}, explode ${declared.explode})`);
    if (types.includes('object') || (array && ['object', 'array'].includes(deref(doc, schema.items)?.type)))
      refuse(`the ${p.in} parameter ${p.name} holds objects`);
    if (p.in === 'header' && array) refuse(`the header parameter ${p.name} is an array`);
    const whole = types.includes('integer') || (p.in === 'query' && counts.has(p.name));
    params.push({
      wire: p.name,
      ident: ident(p.name, `${p.in} parameter`),
      in: /** @type {'query' | 'header'} */ (p.in),
      required: p.required,
      array,
      file: false,
      whole,
      deprecated: false,
      schema: p.schema,
      description: p.description,
    });
  }

  let body;
  if (o.body) {
    const encoding = BODY_ENCODINGS[/** @type {keyof typeof BODY_ENCODINGS} */ (o.body.mediaType)];
    if (!encoding) refuse(`a ${o.body.mediaType} request body`);
    if (!o.body.component)
      refuse(
        'a request body written inline (name it under components/schemas: the SDKs name its type after it; see spec/rules/request-body-component.md)',
      );
    for (const field of bodyFields(doc, o.body.schema)) {
      const schema = deref(doc, field.schema) ?? {};
      const file = schema.type === 'string' && ['binary', 'byte'].includes(schema.format) && encoding === 'multipart';
      if (encoding === 'multipart' && !file && !['string', 'number', 'integer', 'boolean'].includes(schema.type))
        refuse(`the multipart field ${field.name} is a ${schema.type ?? 'schema without type'}: a form sends text and files only`);
      const whole = [schema.type].flat().includes('integer');
      params.push({
        wire: field.name,
        ident: ident(field.name, 'body field'),
        in: 'body',
        required: field.required,
        array: false,
        file,
        whole,
        deprecated: schema.deprecated === true,
        schema: field.schema,
        description: schema.description,
      });
    }
    body = { encoding, required: o.body.required, component: o.body.component, schema: o.body.schema };
  }
  checkClashes(params, refuse);

  const { success } = o;
  const kind = success.empty ? 'empty' : success.json ? 'json' : 'binary';
  if (o.pagination && kind !== 'json') refuse('a paginated list whose answer is not JSON');
  const exampleParams = { ...o.example.query, ...o.example.headers, .../** @type {object} */ (o.example.body ?? {}) };
  return {
    id: o.id,
    summary: o.summary,
    description: o.description,
    deprecated: o.deprecated,
    sdkName: o.sdk.name,
    resource: o.sdk.resource.map((name) => sdkWord(name, 'resource name')),
    method: sdkWord(o.sdk.method, 'method name'),
    http: { method: o.method, path: o.path },
    pathParams,
    params,
    input: params.some((p) => p.required) || body?.required ? 'required' : params.length ? 'optional' : 'none',
    body,
    answer: {
      kind,
      status: Number(success.status),
      mediaType: success.mediaType,
      accept: success.accept,
      component: success.component,
      schema: success.schema,
      fields: success.fields,
      examples: success.examples,
    },
    paging: o.pagination,
    retry: o.idempotent ? 'idempotent' : 'non-idempotent',
    idempotent: o.idempotent,
    types: { params: o.sdk.types.params, response: kind === 'empty' ? undefined : o.sdk.types.response },
    example: {
      pathParams: Object.fromEntries(pathParams.map((p) => [p.wire, p.example])),
      params: Object.fromEntries(Object.entries(exampleParams).filter(([, v]) => v !== undefined)),
    },
    model: o,
  };
}

/**
 * The top-level fields of a body schema with their required-ness, through
 * `$ref` and `allOf` (merged), `oneOf` and `anyOf` (every variant's fields;
 * required where every variant requires it), in the order the spec lists them.
 * @param {any} doc @param {any} raw
 * @returns {{ name: string, required: boolean, schema: any }[]}
 */
export function bodyFields(doc, raw) {
  const fields = new Map();
  const walk = (/** @type {any} */ node) => {
    const schema = deref(doc, node) ?? {};
    /** @type {Map<string, any>} */
    const properties = new Map();
    const required = new Set(schema.required ?? []);
    for (const part of schema.allOf ?? []) for (const [name, field] of walk(part)) properties.set(name, field);
    const variants = schema.oneOf ?? schema.anyOf;
    if (variants) {
      /** @type {Map<string, any>[]} */
      const each = variants.map(walk);
      for (const variant of each) {
        for (const [name] of variant) {
          if (properties.has(name)) continue;
          // A field of several variants takes the value of any of them (`type: webhook | transfer`).
          const schemas = each.flatMap((v) => (v.has(name) ? [v.get(name).schema] : []));
          const distinct = schemas.filter((one, i) => schemas.findIndex((other) => JSON.stringify(other) === JSON.stringify(one)) === i);
          properties.set(name, {
            name,
            schema: distinct.length === 1 ? distinct[0] : { anyOf: distinct },
            required: each.every((v) => v.get(name)?.required),
          });
        }
      }
    }
    for (const [name, schemaOf] of Object.entries(schema.properties ?? {}))
      properties.set(name, { name, schema: schemaOf, required: required.has(name) });
    for (const name of required) if (properties.has(name)) properties.set(name, { ...properties.get(name), required: true });
    return properties;
  };
  for (const [name, field] of walk(raw)) fields.set(name, field);
  return [...fields.values()];
}

/**
 * Every named parameter must keep one identifier and one wire name: the SDKs
 * that take keywords map one onto the other, and TypeScript's one params
 * object holds them all.
 * @param {Param[]} params @param {(construct: string) => never} refuse
 */
function checkClashes(params, refuse) {
  for (const [key, what] of /** @type {const} */ ([
    ['ident', 'identifier'],
    ['wire', 'name'],
  ])) {
    const seen = new Map();
    for (const p of params) {
      const other = seen.get(p[key]);
      if (other) refuse(`the ${other.in} field ${other.wire} and the ${p.in} field ${p.wire} share the ${what} ${p[key]}`);
      seen.set(p[key], p);
    }
  }
}
