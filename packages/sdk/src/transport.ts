// The fetch that openapi-fetch calls. It adds authentication and SDK headers,
// bounds each attempt with a timeout, retries what is worth retrying, honours
// the caller's AbortSignal at every step, and logs without secrets.
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from './errors.js';
import { BufferedResponse, RequestParts } from './light.js';
import type { LevelledLogger } from './logger.js';
import { redactHeaders } from './logger.js';
import type { RetryDelays } from './retry.js';
import { causeChain, isIdempotent, isRetryableFailure, isRetryableStatus, isStaleConnection, retryDelayMs } from './retry.js';

export interface TransportConfig {
  apiKey: string;
  /** The API root, to tell which operation of the spec a request is. */
  baseURL: string;
  fetch: typeof fetch;
  timeout: number;
  maxRetries: number;
  retryDelay: RetryDelays;
  clientHeader: string;
  logger: LevelledLogger;
}

/** Per-request settings: overrides of the client-wide limits, and the caller's signal. */
export interface AttemptLimits {
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  /**
   * The caller's signal, `null` when there is none; left out, the Request's
   * own signal is followed (the low-level client). Given here rather than on
   * the Request because a Request made with a signal leaves an abort listener
   * on it until garbage collection, which piles up when many calls share one.
   */
  signal?: AbortSignal | null | undefined;
}

/** Header carrying the 1-based attempt number, so the server can tell retries apart. */
const ATTEMPT_HEADER = 'X-Revox-Attempt';
/** Header naming the SDK, its version and the runtime. */
const CLIENT_HEADER = 'X-Revox-Client';

// Statuses whose responses cannot carry a body (fetch's Response rejects one).
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** A fetch function with the SDK's behaviour, for one call's limits; it also takes the SDK's own RequestParts. */
export type Transport = (input: RequestInfo | URL | RequestParts, init?: RequestInit) => Promise<Response>;

