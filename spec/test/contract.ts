// The contract of the API, as data taken from the fact sheets
// (shared/reference/revox-assistant-api.md for PATCH /assistants/{id} and the
// Assistant; revox-api-surface.md for the other twelve operations; confirmed
// [C] facts only; the seed's fields (G2) plus the newest confirmed ones,
// §4 "G4"), and a function that lists every way a document departs
// from it. Tests run it on
// the real spec (expecting nothing) and on broken copies (expecting the
// breakage to be named), so the checks are shown to be able to fail.

import { deref, endpointsOf } from '../lib/index.js';

type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'null';

/** Field name → JSON types accepted (including "null" where nullable). */
type FieldTypes = Record<string, JsonType[]>;

const MAX_SAFE = 9007199254740991;

export const OPERATION = { path: '/assistants/{id}', method: 'patch', operationId: 'updateAssistant', tag: 'Assistants' };

/** The newest confirmed fields (§4, G4): in every request that takes the update's fields, and in the Assistant. */
const NEWEST_FIELDS: FieldTypes = {
  after_call_sms_prompt: ['null', 'string'],
  background_sound_volume: ['number'],
  custom_tools: ['array'],
  // Nullability is not documented [U]: allowing null refuses nothing the API may take.
  email_notification_address: ['null', 'string'],
  email_notification_outcomes: ['array'],
  from_phone_number: ['null', 'string'],
  human_transfer_mode: ['string'],
};

export const REQUEST_FIELDS: FieldTypes = {
  ...NEWEST_FIELDS,
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
  ...NEWEST_FIELDS,
};

/** Older API versions answer without these; the newest ones are optional so that their answers still validate. */
export const ASSISTANT_OPTIONAL = ['faq_items', 'pending_faq_count', ...Object.keys(NEWEST_FIELDS)];

