// The operation model: every operation of the spec once (paths in document
// order, the methods of a path in HTTP_METHODS order), with the facts that
// generators, tests, samples and docs need, already resolved. Nothing above
// spec/ walks `paths` or merges parameters itself; it reads this.
//
// Two facts the document states through extensions of ours:
//   x-revox-sdk         the SDK name, `resource.method` (`users.me.retrieve`);
//   x-revox-pagination  which query parameters page a list, and where its items are;
// and one through the standard: `x-revox-idempotent`, else HTTP's rule.
import { deref, HTTP_METHODS, loadSpec } from './document.js';

/**
 * Methods that HTTP itself defines as idempotent (RFC 9110, section 9.2.2):
 * the rule for an operation that does not say (`x-revox-idempotent`), and for
 * a request the SDKs send to no operation of the spec.
 */
export const IDEMPOTENT_METHODS = new Set(['GET', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE']);

/**
 * @typedef {{ name: string, in: string, required: boolean, description: string | undefined, schema: any, example: unknown }} Parameter
 * @typedef {{ name: string, summary: string | undefined, value: unknown, externalValue: string | undefined }} Example
 * @typedef {{
 *   id: string, method: string, path: string, tag: string, summary: string, description: string,
 *   parameters: Parameter[], pathParams: Parameter[], query: Parameter[], headers: Parameter[],
 *   body: { mediaType: string, component: string | undefined, schema: any, fields: string[], required: boolean, examples: Example[] } | undefined,
 *   success: { status: string, mediaType: string, json: boolean, empty: boolean, accept: string, component: string | undefined, schema: any, fields: string[], examples: Example[] },
 *   statuses: string[],
 *   idempotent: boolean,
 *   deprecated: boolean,
 *   pagination: { page: string, size: string, items: string } | undefined,
 *   sdk: { name: string, resource: string[], method: string, types: { params: string | undefined, response: string } },
 *   example: { pathParams: Record<string, unknown>, query: Record<string, unknown>, headers: Record<string, unknown>, body: unknown },
 *   operation: any,
 * }} Operation
 * @typedef {{ title: string, version: string, baseUrl: string, operations: Operation[] }} Model
 */

/**
 * The model of a parsed OpenAPI document, operations in document order.
 * @param {any} doc
 * @returns {Model}
 */
export function modelOf(doc) {
  const operations = endpointsOf(doc).map((endpoint) => operationOf(doc, endpoint));
  const names = new Map();
  for (const operation of operations) {
    const { params, response } = operation.sdk.types;
    for (const name of [operation.sdk.name, params, response].filter(Boolean)) {
      const other = names.get(name);
      if (other)
        throw new Error(
          `${operation.id} and ${other} share the SDK name ${name}; the type names come from the resource the method is on (x-revox-sdk)`,
        );
      names.set(name, operation.id);
    }
  }
  return { title: doc.info?.title ?? '', version: doc.info?.version ?? '', baseUrl: doc.servers?.[0]?.url ?? '', operations };
}

/**
 * Each operation of a document as it stands (no SDK facts required, so older
 * specs, such as the released one, and broken copies in tests can be read
 * too), with its parameters merged (mergedParameters). An operation is
 * idempotent where `x-revox-idempotent` says so, else where HTTP's rule for
 * its method does.
 * @param {any} doc
 * @returns {{ method: string, path: string, operation: any, parameters: Parameter[], idempotent: boolean }[]}
 * @typedef {ReturnType<typeof endpointsOf>[number]} Endpoint
 */
export function endpointsOf(doc) {
  return Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => {
      const operation = item[method];
      /** @type {Parameter[]} */
      const parameters = mergedParameters(item, operation, (raw) => deref(doc, raw)).map((p) => ({
        name: p.name,
        in: p.in,
        required: p.required === true,
        description: p.description,
        schema: p.schema,
        example: p.example ?? deref(doc, p.schema)?.example ?? exampleValues(doc, p)[0],
      }));
      const upper = method.toUpperCase();
      return { method: upper, path, operation, parameters, idempotent: operation['x-revox-idempotent'] ?? IDEMPOTENT_METHODS.has(upper) };
    }),
  );
}

