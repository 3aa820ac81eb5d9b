// The SDK policy (spec/sdk-policy.yaml) as data, checked on load so that a
// typo fails every generator at once instead of shipping a wrong default.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const policyPath = new URL('../sdk-policy.yaml', import.meta.url);

/**
 * @typedef {{
 *   client: { timeoutMs: number, maxRetries: number, retryDelay: { initialMs: number, maxMs: number, maxRetryAfterMs: number }, logLevel: string },
 *   env: { apiKey: string, baseUrl: string, logLevel: string },
 *   retry: { idempotent: { statuses: number[], andFrom: number }, nonIdempotent: { statuses: number[] } },
 *   errors: { byStatus: Record<string, string>, serverError: string },
 *   pagination: { lastPage: 'shorter-than-page-size' },
 * }} Policy
 */

/** @returns {Policy} */
export function loadPolicy() {
  const raw = parse(readFileSync(policyPath, 'utf8'), { strict: true, uniqueKeys: true });
  const { '5xx': serverError, ...byStatus } = raw.errors ?? {};
  const policy = { ...raw, errors: { byStatus, serverError } };
  const problems = [
    ...['timeoutMs', 'maxRetries'].filter((k) => !Number.isInteger(raw.client?.[k]) || raw.client[k] < 0).map((k) => `client.${k}`),
    ...['initialMs', 'maxMs', 'maxRetryAfterMs']
      .filter((k) => !Number.isInteger(raw.client?.retryDelay?.[k]))
      .map((k) => `client.retryDelay.${k}`),
    ...['apiKey', 'baseUrl', 'logLevel'].filter((k) => !/^[A-Z][A-Z0-9_]*$/.test(raw.env?.[k] ?? '')).map((k) => `env.${k}`),
    ...Object.entries(byStatus)
      .filter(([status, name]) => !/^[45]\d\d$/.test(status) || !/^[A-Z]\w*Error$/.test(String(name)))
      .map(([s]) => `errors.${s}`),
    ...(/^[A-Z]\w*Error$/.test(String(serverError)) ? [] : ['errors.5xx']),
    ...(raw.pagination?.lastPage === 'shorter-than-page-size' ? [] : ['pagination.lastPage']),
  ];
  if (problems.length) throw new Error(`spec/sdk-policy.yaml: invalid ${problems.join(', ')}`);
  return policy;
}
