// When to retry and how long to wait. Pure functions, tested alone.
//
// The policy depends on whether an operation is idempotent (the spec says so;
// the operation's facts carry it). An idempotent request may be sent again
// after any transient failure. A non-idempotent one (placing a call, creating
// an assistant) is sent again only when the server provably did not act on
// it: the connection was refused, or it answered a status of RETRY.nonIdempotent.
import type { RetryDelays } from './generated/policy.js';
import { HEADERS, RETRY } from './generated/policy.js';

export type { RetryDelays };

/**
 * Statuses worth another attempt (spec/sdk-policy.yaml). Idempotent:
 * timeouts, conflicts, rate limits and server errors. Otherwise only those
 * that say the request was not processed (429, 503); a 500 may come after
 * the call was placed.
 */
export function isRetryableStatus(status: number, idempotent: boolean): boolean {
  if (!idempotent) return (RETRY.nonIdempotent as readonly number[]).includes(status);
  return (RETRY.idempotent as readonly number[]).includes(status) || status >= RETRY.idempotentFrom;
}

/** `error` and its causes, outermost first (at most five: causes can be cyclic). */
export function causeChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  for (let current = error as ErrorLike | undefined; current && chain.length < 5; current = current.cause as ErrorLike | undefined)
    chain.push(current);
  return chain;
}

export interface ErrorLike {
  message?: unknown;
  code?: unknown;
  cause?: unknown;
  socket?: { bytesRead?: unknown };
}

/**
 * Whether an attempt that got no response may be repeated: always when the
 * operation is idempotent; otherwise only when the connection was refused,
 * since then not a byte of the request reached the server. Never after a
 * timeout or a dropped connection, when the server may have acted.
 */
export function isRetryableFailure(error: unknown, idempotent: boolean): boolean {
  return idempotent || causeChain(error).some((cause) => cause.code === 'ECONNREFUSED');
}

/**
 * A kept-alive connection that the server closed just as the request was
 * sent on it: the race between the server's idle timeout and the client's
 * reuse of the connection. undici reports it as UND_ERR_SOCKET with the
 * socket's byte counts; bytes read before means the connection had carried
 * earlier exchanges. Other runtimes give no such detail, so this stays false.
 */
export function isStaleConnection(error: unknown): boolean {
  return causeChain(error).some((cause) => cause.code === 'UND_ERR_SOCKET' && Number(cause.socket?.bytesRead) > 0);
}

/** The wait a server asks for, in milliseconds (HEADERS.retryAfterMs), else in seconds or as an HTTP date (HEADERS.retryAfter). */
export function serverRequestedDelayMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers.get(HEADERS.retryAfterMs) ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get(HEADERS.retryAfter)?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff, minus up to RETRY.jitter of the nominal value at random, so clients spread out. */
export function backoffMs(retry: number, delays: RetryDelays, random: () => number = Math.random): number {
  const nominal = Math.min(delays.initialMs * 2 ** (retry - 1), delays.maxMs);
  return nominal * (1 - RETRY.jitter * random());
}

/**
 * How long to wait before retry number `retry` (1-based), or undefined when
 * the server asks for a longer wait than `maxRetryAfterMs` allows.
 */
export function retryDelayMs(retry: number, headers: Headers | undefined, delays: RetryDelays, random?: () => number): number | undefined {
  const requested = headers && serverRequestedDelayMs(headers);
  if (requested === undefined) return backoffMs(retry, delays, random);
  return requested <= delays.maxRetryAfterMs ? requested : undefined;
}
