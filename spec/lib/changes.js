// What changed between two versions of the spec, and whether each change
// breaks clients already in the field. A small classifier over the
// documents, written here because no maintained tool that installs from npm
// and reads OpenAPI 3.1 (type arrays with 'null', const, oneOf with a
// discriminator) was found; its rules are in spec/BREAKING.md and its tests
// in spec/test/changes.test.ts.
//
// The rules look at what a client sends (requests) and what it reads
// (responses) separately: a request may accept more and a response may send
// less without breaking anyone, never the other way round.
import { deref } from './document.js';
import { endpointsOf } from './model.js';

/**
 * @typedef {{ breaking: boolean, operation: string, where: string, what: string, why: string }} Change
 */

/**
 * Every difference between `before` and `after` that a client can notice.
 * @param {any} before the released spec
 * @param {any} after the spec as it is now
 * @returns {Change[]}
 */
export function specChanges(before, after) {
  /** @type {Change[]} */
  const changes = [];
  const operations = (/** @type {any} */ doc) => new Map(endpointsOf(doc).map((o) => [`${o.method} ${o.path}`, o]));
  const old = operations(before);
  const now = operations(after);
  for (const key of old.keys()) {
    if (!now.has(key))
      changes.push({ breaking: true, operation: key, where: 'operation', what: 'removed', why: 'clients that call it get 404 or 405' });
  }
  for (const [key, { parameters, operation }] of now) {
    const was = old.get(key);
    if (!was) {
      changes.push({ breaking: false, operation: key, where: 'operation', what: 'added', why: 'nothing calls it yet' });
      continue;
    }
    const add = (/** @type {boolean} */ breaking, /** @type {string} */ where, /** @type {string} */ what, /** @type {string} */ why) =>
      changes.push({ breaking, operation: key, where, what, why });
    compareParameters(before, after, was.parameters, parameters, add);
    compareBodies(before, after, was.operation.requestBody, operation.requestBody, add);
    compareResponses(before, after, was.operation.responses ?? {}, operation.responses ?? {}, add);
  }
  return changes;
}

/** @typedef {(breaking: boolean, where: string, what: string, why: string) => void} Add */

/** @param {any} before @param {any} after @param {any[]} was @param {any[]} now @param {Add} add */
function compareParameters(before, after, was, now, add) {
  const key = (/** @type {any} */ p) => `${p.in} parameter ${p.name}`;
  const old = new Map(was.map((p) => [key(p), p]));
  const cur = new Map(now.map((p) => [key(p), p]));
  for (const name of old.keys()) if (!cur.has(name)) add(true, name, 'removed', 'clients still send it');
  for (const [name, p] of cur) {
    const q = old.get(name);
    if (!q)
      add(
        Boolean(p.required),
        name,
        p.required ? 'added, required' : 'added, optional',
        p.required ? 'existing calls do not send it' : 'existing calls still work',
      );
    else {
      if (p.required && !q.required) add(true, name, 'became required', 'existing calls may not send it');
      if (!p.required && q.required) add(false, name, 'became optional', 'existing calls still send it');
      compareSchemas(before, after, q.schema, p.schema, name, 'request', add);
    }
  }
}

/** @param {any} before @param {any} after @param {any} was @param {any} now @param {Add} add */
function compareBodies(before, after, was, now, add) {
  const a = deref(before, was);
  const b = deref(after, now);
  if (!a && !b) return;
  if (!a)
    return add(
      Boolean(b.required),
      'request body',
      b.required ? 'added, required' : 'added, optional',
      b.required ? 'existing calls send none' : 'existing calls still work',
    );
  if (!b) return add(true, 'request body', 'removed', 'clients still send one');
  if (b.required && !a.required) add(true, 'request body', 'became required', 'existing calls may send none');
  compareSchemas(
    before,
    after,
    a.content?.['application/json']?.schema,
    b.content?.['application/json']?.schema,
    'request body',
    'request',
    add,
  );
}