export function createTransport(config: TransportConfig, limits: AttemptLimits = {}): Transport {
  const timeout = limits.timeout ?? config.timeout;
  const maxRetries = limits.maxRetries ?? config.maxRetries;
  const log = config.logger;

  return async function send(input, init) {
    const request = input instanceof RequestParts || (input instanceof Request && init === undefined) ? input : new Request(input, init);
    const signal = limits.signal !== undefined ? limits.signal : request instanceof Request ? request.signal : null;
    const idempotent = isIdempotent(request.method, request.url.slice(config.baseURL.length).replace(/[?#].*/, ''));
    // A stale kept-alive connection costs one immediate re-send, for idempotent operations only.
    const onStale = idempotent ? () => log.debug(`↻ ${request.method} ${request.url}: the server closed the reused connection; sending again`) : undefined;
    // The SDK's own calls (RequestParts) get a light response too; see light.ts.
    const light = request instanceof RequestParts;
    // Read once, sent by every attempt: request bodies are small JSON
    // documents, and fresh bytes avoid re-reading a consumed stream.
    const body = light ? request.body : request.body === null ? null : await request.arrayBuffer();
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
      const headers = attemptHeaders(request.headers, attempt, config);
      const started = Date.now();
      if (log.enabled('debug')) {
        log.debug(`→ ${request.method} ${request.url} (attempt ${attempt}/${maxRetries + 1})`, { headers: redactHeaders(headers) });
      }

      let response: Response | undefined;
      let failure: APIConnectionError | undefined;
      try {
        response = await attemptOnce(config.fetch, request.url, attemptInit(request, headers, body), timeout, signal, onStale, light);
        log.debug(`← ${response.status} ${request.method} ${request.url} in ${Date.now() - started} ms (attempt ${attempt})`);
      } catch (error) {
        if (!(error instanceof APIConnectionError)) throw error;
        failure = error;
        log.debug(`✗ ${request.method} ${request.url} failed in ${Date.now() - started} ms (attempt ${attempt}): ${error.message}`);
      }

      const retryable = failure ? isRetryableFailure(failure, idempotent) : isRetryableStatus(response!.status, idempotent);
      const delay = retryable && attempt <= maxRetries ? retryDelayMs(attempt, response?.headers, config.retryDelay) : undefined;
      if (delay === undefined) {
        if (failure) throw failure;
        return response!;
      }
      log.info(`${failure ? failure.message : `Got ${response!.status}.`} Retrying ${request.method} ${request.url} in ${Math.round(delay)} ms (retry ${attempt} of ${maxRetries}).`);
      await sleep(delay, signal);
    }
  };
}

/** The caller's headers plus the SDK's; the caller's Authorization and Accept win. */
function attemptHeaders(callerHeaders: Headers, attempt: number, config: TransportConfig): Headers {
  const headers = new Headers(callerHeaders);
  if (!headers.has('authorization')) headers.set('Authorization', `Bearer ${config.apiKey}`);
  if (!headers.has('accept')) headers.set('Accept', 'application/json');
  headers.set(CLIENT_HEADER, config.clientHeader);
  headers.set(ATTEMPT_HEADER, String(attempt));
  return headers;
}

/** The init of one attempt: `request`'s method with other headers and the buffered body. */
function attemptInit(request: Request | RequestParts, headers: Headers, body: BodyInit | null): RequestInit {
  return { method: request.method, headers, body };
}

/**
 * One attempt, bounded by `timeout` from sending until the body is fully
 * read, so that a stalled body cannot hang the caller. The response body is
 * buffered: every response of this API is a small JSON document.
 *
 * With `onStale`, a request that failed because the server had closed the
 * reused connection it went out on, before any response, is sent once more
 * within the same attempt, as Go's HTTP transport does. It does not count
 * against maxRetries: it is the connection that failed, not the request.
 */
async function attemptOnce(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  timeout: number,
  signal: AbortSignal | null,
  onStale: (() => void) | undefined,
  light: boolean,
): Promise<Response> {
  const timer = new AbortController();
  const handle = setTimeout(() => timer.abort(), timeout);
  try {
    // (url, init), not a Request: undici drops the abort link of a Request
    // derived from another one after a garbage collection (nodejs/undici#4068),
    // which would silently disable the timeout. AbortSignal.any links the
    // caller's signal without adding a listener to it, so many concurrent
    // calls can share one signal without piling up listeners.
    const withSignal = { ...init, signal: signal ? AbortSignal.any([signal, timer.signal]) : timer.signal };
    let response: Response;
    try {
      response = await fetchImpl(url, withSignal);
    } catch (error) {
      if (!onStale || withSignal.signal.aborted || !isStaleConnection(error)) throw error;
      onStale();
      response = await fetchImpl(url, withSignal);
    }
    const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
    if (light) return new BufferedResponse(response.status, response.headers, body ?? new ArrayBuffer(0)) as unknown as Response;
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  } catch (error) {
    if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
    if (timer.signal.aborted) throw new APIConnectionTimeoutError(timeout);
    throw new APIConnectionError(`Connection error: ${describe(error)}`, { cause: error });
  } finally {
    clearTimeout(handle);
  }
}

/** Resolves after `ms`, or rejects with APIUserAbortError as soon as `signal` fires. */
function sleep(ms: number, signal: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!signal) {
      setTimeout(resolve, ms);
      return;
    }
    if (signal.aborted) return reject(new APIUserAbortError({ cause: signal.reason }));
    // Listen on a signal of our own that follows the caller's, not on theirs (see attemptOnce).
    const wake = AbortSignal.any([signal]);
    const onAbort = () => {
      clearTimeout(handle);
      reject(new APIUserAbortError({ cause: signal.reason }));
    };
    const handle = setTimeout(() => {
      wake.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    wake.addEventListener('abort', onAbort, { once: true });
  });
}

/** The innermost message of a fetch failure ("fetch failed" hides the useful part in `cause`). */
function describe(error: unknown): string {
  let message = 'unknown error';
  for (const { message: m, code } of causeChain(error)) {
    if (typeof m === 'string' && m) message = typeof code === 'string' ? `${m} (${code})` : m;
  }
  return message;
}
