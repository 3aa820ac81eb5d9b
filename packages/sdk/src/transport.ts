// Sends one request as the caller described it: authentication and SDK
// headers, a timeout per attempt, the retries the operation allows, the
// caller's AbortSignal at every step, and logs without secrets.
import { BufferedResponse } from './buffered-response.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from './errors.js';
import type { LevelledLogger } from './logger.js';
import { redactHeaders } from './logger.js';
import type { RetryDelays } from './retry.js';
import { causeChain, isRetryableFailure, isRetryableStatus, isStaleConnection, retryDelayMs } from './retry.js';

/** What does not change between the requests of one client. */
export interface TransportConfig {
  apiKey: string;
  /** The caller's fetch; when there is none, `globalThis.fetch` as it is at each request (test mocks install theirs late). */
  fetch: typeof fetch | undefined;
  retryDelay: RetryDelays;
  clientHeader: string;
  logger: LevelledLogger;
}

/** One request, as the caller knows it. */
export interface Outgoing {
  method: string;
  url: string;
  /** Header names in lower case; the caller's and the client's defaults, already merged. */
  headers: Record<string, string>;
  body: string | ArrayBuffer | null;
  /** Whether sending it twice does no harm: the operation's fact, or HTTP's rule for a custom request. */
  idempotent: boolean;
  timeout: number;
  maxRetries: number;
  signal: AbortSignal | null;
  /** Extra RequestInit fields for fetch (a proxy `dispatcher`, ...); they cannot replace the method, headers, body or signal. */
  fetchOptions: RequestInit | undefined;
}

/** Header carrying the 1-based attempt number, so the server can tell retries apart. */
const ATTEMPT_HEADER = 'x-revox-attempt';
/** Header naming the SDK, its version and the runtime. */
const CLIENT_HEADER = 'x-revox-client';

/**
 * At most 1 + maxRetries attempts. Besides them, once per call, an
 * idempotent request that failed because the server closed the kept-alive
 * connection it was sent on is sent again at once (see attemptOnce).
 */
export async function transport(config: TransportConfig, out: Outgoing): Promise<BufferedResponse> {
  const { method, url, signal, maxRetries } = out;
  const log = config.logger;
  let staleResend = out.idempotent;
  const resendOnce = () => {
    if (!staleResend) return false;
    staleResend = false;
    log.debug(`↻ ${method} ${url}: reused connection closed; sending again`);
    return true;
  };
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
    const headers = attemptHeaders(out.headers, attempt, config);
    const started = Date.now();
    if (log.enabled('debug')) log.debug(`→ ${method} ${url} (attempt ${attempt}/${maxRetries + 1})`, { headers: redactHeaders(headers) });

    let response: BufferedResponse | undefined;
    let failure: APIConnectionError | undefined;
    try {
      response = await attemptOnce(config, out, headers, resendOnce);
      log.debug(`← ${response.status} ${method} ${url} in ${Date.now() - started} ms (attempt ${attempt})`);
    } catch (error) {
      if (!(error instanceof APIConnectionError)) throw error;
      failure = error;
      log.debug(`✗ ${method} ${url} failed in ${Date.now() - started} ms (attempt ${attempt}): ${error.message}`);
    }

    const retryable = failure ? isRetryableFailure(failure, out.idempotent) : isRetryableStatus(response!.status, out.idempotent);
    const delay = retryable && attempt <= maxRetries ? retryDelayMs(attempt, response?.headers, config.retryDelay) : undefined;
    if (delay === undefined) {
      if (failure) throw failure;
      return response!;
    }
    log.info(
      `${failure ? failure.message : `Got ${response!.status}.`} Retrying ${method} ${url} in ${Math.round(delay)} ms (retry ${attempt} of ${maxRetries}).`,
    );
    await sleep(delay, signal);
  }
}

/** The caller's headers plus the SDK's; the caller's Authorization and Accept win. */
function attemptHeaders(callerHeaders: Record<string, string>, attempt: number, config: TransportConfig): Record<string, string> {
  return {
    authorization: `Bearer ${config.apiKey}`,
    accept: 'application/json',
    ...callerHeaders,
    [CLIENT_HEADER]: config.clientHeader,
    [ATTEMPT_HEADER]: String(attempt),
  };
}

/**
 * One attempt, bounded by `timeout` from sending until the body is fully
 * read, so that a stalled body cannot hang the caller. The response body is
 * buffered: every response of this API is a small document.
 *
 * A request that failed because the server had closed the reused connection
 * it went out on, before any response, is sent again within the attempt when
 * `resendOnce` allows it, as Go's HTTP transport does: it is the connection
 * that failed, not the request.
 */
async function attemptOnce(
  config: TransportConfig,
  out: Outgoing,
  headers: Record<string, string>,
  resendOnce: () => boolean,
): Promise<BufferedResponse> {
  const { timeout, signal } = out;
  const timer = new AbortController();
  const handle = setTimeout(() => timer.abort(), timeout);
  try {
    // (url, init), not a Request: undici drops the abort link of a Request
    // derived from another one after a garbage collection (nodejs/undici#4068),
    // which would silently disable the timeout. AbortSignal.any links the
    // caller's signal without adding a listener to it, so many concurrent
    // calls can share one signal without piling up listeners.
    const init: RequestInit = {
      ...out.fetchOptions,
      method: out.method,
      headers,
      body: out.body,
      signal: signal ? AbortSignal.any([signal, timer.signal]) : timer.signal,
    };
    const fetchImpl = config.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await fetchImpl(out.url, init);
    } catch (error) {
      if (init.signal!.aborted || !isStaleConnection(error) || !resendOnce()) throw error;
      response = await fetchImpl(out.url, init);
    }
    return new BufferedResponse(response.status, response.statusText, response.headers, await response.arrayBuffer());
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