/** @param {any} before @param {any} after @param {Record<string, any>} was @param {Record<string, any>} now @param {Add} add */
function compareResponses(before, after, was, now, add) {
  for (const status of Object.keys(was))
    if (!(status in now))
      add(
        true,
        `response ${status}`,
        'removed',
        'clients that handle it no longer get it described; 2xx removal changes what they receive',
      );
  for (const status of Object.keys(now)) if (!(status in was)) add(false, `response ${status}`, 'added', 'a newly documented status');
  for (const status of Object.keys(now).filter((s) => s in was && /^2/.test(s))) {
    const a = deref(before, was[status])?.content ?? {};
    const b = deref(after, now[status])?.content ?? {};
    for (const type of Object.keys(a))
      if (!(type in b)) add(true, `response ${status} ${type}`, 'removed', 'clients parse this media type');
    for (const type of Object.keys(b).filter((t) => t in a))
      compareSchemas(before, after, a[type].schema, b[type].schema, `response ${status}`, 'response', add);
  }
}

/**
 * A schema reduced to what clients depend on: accepted types, enum, bounds,
 * properties, required keys, items, through $ref, allOf and oneOf/anyOf.
 * @param {any} doc @param {any} schema
 */
function shape(doc, schema, seen = new Set()) {
  const node = deref(doc, schema) ?? {};
  /** @type {{ types: Set<string>, enum?: unknown[], properties: Map<string, any>, required: Set<string>, items?: any, bounds: Record<string, number> }} */
  const out = { types: new Set([node.type ?? []].flat()), properties: new Map(), required: new Set(node.required ?? []), bounds: {} };
  if (node.const !== undefined) out.enum = [node.const];
  if (node.enum) out.enum = node.enum;
  for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems'])
    if (node[k] !== undefined) out.bounds[k] = node[k];
  for (const [k, v] of Object.entries(node.properties ?? {})) out.properties.set(k, v);
  if (node.items) out.items = node.items;
  for (const part of node.allOf ?? []) {
    if (seen.has(part)) continue;
    const s = shape(doc, part, new Set([...seen, part]));
    for (const t of s.types) out.types.add(t);
    for (const [k, v] of s.properties) out.properties.set(k, v);
    for (const r of s.required) out.required.add(r);
    Object.assign(out.bounds, s.bounds);
  }
  for (const branch of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) {
    const s = shape(doc, branch, seen);
    for (const t of s.types) out.types.add(t);
    if (s.enum) out.enum = [...(out.enum ?? []), ...s.enum];
    // A key in several branches (a discriminator's `const`) accepts what any of them does.
    for (const [k, v] of s.properties) out.properties.set(k, out.properties.has(k) ? { anyOf: [out.properties.get(k), v] } : v);
    out.items ??= s.items;
  }
  if (out.properties.size && !out.types.size) out.types.add('object');
  return out;
}

/**
 * Compares two schemas where `side` says who produces the value: in a
 * request the client does (the new schema must accept all it accepted), in a
 * response the server does (the new schema must produce nothing new).
 * @param {any} before @param {any} after @param {any} was @param {any} now @param {string} where @param {'request' | 'response'} side @param {Add} add
 */
