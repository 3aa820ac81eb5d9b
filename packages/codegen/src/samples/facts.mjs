// What every code sample of an operation shows, from the operation model:
// the request of its first examples, and how its answer is used.

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
 *   mediaType: string,
 *   apiKeyEnv: string,
 * }} SampleFacts
 */

/**
 * @param {import('@revoxai/spec').Operation} operation
 * @param {{ baseUrl: string, apiKeyEnv: string }} api the spec's API root (the samples test points copies at a local server) and the key's environment variable
 * @returns {SampleFacts}
 */
export function sampleFacts(operation, { baseUrl, apiKeyEnv }) {
  const { pathParams, query, body } = operation.example;
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(String(pathParams[name])));
  const search = Object.keys(query).length ? `?${new URLSearchParams(/** @type {Record<string, string>} */ (query))}` : '';
  return {
    operation,
    method: operation.method,
    url: `${baseUrl}${path}${search}`,
    pathParams,
    query,
    body,
    audio: !operation.success.json,
    mediaType: operation.success.mediaType,
    apiKeyEnv,
  };
}
