// The contract of PATCH /assistants/{id}, as data taken from the fact sheet
// (shared/reference/revox-assistant-api.md, confirmed [C] facts), and a
// function that lists every way a document departs from it. Tests run it on
// the real spec (expecting nothing) and on broken copies (expecting the
// breakage to be named), so the checks are shown to be able to fail.

import { deref } from '../lib/index.js';

type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'null';

/** Field name → JSON types accepted (including "null" where nullable). */
type FieldTypes = Record<string, JsonType[]>;

const MAX_SAFE = 9007199254740991;

export const OPERATION = { path: '/assistants/{id}', method: 'patch', operationId: 'updateAssistant', tag: 'Assistants' };

export const REQUEST_FIELDS: FieldTypes = {
  background_sound: ['null', 'string'],
  calendly: ['null', 'object'],
  call_retry_config: ['object'],
  end_of_call_sentence: ['string'],
  faq_items: ['array'],
  first_sentence: ['string'],
  first_sentence_delay_ms: ['integer'],
  first_sentence_mode: ['string'],
  ivr_navigation_enabled: ['boolean'],
  llm_model: ['object'],
  max_call_duration_secs: ['number'],
  name: ['string'],
  prompt: ['string'],
  structured_output_config: ['array'],
  transfer_phone_number: ['null', 'string'],
  voice: ['object'],
  voicemail_message: ['null', 'string'],
  webhook_url: ['string'],
};

export const ASSISTANT_FIELDS: FieldTypes = {
  id: ['string'],
  background_sound: ['null', 'string'],
  calendly: ['null', 'object'],
  call_retry_config: ['null', 'object'],
  created_at: ['string'],
  end_of_call_sentence: ['null', 'string'],
  first_sentence: ['null', 'string'],
  first_sentence_delay_ms: ['integer'],
  first_sentence_mode: ['string'],
  ivr_navigation_enabled: ['boolean'],
  llm_model: ['object'],
  max_call_duration_secs: ['number'],
  name: ['string'],
  organization_id: ['string'],
  prompt: ['string'],
  structured_output_config: ['array', 'null'],
  transfer_phone_number: ['null', 'string'],
  updated_at: ['string'],
  voice: ['null', 'object'],
  voicemail_message: ['null', 'string'],
  webhook_url: ['null', 'string'],
  faq_items: ['array'],
  pending_faq_count: ['number'],
};

export const ASSISTANT_OPTIONAL = ['faq_items', 'pending_faq_count'];

/** Nested objects, by path from a root schema: their properties, types and required keys. */
export const NESTED: { root: 'request' | 'assistant'; path: string; fields: FieldTypes; required: string[] }[] = [
  { root: 'request', path: 'calendly', fields: { connection_id: ['string'], event_type_id: ['string'] }, required: ['connection_id', 'event_type_id'] },
  {
    root: 'request',
    path: 'call_retry_config',
    fields: { calling_windows: ['array'], max_retry_attempts: ['integer'], timezone: ['null', 'string'] },
    required: ['calling_windows', 'max_retry_attempts'],
  },
  {
    root: 'request',
    path: 'call_retry_config.calling_windows[]',
    fields: { calling_window_start_time: ['string'], calling_window_end_time: ['string'], retry_delay_seconds: ['integer'] },
    required: ['calling_window_end_time', 'calling_window_start_time', 'retry_delay_seconds'],
  },
  { root: 'request', path: 'faq_items[]', fields: { question: ['string'], answer: ['string'] }, required: ['answer', 'question'] },
  {
    root: 'assistant',
    path: 'faq_items[]',
    fields: { id: ['string'], question: ['string'], answer: ['string'], needs_human_answer: ['boolean'], source: ['string'] },
    required: ['answer', 'question'],
  },
  {
    root: 'request',
    path: 'structured_output_config[]',
    fields: { name: ['string'], required: ['boolean'], type: ['string'], description: ['string'], enum_options: ['array'] },
    required: ['name', 'required', 'type'],
  },
  { root: 'request', path: 'voice', fields: { id: ['string'], provider: ['string'], speed: ['number'] }, required: ['id', 'provider'] },
];

export const ENUMS: { root: 'request' | 'assistant'; path: string; values: unknown[] }[] = [
  { root: 'request', path: 'background_sound', values: ['audio/office.ogg', null] },
  { root: 'assistant', path: 'background_sound', values: ['audio/office.ogg', null] },
  { root: 'request', path: 'first_sentence_mode', values: ['generated', 'static', 'none'] },
  { root: 'request', path: 'voice.provider', values: ['cartesia', 'elevenlabs'] },
  { root: 'request', path: 'structured_output_config[].type', values: ['string', 'number', 'boolean', 'enum', 'date', 'datetime'] },
  { root: 'assistant', path: 'faq_items[].source', values: ['human', 'ai'] },
];