/**
 * An operation's parameters as they apply: operation-level ones override
 * path-level ones of the same name and location (OpenAPI 3.1, section
 * 4.8.9.1). `resolve` follows a `$ref`: the model's deref, or a lint rule's
 * ctx.resolve.
 * @param {any} pathItem @param {any} operation @param {(node: any) => any} resolve
 * @returns {any[]}
 */
export function mergedParameters(pathItem, operation, resolve) {
  const merged = new Map();
  for (const raw of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const p = resolve(raw);
    merged.set(`${p.in} ${p.name}`, p);
  }
  return [...merged.values()];
}

let cached;
/** The model of spec/openapi.yaml, read once. @returns {Model} */
export function loadModel() {
  cached ??= modelOf(loadSpec());
  return cached;
}

/**
 * @param {any} doc @param {Endpoint} endpoint
 * @returns {Operation}
 */
function operationOf(doc, { method, path, operation, parameters, idempotent }) {
  const id = operation.operationId;
  // In the order the template names them, whatever order they are declared in: the SDK methods take them positionally.
  const pathParams = parameters.filter((p) => p.in === 'path').sort((a, b) => path.indexOf(`{${a.name}}`) - path.indexOf(`{${b.name}}`));
  const query = parameters.filter((p) => p.in === 'query');
  const headers = parameters.filter((p) => p.in === 'header');

  const requestBody = deref(doc, operation.requestBody);
  const [bodyType, bodyMedia] = Object.entries(requestBody?.content ?? {})[0] ?? [];
  const body = bodyMedia && {
    mediaType: /** @type {string} */ (bodyType),
    component: componentName(bodyMedia.schema),
    schema: bodyMedia.schema,
    fields: fieldsOf(doc, bodyMedia.schema),
    required: requestBody.required === true,
    examples: examplesOf(doc, bodyMedia),
  };

  const [status, ok] = Object.entries(operation.responses ?? {}).find(([code]) => code.startsWith('2')) ?? [];
  if (!status) throw new Error(`${id}: no 2xx response`);
  const [mediaType, media] = Object.entries(deref(doc, ok).content ?? {})[0] ?? ['', {}];
  const json = /\bjson\b/.test(mediaType);
  const success = {
    status,
    mediaType,
    json,
    // A 204, or any success documented without content: nothing to read.
    empty: mediaType === '',
    // What the SDKs ask for: the success media type first, then its family, then JSON for error bodies.
    accept: json || !mediaType ? 'application/json' : `${mediaType}, ${mediaType.split('/')[0]}/*;q=0.9, application/json;q=0.5`,
    component: componentName(media.schema),
    schema: media.schema,
    fields: fieldsOf(doc, media.schema),
    examples: examplesOf(doc, media),
  };

  const sdk = sdkName(id, operation['x-revox-sdk']);
  const pagination = operation['x-revox-pagination'];
  return {
    id,
    method,
    path,
    tag: operation.tags?.[0] ?? '',
    summary: operation.summary ?? '',
    description: operation.description ?? '',
    parameters,
    pathParams,
    query,
    headers,
    body,
    success,
    statuses: Object.keys(operation.responses ?? {}),
    idempotent,
    deprecated: operation.deprecated === true,
    pagination: pagination && { page: pagination.page, size: pagination.size, items: pagination.items },
    sdk: { ...sdk, types: typeNames(sdk, body || query.length || headers.length) },
    example: {
      pathParams: Object.fromEntries(pathParams.map((p) => [p.name, p.example])),
      query: Object.fromEntries(query.map((p) => [p.name, p.example])),
      headers: Object.fromEntries(headers.map((p) => [p.name, p.example])),
      body: body?.examples[0]?.value,
    },
    operation,
  };
}

/** The values of a parameter's named examples. @param {any} doc @param {any} parameter @returns {unknown[]} */
function exampleValues(doc, parameter) {
  return Object.values(parameter.examples ?? {}).map((raw) => deref(doc, raw)?.value);
}