/** Nested objects, by path from a root schema: their properties, types and required keys. */
export const NESTED: { root: 'request' | 'assistant'; path: string; fields: FieldTypes; required: string[] }[] = [
  {
    root: 'request',
    path: 'calendly',
    fields: { connection_id: ['string'], event_type_id: ['string'] },
    required: ['connection_id', 'event_type_id'],
  },
  {
    root: 'request',
    path: 'call_retry_config',
    // allowed_days and call_twice_in_a_row: shown without "optional" but with defaults; optional here so
    // that every call that worked before still does (the decision is in spec/openapi.yaml's descriptions).
    fields: {
      allowed_days: ['array'],
      call_twice_in_a_row: ['boolean'],
      calling_windows: ['array'],
      max_retry_attempts: ['integer'],
      timezone: ['null', 'string'],
    },
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
  {
    root: 'request',
    path: 'custom_tools[]',
    fields: {
      body_template: ['string'],
      description: ['string'],
      headers: ['array'],
      input_schema: ['array'],
      method: ['string'],
      name: ['string'],
      query_params: ['array'],
      url: ['string'],
    },
    required: [], // which keys the API requires is not documented [U]
  },
  { root: 'request', path: 'custom_tools[].headers[]', fields: { key: ['string'], value: ['string'] }, required: [] },
  { root: 'request', path: 'custom_tools[].query_params[]', fields: { key: ['string'], value: ['string'] }, required: [] },
  {
    root: 'request',
    path: 'custom_tools[].input_schema[]',
    fields: { name: ['string'], required: ['boolean'], type: ['string'], description: ['string'], enum_options: ['array'] },
    required: ['name', 'required', 'type'],
  },
];

export const ENUMS: { root: 'request' | 'assistant'; path: string; values: unknown[] }[] = [
  { root: 'request', path: 'background_sound', values: ['audio/office.ogg', null] },
  { root: 'assistant', path: 'background_sound', values: ['audio/office.ogg', null] },
  { root: 'request', path: 'first_sentence_mode', values: ['generated', 'static', 'none'] },
  { root: 'request', path: 'voice.provider', values: ['cartesia', 'elevenlabs'] },
  { root: 'request', path: 'structured_output_config[].type', values: ['string', 'number', 'boolean', 'enum', 'date', 'datetime'] },
  { root: 'assistant', path: 'faq_items[].source', values: ['human', 'ai'] },
  {
    root: 'request',
    path: 'call_retry_config.allowed_days[]',
    values: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  },
];

/** Enums of which only some members are known: open strings that name them (spec/rules/open-enum.md), never `enum`. */
export const OPEN_ENUMS: { root: 'request' | 'assistant'; path: string; known: string[] }[] = [
  { root: 'request', path: 'human_transfer_mode', known: ['warm'] },
  { root: 'assistant', path: 'human_transfer_mode', known: ['warm'] },
  { root: 'request', path: 'email_notification_outcomes[]', known: ['not_interested'] },
  { root: 'request', path: 'custom_tools[].method', known: ['GET'] },
];

/** Confirmed bounds, encoded as keywords. */
export const BOUNDS: { root: 'request' | 'assistant'; path: string; keywords: Record<string, number> }[] = [
  { root: 'request', path: 'call_retry_config.max_retry_attempts', keywords: { exclusiveMinimum: 0, maximum: MAX_SAFE } },
  {
    root: 'request',
    path: 'call_retry_config.calling_windows[].retry_delay_seconds',
    keywords: { exclusiveMinimum: 0, maximum: MAX_SAFE },
  },
  { root: 'assistant', path: 'first_sentence_delay_ms', keywords: { minimum: -MAX_SAFE, maximum: MAX_SAFE } },
  { root: 'request', path: 'background_sound_volume', keywords: { minimum: 0, maximum: 1 } },
  { root: 'assistant', path: 'background_sound_volume', keywords: { minimum: 0, maximum: 1 } },
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
  { root: 'request', path: 'email_notification_address', keywords: ['pattern', 'format'] },
  { root: 'request', path: 'from_phone_number', keywords: ['pattern', 'format'] },
  { root: 'request', path: 'custom_tools[].description', keywords: ['minLength'] },
  { root: 'request', path: 'custom_tools[].url', keywords: ['minLength', 'pattern', 'format'] },
  { root: 'request', path: 'custom_tools[].headers[].key', keywords: ['minLength'] },
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
  return [...updateViolations(doc), ...surfaceViolations(doc)];
}

/** Departures from the contract of PATCH /assistants/{id} and the Assistant. */
function updateViolations(doc: any): string[] {
  const problems: string[] = [];
  const operation = doc.paths?.[OPERATION.path]?.[OPERATION.method];
  if (!operation) return [`no ${OPERATION.method.toUpperCase()} ${OPERATION.path} operation`];

  if (operation.operationId !== OPERATION.operationId) problems.push(`operationId is "${operation.operationId}"`);
  if (!operation.tags?.includes(OPERATION.tag)) problems.push(`operation is not tagged ${OPERATION.tag}`);
  if (doc.servers?.[0]?.url !== 'https://www.getrevox.com/api') problems.push(`first server is ${doc.servers?.[0]?.url}`);
  const schemes = doc.components?.securitySchemes ?? {};
  const globalScheme = Object.keys(doc.security?.[0] ?? {})[0];
  if (schemes[globalScheme]?.type !== 'http' || schemes[globalScheme]?.scheme !== 'bearer')
    problems.push('no global bearer security scheme');

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
  compareRequired(
    'assistant',
    assistant,
    Object.keys(ASSISTANT_FIELDS).filter((f) => !ASSISTANT_OPTIONAL.includes(f)),
    problems,
  );

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
  for (const { root, path, known } of OPEN_ENUMS) {
    const node = deref(doc, schemaAt(doc, roots[root], path));
    if (node?.enum !== undefined || node?.const !== undefined)
      problems.push(`${root}.${path}: an enum refuses the values nobody documented`);
    if (JSON.stringify(node?.['x-revox-known-values']) !== JSON.stringify(known))
      problems.push(`${root}.${path}: known values are ${JSON.stringify(node?.['x-revox-known-values'])}`);
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
    if (deref(doc, { $ref: target })?.properties?.type?.const !== tag)
      problems.push(`llm_model: mapping "${tag}" points to a variant with another type`);
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
  if (!Object.keys(tooMany?.headers ?? {}).some((h) => h.toLowerCase() === 'retry-after'))
    problems.push('429 does not document Retry-After');

  return problems;
}

// ---------------------------------------------------------------------------
// The whole surface (revox-api-surface.md): the operations, how each is
// called and what it answers, and the objects they exchange.

type Param = { in: 'path' | 'query'; name: string; types: JsonType[] };

export interface OperationContract {
  method: string;
  path: string;
  operationId: string;
  tag: string;
  /** Whether the request may be sent twice (drives the SDK's retries: POST /call must never be repeated blindly). */
  idempotent: boolean;
  params: Param[];
  /** The request body's component, whether the body may be left out, and its media type (JSON unless said). */
  body?: { schema: string; optional: boolean; mediaType?: string };
  /** The 200 answer: a component wrapped under a key, or bare, as JSON or as audio; or a 204 with no body. */
  response: { schema: string; wrapper?: string; mediaType?: string } | { status: 204 };
}

const ID: Param = { in: 'path', name: 'id', types: ['string'] };
const JSON_BODY = 'application/json';

export const OPERATIONS: OperationContract[] = [
  {
    method: 'post',
    path: '/assistants',
    operationId: 'createAssistant',
    tag: 'Assistants',
    idempotent: false,
    params: [],
    body: { schema: 'AssistantCreateParams', optional: false },
    response: { wrapper: 'assistant', schema: 'Assistant' },
  },
  {
    method: 'get',
    path: '/assistants',
    operationId: 'listAssistants',
    tag: 'Assistants',
    idempotent: true,
    params: [],
    response: { wrapper: 'assistants', schema: 'Assistant[]' },
  },
  {
    method: 'get',
    path: '/assistants/{id}',
    operationId: 'retrieveAssistant',
    tag: 'Assistants',
    idempotent: true,
    params: [ID],
    response: { schema: 'Assistant' },
  },
  {
    method: 'patch',
    path: '/assistants/{id}',
    operationId: 'updateAssistant',
    tag: 'Assistants',
    idempotent: true,
    params: [ID],
    body: { schema: 'AssistantUpdateParams', optional: true },
    response: { wrapper: 'assistant', schema: 'Assistant' },
  },
  {
    method: 'delete',
    path: '/assistants/{id}',
    operationId: 'deleteAssistant',
    tag: 'Assistants',
    idempotent: true,
    params: [ID],
    response: { wrapper: 'success', schema: 'boolean' },
  },
  {
    method: 'post',
    path: '/call',
    operationId: 'createCall',
    tag: 'Calls',
    idempotent: false,
    params: [],
    body: { schema: 'CallCreateParams', optional: false },
    response: { wrapper: 'call', schema: 'CallOrder' },
  },
  {
    method: 'get',
    path: '/call/{id}',
    operationId: 'retrieveCall',
    tag: 'Calls',
    idempotent: true,
    params: [ID],
    response: { wrapper: 'call', schema: 'CallOrder' },
  },
  {
    method: 'get',
    path: '/call',
    operationId: 'listCalls',
    tag: 'Calls',
    idempotent: true,
    params: [
      { in: 'query', name: 'page', types: ['number'] },
      { in: 'query', name: 'page_size', types: ['number'] },
    ],
    response: { wrapper: 'calls', schema: 'CallAttempt[]' },
  },
  {
    method: 'get',
    path: '/voices',
    operationId: 'listVoices',
    tag: 'Voices',
    idempotent: true,
    params: [],
    response: { wrapper: 'voices', schema: 'VoiceSummary[]' },
  },
  {
    method: 'get',
    path: '/voices/{id}',
    operationId: 'retrieveVoice',
    tag: 'Voices',
    idempotent: true,
    params: [ID, { in: 'query', name: 'provider', types: ['string'] }],
    response: { wrapper: 'voice', schema: 'VoiceDetails' },
  },
  {
    method: 'post',
    path: '/voices/preview',
    operationId: 'previewVoice',
    tag: 'Voices',
    idempotent: true,
    params: [],
    body: { schema: 'VoicePreviewParams', optional: false },
    response: { schema: 'Audio', mediaType: 'audio/mpeg' },
  },
  {
    method: 'get',
    path: '/users/me',
    operationId: 'retrieveCurrentUser',
    tag: 'Users',
    idempotent: true,
    params: [],
    response: { wrapper: 'user', schema: 'User' },
  },
  {
    method: 'patch',
    path: '/users/me',
    operationId: 'updateCurrentUser',
    tag: 'Users',
    idempotent: true,
    params: [],
    body: { schema: 'UserUpdateParams', optional: true },
    response: { wrapper: 'user', schema: 'User' },
  },
];

/** The objects of the surface: properties with their JSON types, and required keys. */
export const OBJECTS: Record<string, { fields: FieldTypes; required: string[] }> = {
  AssistantCreateParams: { fields: REQUEST_FIELDS, required: ['name', 'prompt'] },
  CallAssistantParams: { fields: REQUEST_FIELDS, required: ['prompt'] },
  CallCreateParams: {
    fields: {
      phone_number: ['string'],
      assistant_id: ['string'],
      assistant: ['object'],
      concurrency: ['object'],
      force_now: ['boolean'],
      from_phone_number: ['string'],
      metadata: ['object'],
      prompt_variables: ['object'],
      scheduled_at: ['string'],
    },
    required: ['phone_number'],
  },
  CallConcurrency: { fields: { key: ['string'], max: ['number'] }, required: ['key', 'max'] },
  CallOrder: {
    fields: {
      id: ['string'],
      assistant: ['null', 'object'],
      call_attempts: ['array'],
      call_retry_config: ['null', 'object'],
      calls_count: ['number'],
      created_at: ['string'],
      direction: ['string'],
      first_sentence_delay_ms: ['number'],
      from_phone_number: ['string'],
      is_cancelled: ['boolean'],
      is_completed: ['boolean'],
      last_call_attempt: ['null', 'object'],
      llm_model: ['object'],
      metadata: ['null', 'object'],
      next_call_at: ['null', 'string'],
      scheduled_at: ['null', 'string'],
      to_phone_number: ['string'],
    },
    // Every property of the SDK's type; `assistant` only appears in some docs.
    required: [
      'id',
      'call_attempts',
      'call_retry_config',
      'calls_count',
      'created_at',
      'direction',
      'first_sentence_delay_ms',
      'from_phone_number',
      'is_cancelled',
      'is_completed',
      'last_call_attempt',
      'llm_model',
      'metadata',
      'next_call_at',
      'scheduled_at',
      'to_phone_number',
    ],
  },
  CallAttempt: {
    fields: {
      id: ['string'],
      answered_at: ['null', 'string'],
      ended_at: ['null', 'string'],
      started_at: ['string'],
      phone_number: ['string'],
      recording_url: ['null', 'string'],
      result: ['null', 'string'],
      status: ['string'],
      structured_output: ['null', 'object'],
      transcript: ['array', 'null'],
      dial_error: ['string'],
      end_reason: ['string'],
      ended_by: ['string'],
    },
    required: ['id', 'answered_at', 'ended_at', 'started_at', 'phone_number', 'recording_url', 'result', 'status'],
  },
  TranscriptEntry: {
    fields: {
      content: ['string'],
      role: ['string'],
      tool_arguments: ['object', 'string'],
      tool_is_error: ['boolean'],
      tool_name: ['string'],
    },
    required: ['content', 'role'],
  },
  VoiceSummary: {
    fields: { id: ['string'], name: ['string'], description: ['string'], language: ['string'], provider: ['string'] },
    required: ['id', 'name', 'description', 'language', 'provider'],
  },
  VoiceDetails: { fields: { id: ['string'], name: ['string'], description: ['string'] }, required: ['id', 'name'] },
  VoicePreviewParams: {
    fields: { provider: ['string'], voiceId: ['string'], text: ['string'], speed: ['number'], volume: ['number'] },
    required: ['provider', 'voiceId'],
  },
  User: {
    fields: {
      id: ['string'],
      created_at: ['string'],
      email: ['string'],
      first_name: ['null', 'string'],
      last_name: ['null', 'string'],
      has_completed_onboarding: ['boolean'],
      organization_id: ['string'],
      updated_at: ['string'],
    },
    required: ['id', 'created_at', 'email', 'first_name', 'last_name', 'has_completed_onboarding', 'organization_id', 'updated_at'],
  },
  UserUpdateParams: { fields: { has_completed_onboarding: ['boolean'] }, required: [] },
};

/** Enumerations of the surface, by `Object.property` (or a component of its own). */
export const SURFACE_ENUMS: Record<string, unknown[]> = {
  'CallOrder.direction': ['inbound', 'outbound'],
  'CallAttempt.result': ['IVR', 'voicemail', 'human', 'unknown', 'ios-screening-filter', null],
  'CallAttempt.status': ['queued', 'ringing', 'ongoing', 'completed', 'error'],
  'CallAttempt.ended_by': ['agent', 'user', 'system'],
  'CallAttempt.dial_error': [
    'number_non_attributed',
    'too_many_calls',
    'busy',
    'temporarily_unavailable',
    'no_answer',
    'no_international_permission',
    'precondition_failed',
    'non_classified_error',
  ],
  'TranscriptEntry.role': ['user', 'assistant', 'tool'],
  'VoiceSummary.language': ['en', 'fr', 'es', 'de', 'it', 'pt', 'ru', 'zh'],
  'VoiceSummary.provider': ['cartesia', 'elevenlabs'],
  'VoicePreviewParams.provider': ['cartesia', 'elevenlabs'],
};

/** Bounds confirmed by the newest docs, encoded as keywords. */
export const SURFACE_BOUNDS: Record<string, Record<string, number>> = {
  'VoicePreviewParams.text': { maxLength: 2000 },
  'VoicePreviewParams.speed': { minimum: 0.6, maximum: 1.5 },
  'VoicePreviewParams.volume': { minimum: 0.5, maximum: 2 },
};

/** Inferred or unknown limits of the surface that must stay prose. */
export const SURFACE_NOT_ENFORCED: Record<string, string[]> = {
  'CallCreateParams.phone_number': ['pattern', 'format'],
  'CallCreateParams.from_phone_number': ['pattern', 'format'],
  'CallCreateParams.scheduled_at': ['pattern', 'format'],
  'CallConcurrency.max': ['minimum', 'exclusiveMinimum', 'maximum', 'multipleOf'],
  'User.email': ['pattern', 'format'],
};

/** The same for query parameters, by component name. */
export const PARAMETERS_NOT_ENFORCED: Record<string, string[]> = {
  Page: ['minimum', 'exclusiveMinimum', 'multipleOf'],
  PageSize: ['minimum', 'exclusiveMinimum', 'maximum', 'multipleOf'],
};

/** An object schema with its `allOf` parts merged: every property and every required key. */
function flattened(doc: any, schema: any): any {
  const node = deref(doc, schema);
  const parts = (node?.allOf ?? []).map((part: any) => flattened(doc, part));
  return {
    ...node,
    properties: Object.assign({}, ...parts.map((p: any) => p.properties), node?.properties),
    required: [...new Set([...parts.flatMap((p: any) => p.required ?? []), ...(node?.required ?? [])])],
  };
}

function propertyAt(doc: any, where: string): any {
  const [object, property] = where.split('.');
  return deref(doc, flattened(doc, doc.components?.schemas?.[object]).properties?.[property]);
}

/** `Assistant[]` names an array of Assistant; `boolean` a plain boolean; other names are components. */
function matchesSchema(doc: any, schema: any, expected: string): boolean {
  if (expected.endsWith('[]'))
    return deref(doc, schema)?.type === 'array' && matchesSchema(doc, deref(doc, schema).items, expected.slice(0, -2));
  if (expected === 'boolean') return deref(doc, schema)?.type === 'boolean';
  return schema?.$ref === `#/components/schemas/${expected}`;
}

/** Departures from the surface contract: operations, parameters, bodies, answers, objects. */
function surfaceViolations(doc: any): string[] {
  const problems: string[] = [];
  const present = endpointsOf(doc);
  const expected = new Set(OPERATIONS.map((o) => `${o.method.toUpperCase()} ${o.path}`));
  for (const { method, path } of present)
    if (!expected.has(`${method} ${path}`)) problems.push(`${method} ${path}: not an operation of the Revox API`);

  for (const contract of OPERATIONS) {
    const at = `${contract.method.toUpperCase()} ${contract.path}`;
    const found = present.find((o) => o.method === contract.method.toUpperCase() && o.path === contract.path);
    if (!found) {
      problems.push(`${at}: missing`);
      continue;
    }
    const { operation, idempotent } = found;
    if (operation.operationId !== contract.operationId)
      problems.push(`${at}: operationId is "${operation.operationId}", expected "${contract.operationId}"`);
    if (operation.tags?.join() !== contract.tag) problems.push(`${at}: tags are [${operation.tags}], expected [${contract.tag}]`);
    if (idempotent !== contract.idempotent)
      problems.push(
        `${at}: ${idempotent ? 'idempotent' : 'not idempotent'}, but the contract says ${contract.idempotent ? 'it is' : 'it is not'}`,
      );

    const params = found.parameters;
    for (const param of contract.params) {
      const actual = params.find((p: any) => p.in === param.in && p.name === param.name);
      if (!actual) problems.push(`${at}: no ${param.in} parameter "${param.name}"`);
      else {
        if (actual.required !== true) problems.push(`${at}: ${param.in} parameter "${param.name}" must be required`);
        const types = typesOf(doc, actual.schema).join();
        if (types !== [...param.types].sort().join())
          problems.push(`${at}: ${param.in} parameter "${param.name}" accepts [${types}], expected [${param.types}]`);
      }
    }
    for (const param of params) {
      if (!contract.params.some((p) => p.in === param.in && p.name === param.name))
        problems.push(`${at}: unexpected ${param.in} parameter "${param.name}"`);
    }

    const body = deref(doc, operation.requestBody);
    if (!contract.body && body) problems.push(`${at}: has a request body`);
    if (contract.body) {
      if (!matchesSchema(doc, body?.content?.[contract.body.mediaType ?? JSON_BODY]?.schema, contract.body.schema))
        problems.push(`${at}: request body is not ${contract.body.schema}`);
      if ((body?.required === true) === contract.body.optional)
        problems.push(`${at}: request body must be ${contract.body.optional ? 'optional' : 'required'}`);
    }

    const successes = Object.keys(operation.responses ?? {}).filter((status) => status.startsWith('2'));
    if ('status' in contract.response) {
      if (successes.join() !== '204') problems.push(`${at}: answers [${successes}] on success, expected 204`);
      if (deref(doc, operation.responses?.['204'])?.content) problems.push(`${at}: 204 has a body`);
    } else {
      const ok = deref(doc, operation.responses?.['200']);
      const mediaType = contract.response.mediaType ?? JSON_BODY;
      const answer = ok?.content?.[mediaType]?.schema;
      if (Object.keys(ok?.content ?? {}).join() !== mediaType)
        problems.push(`${at}: 200 is [${Object.keys(ok?.content ?? {})}], expected ${mediaType}`);
      if (contract.response.wrapper) {
        const wrapper = deref(doc, answer);
        if (wrapper?.required?.join() !== contract.response.wrapper)
          problems.push(`${at}: 200 must require exactly "${contract.response.wrapper}"`);
        if (!matchesSchema(doc, wrapper?.properties?.[contract.response.wrapper], contract.response.schema))
          problems.push(`${at}: 200 ${contract.response.wrapper} is not ${contract.response.schema}`);
      } else if (!matchesSchema(doc, answer, contract.response.schema))
        problems.push(`${at}: 200 is not a bare ${contract.response.schema}`);
    }

    const statuses = Object.keys(operation.responses ?? {});
    if (contract.path.includes('{id}') !== statuses.includes('404'))
      problems.push(`${at}: 404 must be declared exactly when the path has an id`);
    for (const status of ['400', '401', '429', '500']) {
      if (!matchesSchema(doc, deref(doc, operation.responses?.[status])?.content?.[JSON_BODY]?.schema, 'ErrorBody'))
        problems.push(`${at}: no ${status} with ErrorBody`);
    }
  }

  for (const [name, { fields, required }] of Object.entries(OBJECTS)) {
    const object = flattened(doc, doc.components?.schemas?.[name]);
    compareFields(doc, name, object, fields, problems);
    compareRequired(name, object, required, problems);
  }
  for (const [where, values] of Object.entries(SURFACE_ENUMS)) {
    if (JSON.stringify(propertyAt(doc, where)?.enum) !== JSON.stringify(values))
      problems.push(`${where}: enum is ${JSON.stringify(propertyAt(doc, where)?.enum)}`);
  }
  for (const [where, keywords] of Object.entries(SURFACE_BOUNDS)) {
    for (const [keyword, value] of Object.entries(keywords)) {
      if (propertyAt(doc, where)?.[keyword] !== value)
        problems.push(`${where}: ${keyword} is ${propertyAt(doc, where)?.[keyword]}, expected ${value}`);
    }
  }
  const unenforced = [
    ...Object.entries(SURFACE_NOT_ENFORCED).map(([where, keywords]) => [where, propertyAt(doc, where), keywords] as const),
    ...Object.entries(PARAMETERS_NOT_ENFORCED).map(
      ([name, keywords]) => [`parameter ${name}`, deref(doc, doc.components?.parameters?.[name])?.schema, keywords] as const,
    ),
  ];
  for (const [where, node, keywords] of unenforced) {
    if (!node) problems.push(`${where}: missing`);
    for (const keyword of keywords)
      if (node?.[keyword] !== undefined) problems.push(`${where}: "${keyword}" enforces an unconfirmed limit; describe it instead`);
  }
  return problems;
}
