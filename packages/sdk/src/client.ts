import openapiFetch from 'openapi-fetch';
import type { Client } from 'openapi-fetch';
import type { paths } from '@revoxai/types';
import { APIError, errorFromResponse } from './errors.js';
import { levelled } from './logger.js';
import type { ClientOptions, RequestOptions, RequestValidator, ResolvedOptions } from './options.js';
import { checkRetries, checkTimeout, resolveOptions } from './options.js';
import { Assistants } from './resources/assistants.js';
import type { TransportConfig } from './transport.js';
import { createTransport } from './transport.js';
import { clientHeaderValue } from './version.js';

// Our CommonJS build sees openapi-fetch's whole `exports` object here (Node's
// interop for a default import of CommonJS); the ESM build sees the function.
const createClient = (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;

/** The fields of an openapi-fetch call that the SDK fills from RequestOptions. */
export interface CallInit {
  fetch: typeof fetch;
  headers: Record<string, string | null> | undefined;
}

/**
 * The Revox API client.
 *
 * ```ts
 * const client = new Revox(); // reads REVOX_API_KEY
 * const { assistant } = await client.assistants.update('asst_123', { name: 'Front desk' });
 * ```
 */
export class Revox {
  /** Update assistants. */
  readonly assistants: Assistants;
  /**
   * The typed openapi-fetch client over the same transport (auth, retries,
   * timeouts, logging), for callers who prefer `{ data, error }` results.
   */
  readonly api: Client<paths>;
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;

  // Private fields are invisible to util.inspect, JSON.stringify and console.log,
  // which keeps the API key out of anything printed.
  readonly #transport: TransportConfig;
  readonly #validate: RequestValidator | undefined;

  constructor(options: ClientOptions = {}) {
    const resolved: ResolvedOptions = resolveOptions(options);
    this.baseURL = resolved.baseURL;
    this.timeout = resolved.timeout;
    this.maxRetries = resolved.maxRetries;
    this.#validate = resolved.validate;
    this.#transport = {
      apiKey: resolved.apiKey,
      baseURL: resolved.baseURL,
      fetch: resolved.fetch,
      timeout: resolved.timeout,
      maxRetries: resolved.maxRetries,
      retryDelay: resolved.retryDelay,
      clientHeader: clientHeaderValue(),
      logger: levelled(resolved.logger, resolved.logLevel),
    };
    this.api = createClient<paths>({
      baseUrl: resolved.baseURL,
      headers: resolved.defaultHeaders,
      fetch: createTransport(this.#transport),
    });
    this.assistants = new Assistants(this);
  }

  /**
   * Runs one typed openapi-fetch call with the request options applied and
   * turns its result into the success body or a thrown RevoxError.
   * @internal Resource methods are its only callers.
   */
  async call<Data>(
    method: string,
    path: string,
    body: unknown,
    options: RequestOptions | undefined,
    send: (init: CallInit) => Promise<{ data?: Data; error?: unknown; response: Response }>,
  ): Promise<Data> {
    this.#validate?.(method, path, body);
    const transport = createTransport(this.#transport, {
      timeout: options?.timeout === undefined ? undefined : checkTimeout('timeout', options.timeout),
      maxRetries: options?.maxRetries === undefined ? undefined : checkRetries('maxRetries', options.maxRetries),
      signal: options?.signal ?? null,
    });
    let last: Response | undefined;
    const init: CallInit = {
      fetch: async (input, requestInit) => (last = await transport(input, requestInit)),
      headers: options?.headers,
    };
    let result;
    try {
      result = await send(init);
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
    return result.data as Data;
  }
}
