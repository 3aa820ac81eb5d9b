// When to retry and how long to wait. Pure functions, tested alone.

export interface RetryDelays {
  /** Wait before the first retry, doubled for each further one. */
  initialMs: number;
  /** Upper bound of the computed backoff. */
  maxMs: number;
  /** Longest server-requested wait (Retry-After) the SDK sits through; beyond it the error is returned at once. */
  maxRetryAfterMs: number;
}

/** Statuses worth another attempt: timeouts, conflicts, rate limits and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** The wait a server asks for, from `retry-after-ms` or `Retry-After` (seconds or an HTTP date). */
export function serverRequestedDelayMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with up to 25 % jitter below the nominal value, so clients spread out. */
export function backoffMs(retry: number, delays: RetryDelays, random: () => number = Math.random): number {
  const nominal = Math.min(delays.initialMs * 2 ** (retry - 1), delays.maxMs);
  return nominal * (1 - 0.25 * random());
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