/** Confirmed bounds, encoded as keywords. */
export const BOUNDS: { root: 'request' | 'assistant'; path: string; keywords: Record<string, number> }[] = [
  { root: 'request', path: 'call_retry_config.max_retry_attempts', keywords: { exclusiveMinimum: 0, maximum: MAX_SAFE } },
  { root: 'request', path: 'call_retry_config.calling_windows[].retry_delay_seconds', keywords: { exclusiveMinimum: 0, maximum: MAX_SAFE } },
  { root: 'assistant', path: 'first_sentence_delay_ms', keywords: { minimum: -MAX_SAFE, maximum: MAX_SAFE } },
];

/** Inferred or unconfirmed limits that must stay prose: enforcing them could reject valid calls. */
export const NOT_ENFORCED: { root: 'request' | 'assistant'; path: string; keywords: string[] }[] = [
  { root: 'request', path: 'voice.speed', keywords: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] },
  { root: 'request', path: 'voice.id', keywords: ['minLength'] },
  { root: 'request', path: 'structured_output_config[].name', keywords: ['minLength'] },
  { root: 'request', path: 'max_call_duration_secs', keywords: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] },
  { root: 'request', path: 'first_sentence_delay_ms', keywords: ['exclusiveMinimum'] },
  { root: 'request', path: 'transfer_phone_number', keywords: ['pattern', 'format'] },
  { root: 'request', path: 'webhook_url', keywords: ['pattern', 'format'] },
  { root: 'request', path: 'call_retry_config.timezone', keywords: ['pattern', 'format'] },
  { root: 'request', path: 'call_retry_config.calling_windows', keywords: ['minItems'] },
  { root: 'request', path: 'call_retry_config.calling_windows[].calling_window_start_time', keywords: ['pattern', 'format'] },
  { root: 'request', path: 'name', keywords: ['minLength'] },
];

export const LLM_VARIANTS: Record<string, { fields: FieldTypes; required: string[]; enums?: Record<string, string[]> }> = {
  'dedicated-instance': {
    fields: { type: ['string'], name: ['string'] },
    required: ['name', 'type'],
    enums: { name: ['gpt-4.1', 'ministral-3-8b-instruct'] },
  },
  openrouter: {
    fields: { type: ['string'], openrouter_model_id: ['string'], openrouter_provider: ['string'] },
    required: ['openrouter_model_id', 'openrouter_provider', 'type'],
  },
};

export const ERROR_STATUSES = ['400', '401', '403', '404', '409', '422', '429', '500'];

// ---------------------------------------------------------------------------

/** The JSON types a schema accepts, through `type`, `const`/`enum` and `oneOf`/`anyOf` branches. */
export function typesOf(doc: any, schema: any): JsonType[] {
  const node = deref(doc, schema);
  const found = new Set<JsonType>();
  if (node?.type) for (const t of [node.type].flat()) found.add(t);
  for (const branch of [...(node?.oneOf ?? []), ...(node?.anyOf ?? [])]) for (const t of typesOf(doc, branch)) found.add(t);
  return [...found].sort();
}

/** The non-null object/array branch of a schema (where its properties or items live). */
function concrete(doc: any, schema: any): any {
  const node = deref(doc, schema);
  const branch = [...(node?.oneOf ?? []), ...(node?.anyOf ?? [])].find((b: any) => !typesOf(doc, b).every((t) => t === 'null'));
  return node?.properties || node?.items || !branch ? node : concrete(doc, branch);
}

/** The schema at a dotted path such as `call_retry_config.calling_windows[].retry_delay_seconds`. */
export function schemaAt(doc: any, root: any, path: string): any {
  let node = root;
  for (const segment of path.split('.')) {
    const [name, ...arrays] = segment.split('[]');
    node = concrete(doc, node)?.properties?.[name];
    for (let i = 1; i < arrays.length + 1; i++) node = concrete(doc, node)?.items;
    if (node === undefined) return undefined;
  }
  return node;
}

function compareFields(doc: any, where: string, object: any, fields: FieldTypes, problems: string[]) {
  const actual = Object.keys(object?.properties ?? {}).sort();
  const expected = Object.keys(fields).sort();
  for (const name of expected.filter((n) => !actual.includes(n))) problems.push(`${where}: missing property "${name}"`);
  for (const name of actual.filter((n) => !expected.includes(n))) problems.push(`${where}: unexpected property "${name}"`);
  for (const name of expected.filter((n) => actual.includes(n))) {
    const types = typesOf(doc, object.properties[name]);
    const want = [...fields[name]].sort();
    if (types.join() !== want.join()) problems.push(`${where}.${name}: accepts [${types}] but the contract says [${want}]`);
  }
}

function compareRequired(where: string, object: any, required: string[], problems: string[]) {
  const actual = [...(object?.required ?? [])].sort().join();
  const want = [...required].sort().join();
  if (actual !== want) problems.push(`${where}: required is [${actual}] but the contract says [${want}]`);
}

