// `@revoxai/sdk/openapi-fetch`: the typed openapi-fetch client over a Revox
// client's transport (its key, timeouts, retries, logging), for callers who
// prefer `{ data, error, response }` results and openapi-fetch middleware.
// Its own entry, because openapi-fetch's client would double the main one.
//
//   import { openapiFetchClient } from '@revoxai/sdk/openapi-fetch';
//   const api = openapiFetchClient(client);
//   const { data, error } = await api.PATCH('/assistants/{id}', { params: { path: { id } }, body });
import openapiFetch, { createQuerySerializer } from 'openapi-fetch';
import type { Client } from 'openapi-fetch';
import type { paths } from '@revoxai/types';
import type { APIClient } from './client.js';
import { TRANSPORT } from './client.js';
import type { QueryInit } from './options.js';

// Our CommonJS build sees openapi-fetch's whole `exports` object here (Node's
// interop for a default import of CommonJS); the ESM build sees the function.
const createClient = (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;
const serializeQuery = createQuerySerializer();
/**
 * Carries the operation's idempotency from the middleware to fetch on the
 * request itself, so that it survives a later middleware that returns a new
 * Request made from this one; it is taken off before sending.
 */
const IDEMPOTENT_HEADER = 'x-revox-sdk-idempotent';

/**
 * openapi-fetch for the spec's `paths`, sending through `client`. Its
 * middleware says which operation a request is (`schemaPath`), so the
 * operation's idempotency, which decides its retries, is looked up by
 * name, never guessed from the URL.
 */
export function openapiFetchClient(client: APIClient): Client<paths> {
  const { baseURL, headers, query, operations, send } = client[TRANSPORT]();
  const routes = new Map(operations.map((o) => [`${o.method} ${o.path}`, o.idempotent]));
  const api = createClient<paths>({
    baseUrl: baseURL,
    headers: headers as Record<string, string>,
    ...(query && { querySerializer: (params: QueryInit) => serializeQuery({ ...query, ...params }) }),
    fetch: async (request: Request) => {
      const sent: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        sent[name] = value;
      });
      const idempotent = sent[IDEMPOTENT_HEADER] === 'true';
      delete sent[IDEMPOTENT_HEADER];
      const body = request.body && (await request.arrayBuffer());
      const response = await send({ method: request.method, url: request.url, headers: sent, body, idempotent, signal: request.signal });
      return response.toResponse();
    },
  });
  api.use({
    onRequest: ({ request, schemaPath }) =>
      void request.headers.set(IDEMPOTENT_HEADER, String(routes.get(`${request.method} ${schemaPath}`) ?? false)),
  });
  return api;
}