/** @param {any} doc @param {any} media @returns {Example[]} */
function examplesOf(doc, media) {
  if (media?.example !== undefined) return [{ name: 'example', summary: undefined, value: media.example, externalValue: undefined }];
  return Object.entries(media?.examples ?? {}).map(([name, raw]) => {
    const example = deref(doc, raw);
    return { name, summary: example.summary, value: example.value, externalValue: example.externalValue };
  });
}

/**
 * The property names of an object schema, through `$ref` and `allOf`, in the
 * order the spec lists them (an `allOf`'s own properties after its parts').
 * @param {any} doc @param {any} schema @returns {string[]}
 */
function fieldsOf(doc, schema) {
  const node = deref(doc, schema);
  if (!node) return [];
  return [
    ...new Set([...(node.allOf ?? []).flatMap((/** @type {any} */ part) => fieldsOf(doc, part)), ...Object.keys(node.properties ?? {})]),
  ];
}

/** `#/components/schemas/Assistant` → `Assistant`. @param {any} schema */
function componentName(schema) {
  return typeof schema?.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
}

/** What `x-revox-sdk` must look like: `resource.method`, each part a camelCase identifier. */
export const SDK_NAME = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;

/** @param {string} id @param {unknown} declared */
function sdkName(id, declared) {
  if (typeof declared !== 'string' || !SDK_NAME.test(declared)) {
    throw new Error(
      `${id}: x-revox-sdk must name the SDK method as resource.method (for example assistants.update), got ${JSON.stringify(declared)}`,
    );
  }
  const segments = declared.split('.');
  return { name: declared, resource: segments.slice(0, -1), method: /** @type {string} */ (segments.at(-1)) };
}

/**
 * The request and response type names SDK users know from the official SDKs:
 * the resource's singular (`assistants` → `Assistant`, `users.me` → `Me`),
 * then the method, then `Params` or `Response`.
 * @param {{ resource: string[], method: string }} sdk @param {unknown} hasParams whether the method takes a body, a query or headers
 */
function typeNames({ resource, method }, hasParams) {
  const prefix = pascal(/** @type {string} */ (resource.at(-1)).replace(/(.)s$/, '$1')) + pascal(method);
  return { params: hasParams ? `${prefix}Params` : undefined, response: `${prefix}Response` };
}

/** @param {string} word */
export function pascal(word) {
  return word[0].toUpperCase() + word.slice(1);
}

/**
 * The operation a request addresses: its method and a concrete path below the
 * base URL (`/assistants/asst_1`), each `{param}` matching one segment. Where
 * several templates fit (`/voices/preview` and `/voices/{id}`), the most
 * specific wins: the first segment where they differ is literal in it
 * (OpenAPI 3.1, section 4.8.8: concrete paths match before templated ones).
 * Every matcher of the project (the mocks, the testing module's generated
 * route table) uses this order.
 * @param {Model} model @param {string} method @param {string} pathname
 * @returns {Operation | undefined}
 */
export function operationAt(model, method, pathname) {
  const upper = method.toUpperCase();
  return byPathSpecificity(model.operations).find((o) => o.method === upper && templatePattern(o.path).test(pathname));
}

/**
 * Operations ordered for matching: by path template, segment by segment, a
 * literal segment before a `{parameter}`; otherwise in document order.
 * @template {{ path: string }} T @param {T[]} operations @returns {T[]}
 */
export function byPathSpecificity(operations) {
  const rank = (/** @type {string} */ path) => path.split('/').map((segment) => (/^\{[^}]+\}$/.test(segment) ? 1 : 0));
  const compare = (/** @type {number[]} */ a, /** @type {number[]} */ b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++)
      if (a[i] !== b[i]) return /** @type {number} */ (a[i]) - /** @type {number} */ (b[i]);
    return 0;
  };
  return [...operations].sort((a, b) => compare(rank(a.path), rank(b.path)));
}

const patterns = new Map();
/** @param {string} template */
function templatePattern(template) {
  let pattern = patterns.get(template);
  if (!pattern) {
    pattern = new RegExp(`^${template.replace(/[.*+?^$|()[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    patterns.set(template, pattern);
  }
  return pattern;
}