/** Every departure of `doc` from the contract; empty when it conforms. */
export function contractViolations(doc: any): string[] {
  const problems: string[] = [];
  const operation = doc.paths?.[OPERATION.path]?.[OPERATION.method];
  if (!operation) return [`no ${OPERATION.method.toUpperCase()} ${OPERATION.path} operation`];

  if (operation.operationId !== OPERATION.operationId) problems.push(`operationId is "${operation.operationId}"`);
  if (!operation.tags?.includes(OPERATION.tag)) problems.push(`operation is not tagged ${OPERATION.tag}`);
  if (doc.servers?.[0]?.url !== 'https://www.getrevox.com/api') problems.push(`first server is ${doc.servers?.[0]?.url}`);
  const schemes = doc.components?.securitySchemes ?? {};
  const globalScheme = Object.keys(doc.security?.[0] ?? {})[0];
  if (schemes[globalScheme]?.type !== 'http' || schemes[globalScheme]?.scheme !== 'bearer') problems.push('no global bearer security scheme');

  const body = deref(doc, operation.requestBody);
  if (body?.required === true) problems.push('request body must be optional (an empty update is allowed)');
  const request = deref(doc, body?.content?.['application/json']?.schema);
  if (!request) return [...problems, 'no application/json request schema'];
  compareFields(doc, 'request', request, REQUEST_FIELDS, problems);
  if (request.required?.length) problems.push(`request requires [${request.required}] but every field is optional`);

  const ok = deref(doc, deref(doc, operation.responses?.['200'])?.content?.['application/json']?.schema);
  if (ok?.required?.join() !== 'assistant') problems.push('200 response must require exactly "assistant"');
  const assistant = deref(doc, ok?.properties?.assistant);
  if (!assistant) return [...problems, 'no assistant schema in the 200 response'];
  compareFields(doc, 'assistant', assistant, ASSISTANT_FIELDS, problems);
  compareRequired('assistant', assistant, Object.keys(ASSISTANT_FIELDS).filter((f) => !ASSISTANT_OPTIONAL.includes(f)), problems);

  const roots = { request, assistant };
  for (const { root, path, fields, required } of NESTED) {
    const object = concrete(doc, schemaAt(doc, roots[root], path));
    compareFields(doc, `${root}.${path}`, object, fields, problems);
    compareRequired(`${root}.${path}`, object, required, problems);
  }
  for (const { root, path, values } of ENUMS) {
    const node = deref(doc, schemaAt(doc, roots[root], path));
    if (JSON.stringify(node?.enum) !== JSON.stringify(values)) problems.push(`${root}.${path}: enum is ${JSON.stringify(node?.enum)}`);
  }
  for (const { root, path, keywords } of BOUNDS) {
    const node = deref(doc, schemaAt(doc, roots[root], path));
    for (const [keyword, value] of Object.entries(keywords)) {
      if (node?.[keyword] !== value) problems.push(`${root}.${path}: ${keyword} is ${node?.[keyword]}, expected ${value}`);
    }
  }
  for (const { root, path, keywords } of NOT_ENFORCED) {
    const node = deref(doc, schemaAt(doc, roots[root], path));
    if (!node) problems.push(`${root}.${path}: missing`);
    for (const keyword of keywords) {
      if (node?.[keyword] !== undefined) problems.push(`${root}.${path}: "${keyword}" enforces an unconfirmed limit; describe it instead`);
    }
  }

  const llm = deref(doc, request.properties?.llm_model);
  if (llm?.discriminator?.propertyName !== 'type') problems.push('llm_model: discriminator must be on "type"');
  const variants = (llm?.oneOf ?? []).map((branch: any) => deref(doc, branch));
  const tags = variants.map((v: any) => v?.properties?.type?.const);
  if (tags.sort().join() !== Object.keys(LLM_VARIANTS).sort().join()) problems.push(`llm_model: variants are [${tags}]`);
  for (const [tag, target] of Object.entries(llm?.discriminator?.mapping ?? {})) {
    if (deref(doc, { $ref: target })?.properties?.type?.const !== tag) problems.push(`llm_model: mapping "${tag}" points to a variant with another type`);
  }
  for (const variant of variants) {
    const spec = LLM_VARIANTS[variant?.properties?.type?.const];
    if (!spec) continue;
    const where = `llm_model(${variant.properties.type.const})`;
    compareFields(doc, where, variant, spec.fields, problems);
    compareRequired(where, variant, spec.required, problems);
    for (const [field, values] of Object.entries(spec.enums ?? {})) {
      if (JSON.stringify(variant.properties[field]?.enum) !== JSON.stringify(values)) problems.push(`${where}.${field}: enum differs`);
    }
  }

  const errorSchemas = new Set<string>();
  for (const status of ERROR_STATUSES) {
    const response = deref(doc, operation.responses?.[status]);
    const schema = response?.content?.['application/json']?.schema;
    if (!schema) problems.push(`no JSON ${status} response`);
    else errorSchemas.add(JSON.stringify(schema));
  }
  if (errorSchemas.size > 1) problems.push('error responses do not share one schema');
  const tooMany = deref(doc, operation.responses?.['429']);
  if (!Object.keys(tooMany?.headers ?? {}).some((h) => h.toLowerCase() === 'retry-after')) problems.push('429 does not document Retry-After');

  return problems;
}
