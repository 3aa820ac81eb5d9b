// What every code sample of an operation shows, from the SDK plan: the
// request of its first examples, split as the wire carries it (path, query,
// headers, body), and how its answer is used.

/** Where the samples of a binary answer (the voice preview) save it. */
export const AUDIO_FILE = 'preview.mp3';

/**
 * @typedef {{
 *   operation: import('../plan/index.mjs').OperationPlan,
 *   method: string,
 *   url: string,
 *   pathParams: Record<string, unknown>,
 *   params: Record<string, unknown>,
 *   headers: Record<string, string>,
 *   body: Record<string, unknown> | undefined,
 *   multipart: boolean,
 *   audio: boolean,
 *   empty: boolean,
 *   mediaType: string,
 *   apiKeyEnv: string,
 * }} SampleFacts
 */

/**
 * @param {import('../plan/index.mjs').OperationPlan} operation
 * @param {{ baseUrl: string, apiKeyEnv: string }} api the spec's API root (the samples test points copies at a local server) and the key's environment variable
 * @returns {SampleFacts}
 */
export function sampleFacts(operation, { baseUrl, apiKeyEnv }) {
  const { pathParams, params } = operation.example;
  const path = operation.http.path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(String(pathParams[name])));
  // In the example's own order: a sample shows the example as it was written.
  const places = new Map(operation.params.map((p) => [p.wire, p.in]));
  const placed = (/** @type {string} */ place) => Object.entries(params).filter(([name]) => (places.get(name) ?? 'body') === place);
  const search = new URLSearchParams(placed('query').flatMap(([name, value]) => [value].flat().map((v) => [String(name), String(v)])));
  const body = operation.body && (operation.body.required || placed('body').length) ? Object.fromEntries(placed('body')) : undefined;
  return {
    operation,
    method: operation.http.method,
    url: `${baseUrl}${path}${search.size ? `?${search}` : ''}`,
    pathParams,
    params,
    headers: Object.fromEntries(placed('header').map(([name, value]) => [name, String(value)])),
    body,
    multipart: operation.body?.encoding === 'multipart',
    audio: operation.answer.kind === 'binary',
    empty: operation.answer.kind === 'empty',
    mediaType: operation.answer.mediaType,
    apiKeyEnv,
  };
}