function compareSchemas(before, after, was, now, where, side, add, depth = 0) {
  if (!was || !now || depth > 12) return;
  const a = shape(before, was);
  const b = shape(after, now);
  const request = side === 'request';
  const sorted = (/** @type {Set<string>} */ s) => [...s].sort().join('|');
  if (sorted(a.types) !== sorted(b.types) && a.types.size && b.types.size) {
    const lost = [...a.types].filter((t) => !b.types.has(t) && !(t === 'integer' && b.types.has('number')));
    const gained = [...b.types].filter((t) => !a.types.has(t) && !(t === 'integer' && a.types.has('number')));
    if (request && lost.length) add(true, where, `no longer accepts ${lost.join(', ')}`, 'clients send values of that type');
    if (request && gained.length) add(false, where, `also accepts ${gained.join(', ')}`, 'existing values stay valid');
    if (!request && gained.length)
      add(true, where, gained.includes('null') ? 'became nullable' : `may now be ${gained.join(', ')}`, 'clients do not expect that value');
    if (!request && lost.length) add(false, where, `is never ${lost.join(', ')} any more`, 'clients handled it anyway');
  }
  if (a.enum || b.enum) {
    const removed = (a.enum ?? []).filter((v) => !(b.enum ?? []).some((w) => w === v));
    const added = (b.enum ?? []).filter((v) => !(a.enum ?? []).some((w) => w === v));
    if (!a.enum && b.enum)
      add(
        request,
        where,
        `limited to ${JSON.stringify(b.enum)}`,
        request ? 'other values clients send are now refused' : 'fewer values than before',
      );
    else if (a.enum && !b.enum)
      add(
        !request,
        where,
        'no longer limited to a list',
        request ? 'existing values stay valid' : 'clients may get values they do not handle',
      );
    else {
      if (removed.length)
        add(
          request,
          where,
          `enum value${removed.length > 1 ? 's' : ''} ${removed.map((v) => JSON.stringify(v)).join(', ')} removed`,
          request ? 'clients send it' : 'clients that handle it are not hurt',
        );
      if (added.length)
        add(
          !request,
          where,
          `enum value${added.length > 1 ? 's' : ''} ${added.map((v) => JSON.stringify(v)).join(', ')} added`,
          request ? 'a new choice' : 'clients that switch over the values do not handle it',
        );
    }
  }
  for (const [k, v] of Object.entries(b.bounds)) {
    const old = a.bounds[k];
    if (old === v) continue;
    const tighter = old === undefined || (k.startsWith('min') || k.startsWith('exclusiveMin') ? v > old : v < old);
    add(
      request ? tighter : !tighter,
      `${where} ${k}`,
      old === undefined ? `set to ${v}` : `${old} → ${v}`,
      request
        ? tighter
          ? 'values clients send may now be refused'
          : 'more values accepted'
        : tighter
          ? 'fewer values than before'
          : 'clients may get values out of the range they knew',
    );
  }
  for (const [k] of Object.entries(a.bounds))
    if (!(k in b.bounds))
      add(!request, `${where} ${k}`, 'removed', request ? 'more values accepted' : 'clients may get values out of the range they knew');

  for (const [name, schema] of a.properties) {
    const path = `${where}.${name}`;
    if (!b.properties.has(name)) add(true, path, 'removed', request ? 'clients still send it' : 'clients read it');
    else compareSchemas(before, after, schema, b.properties.get(name), path, side, add, depth + 1);
  }
  for (const name of b.properties.keys()) {
    if (a.properties.has(name)) continue;
    const required = b.required.has(name);
    add(
      request && required,
      `${where}.${name}`,
      required ? 'added, required' : 'added, optional',
      request ? (required ? 'existing calls do not send it' : 'existing calls still work') : 'clients ignore keys they do not know',
    );
  }
  for (const name of b.required)
    if (a.properties.has(name) && !a.required.has(name))
      add(request, `${where}.${name}`, 'became required', request ? 'existing calls may leave it out' : 'it is now always there');
  for (const name of a.required)
    if (b.properties.has(name) && !b.required.has(name))
      add(!request, `${where}.${name}`, 'became optional', request ? 'existing calls still send it' : 'clients expect it to be there');
  if (a.items && b.items) compareSchemas(before, after, a.items, b.items, `${where}[]`, side, add, depth + 1);
}

/**
 * The changes as Markdown for a changeset: breaking first, each with its
 * operation, place, change and reason.
 * @param {Change[]} changes
 */
export function changesMarkdown(changes) {
  const line = (/** @type {Change} */ c) => `- \`${c.operation}\` ${c.where}: ${c.what} (${c.why})`;
  const breaking = changes.filter((c) => c.breaking);
  const other = changes.filter((c) => !c.breaking);
  return [
    ...(breaking.length ? ['**Breaking for clients:**', '', ...breaking.map(line), ''] : []),
    ...(other.length ? ['**Other API changes:**', '', ...other.map(line), ''] : []),
  ].join('\n');
}
