// Sends one request as the caller described it: authentication and SDK
// headers, a timeout per attempt, the retries the operation allows, the
// caller's AbortSignal at every step, and logs without secrets.
import { BufferedResponse } from './buffered-response.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, headersWithout, ResponseTooLargeError } from './errors.js';
import { HEADERS } from './generated/policy.js';
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
  body: string | ArrayBuffer | FormData | null;
  /** Whether sending it twice does no harm: the operation's fact, or HTTP's rule for a custom request. */
  idempotent: boolean;
  timeout: number;
  maxRetries: number;
  signal: AbortSignal | null;
  /** Extra RequestInit fields for fetch (a proxy `dispatcher`, ...); they cannot replace the method, headers, body, signal or redirect rule. */
  fetchOptions: RequestInit | undefined;
  /** The most bytes the answer may have once decoded; past it reading stops (ResponseTooLargeError). */
  maxResponseBytes: number;
}

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
    [HEADERS.client]: config.clientHeader,
    [HEADERS.attempt]: String(attempt),
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
  const unlink = signal ? follow(signal, timer) : undefined;
  try {
    // (url, init), not a Request: undici drops the abort link of a Request
    // derived from another one after a garbage collection (nodejs/undici#4068),
    // which would silently disable the timeout. A redirect is never followed
    // (fetch would send the request again, outside the retry policy): a 3xx
    // comes back as it is and becomes an APIError.
    const init: RequestInit = {
      ...out.fetchOptions,
      method: out.method,
      headers,
      body: out.body,
      signal: timer.signal,
      redirect: 'manual',
    };
    const fetchImpl = config.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await fetchImpl(out.url, init);
    } catch (error) {
      if (timer.signal.aborted || !isStaleConnection(error) || !resendOnce()) throw error;
      response = await fetchImpl(out.url, init);
    }
    return new BufferedResponse(
      response.status,
      response.statusText,
      response.headers,
      await readBody(response, out.maxResponseBytes, config.apiKey),
    );
  } catch (error) {
    if (error instanceof ResponseTooLargeError) throw error;
    if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
    if (timer.signal.aborted) throw new APIConnectionTimeoutError(timeout);
    throw new APIConnectionError(`Connection error: ${describe(error)}`.replaceAll(config.apiKey, '***'), {
      cause: safeCause(error, config.apiKey),
    });
  } finally {
    clearTimeout(handle);
    unlink?.();
  }
}

/**
 * The whole body, at most `limit` bytes once decoded. A body whose declared,
 * unencoded length fits is read in one go; a compressed or unannounced one
 * is counted as it arrives, so that a small gzip body that inflates to
 * gigabytes stops at the limit instead of filling memory.
 */
async function readBody(response: Response, limit: number, secret: string): Promise<ArrayBuffer> {
  const declared = response.headers.get('content-length');
  const tooLarge = () =>
    new ResponseTooLargeError(
      response.status,
      headersWithout(secret, response.headers),
      undefined,
      `${response.status} answer is larger than maxResponseBytes (${limit} bytes): the SDK stopped reading it.`,
    );
  if (declared !== null && !response.headers.has('content-encoding')) {
    if (Number(declared) > limit) {
      await response.body?.cancel();
      throw tooLarge();
    }
    return response.arrayBuffer();
  }
  const reader = response.body?.getReader();
  if (!reader) return new ArrayBuffer(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    total += read.value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(read.value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body.buffer;
}

/**
 * The attempts in flight on each caller's signal: one listener per signal
 * while any attempt is in flight, whatever the number of calls sharing it,
 * that aborts each attempt's own controller. An attempt leaves the set when
 * it ends and the last one removes the listener, so a long-lived signal keeps
 * nothing alive (AbortSignal.any would: nodejs/node#55351), and many
 * concurrent calls never pile listeners onto the caller's signal.
 */
const followers = new WeakMap<AbortSignal, Set<AbortController>>();

function follow(signal: AbortSignal, controller: AbortController): () => void {
  if (signal.aborted) {
    controller.abort();
    return () => {};
  }
  let attempts = followers.get(signal);
  if (!attempts) {
    const set = new Set<AbortController>();
    const onAbort = () => {
      for (const c of set) c.abort();
    };
    attempts = Object.assign(set, { onAbort });
    followers.set(signal, set);
    signal.addEventListener('abort', onAbort, { once: true });
  }
  const set = attempts as Set<AbortController> & { onAbort?: () => void };
  set.add(controller);
  return () => {
    set.delete(controller);
    // The last attempt on this signal takes the listener away: nothing of the SDK stays on the caller's signal.
    if (set.size === 0 && followers.get(signal) === set) {
      followers.delete(signal);
      signal.removeEventListener('abort', set.onAbort!);
    }
  };
}

/**
 * A cause for an APIConnectionError that says what failed and nothing more:
 * each error of the chain as a plain Error with its name, message and code.
 * Runtime errors carry what they had at hand (undici's HTTPParserError keeps
 * the raw bytes of the exchange, the Authorization header included), and a
 * printed error shows its causes.
 */
function safeCause(error: unknown, secret: string): Error | undefined {
  const chain = causeChain(error);
  let cause: Error | undefined;
  for (const link of chain.reverse()) {
    const copy: Error & { code?: unknown } = new Error(String(link.message).replaceAll(secret, '***'), cause ? { cause } : undefined);
    copy.name = typeof (link as { name?: unknown }).name === 'string' ? (link as { name: string }).name : 'Error';
    if (typeof link.code === 'string') copy.code = link.code;
    copy.stack = `${copy.name}: ${copy.message}`;
    cause = copy;
  }
  return cause;
}

/** Resolves after `ms`, or rejects with APIUserAbortError as soon as `signal` fires. */
function sleep(ms: number, signal: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!signal) {
      setTimeout(resolve, ms);
      return;
    }
    if (signal.aborted) return reject(new APIUserAbortError({ cause: signal.reason }));
    // Listen on a controller of our own that follows the caller's signal, not on theirs (see follow).
    const controller = new AbortController();
    const unlink = follow(signal, controller);
    const wake = controller.signal;
    const onAbort = () => {
      clearTimeout(handle);
      unlink();
      reject(new APIUserAbortError({ cause: signal.reason }));
    };
    const handle = setTimeout(() => {
      wake.removeEventListener('abort', onAbort);
      unlink();
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
