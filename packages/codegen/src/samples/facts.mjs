// What every code sample of an operation shows, from the operation model:
// the request of its first examples, and how its answer is used.

/** The API root the samples address; the samples test points copies at a local server. */
export const API_ROOT = 'https://www.getrevox.com/api';
/** Where the samples of a binary answer (the voice preview) save it. */
export const AUDIO_FILE = 'preview.mp3';

/**
 * @typedef {{
 *   operation: import('@revoxai/spec').Operation,
 *   method: string,
 *   url: string,
 *   pathParams: Record<string, unknown>,
 *   query: Record<string, unknown>,
 *   body: unknown,
 *   audio: boolean,
 * }} SampleFacts
 */

/** @param {import('@revoxai/spec').Operation} operation @returns {SampleFacts} */
export function sampleFacts(operation) {
  const { pathParams, query, body } = operation.example;
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(String(pathParams[name])));
  const search = Object.keys(query).length ? `?${new URLSearchParams(/** @type {Record<string, string>} */ (query))}` : '';
  return { operation, method: operation.method, url: `${API_ROOT}${path}${search}`, pathParams, query, body, audio: !operation.success.json };
}
