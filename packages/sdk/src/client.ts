import openapiFetch from 'openapi-fetch';
import type { Client } from 'openapi-fetch';
import type { paths } from '@revoxai/types';
import { APIError, RevoxValidationError, errorFromResponse } from './errors.js';
import { RequestParts } from './light.js';
import { levelled } from './logger.js';
import type { ClientOptions, RequestOptions, ResolvedOptions } from './options.js';
import { checkRetries, checkTimeout, resolveOptions } from './options.js';
import { pathParam } from './path.js';
import { Assistants } from './resources/assistants.js';
import { Call } from './resources/call.js';
import { Users } from './resources/users.js';
import { Voices } from './resources/voices.js';
import type { TransportConfig } from './transport.js';
import { createTransport } from './transport.js';
import { clientHeaderValue } from './version.js';

// Our CommonJS build sees openapi-fetch's whole `exports` object here (Node's
// interop for a default import of CommonJS); the ESM build sees the function.
const createClient = (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type Operation<P extends keyof paths, M extends Method> = paths[P][Lowercase<M> & keyof paths[P]];
type Content<R> = R extends { content: infer C } ? C[keyof C] : never;
type Ok<O> = O extends { responses: { 200: infer R } } ? Content<R> : never;
type Body<O> = O extends { requestBody?: infer B } ? Content<NonNullable<B>> : never;
type Query<O> = O extends { parameters: { query?: infer Q } } ? Q : never;

/** What a resource method hands to the client: the operation's id, query and body. */
export interface Input<O> {
  id?: string;
  query?: Query<O>;
  body?: Body<O>;
  /** The answer is audio: ask for it, and resolve to a Blob. */
  audio?: true;
}

/**
 * Sends one operation of the spec and resolves to its success body. The types
 * tie each resource method to its operation: a body, query or result that does
 * not match `paths` does not compile.
 */
export type Send = <P extends keyof paths, M extends Method>(method: M, path: P, input: Input<Operation<P, M>>, options?: RequestOptions) => Promise<Ok<Operation<P, M>>>;

type Untyped = (path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

// Audio first, JSON for error bodies.
const AUDIO_ACCEPT = 'audio/mpeg, audio/*;q=0.9, application/json;q=0.5';

/**
 * The Revox API client.
 *
 * ```ts
 * const client = new Revox(); // reads REVOX_API_KEY
 * const { assistant } = await client.assistants.update('asst_123', { name: 'Front desk' });
 * ```
 */
export class Revox {
  /** Create, read, update, list and delete assistants. */
  readonly assistants: Assistants;
  /** Place calls and read their attempts, transcripts and results. */
  readonly call: Call;
  /** List voices, read one, and hear a preview. */
  readonly voices: Voices;
  /** The user the API key belongs to. */
  readonly users: Users;
  /**
   * The typed openapi-fetch client over the same transport (auth, retries,
   * timeouts, logging), for callers who prefer `{ data, error }` results.
   */
  readonly api: Client<paths>;
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;

  constructor(options: ClientOptions = {}) {
    const resolved: ResolvedOptions = resolveOptions(options);
    this.baseURL = resolved.baseURL;
    this.timeout = resolved.timeout;
    this.maxRetries = resolved.maxRetries;
    // Kept in this closure, not on the instance: nothing that prints the
    // client (util.inspect, JSON.stringify, console.log) can reach the key.
    const transport: TransportConfig = {
      apiKey: resolved.apiKey,
      baseURL: resolved.baseURL,
      fetch: resolved.fetch,
      timeout: resolved.timeout,
      maxRetries: resolved.maxRetries,
      retryDelay: resolved.retryDelay,
      clientHeader: clientHeaderValue(),
      logger: levelled(resolved.logger, resolved.logLevel),
    };
    const api = (this.api = createClient<paths>({ baseUrl: resolved.baseURL, headers: resolved.defaultHeaders, fetch: createTransport(transport) as typeof fetch }));

    const send = async (method: Method, path: string, { id, query, body, audio }: Input<never>, options?: RequestOptions) => {
      const params = { path: path.includes('{') ? { id: pathParam('id', id) } : undefined, query: query === undefined ? undefined : requireObject('query', query) };
      if (body !== undefined) requireObject('body', body);
      resolved.validate?.(method, path, body, query);
      const callTransport = createTransport(transport, {
        timeout: options?.timeout === undefined ? undefined : checkTimeout('timeout', options.timeout),
        maxRetries: options?.maxRetries === undefined ? undefined : checkRetries('maxRetries', options.maxRetries),
        signal: options?.signal ?? null,
      });
      let last: Response | undefined;
      let result;
      try {
        // The types of this call are checked where it is made (Send); here the method is a variable.
        result = await (api[method] as unknown as Untyped)(path, {
          params,
          body,
          parseAs: audio ? 'blob' : 'json',
          Request: RequestParts,
          fetch: async (input: RequestParts) => (last = await callTransport(input)),
          headers: audio ? { Accept: AUDIO_ACCEPT, ...options?.headers } : options?.headers,
        });
      } catch (error) {
        // openapi-fetch parses success bodies with JSON.parse: a broken body must
        // surface as an APIError with the response's status, not a bare SyntaxError.
        if (error instanceof SyntaxError && last) {
          throw new APIError(last.status, last.headers, undefined, `${last.status} response body is not valid JSON (${error.message}).`);
        }
        throw error;
      }
      const { response } = result;
      if (!response.ok) throw errorFromResponse(response.status, response.headers, result.error ?? '');
      return result.data;
    };
    this.assistants = new Assistants(send as Send);
    this.call = new Call(send as Send);
    this.voices = new Voices(send as Send);
    this.users = new Users(send as Send);
  }
}

function requireObject<T>(name: string, value: T): T {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new RevoxValidationError([{ path: name, message: `must be an object, got ${got}` }]);
  }
  return value;
}
