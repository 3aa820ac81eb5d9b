// The SDK policy (spec/sdk-policy.yaml) as data, checked on load so that a
// typo fails every generator at once instead of shipping a wrong default.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const policyPath = new URL('../sdk-policy.yaml', import.meta.url);

/** The languages the SDKs are written in, and the option and error names each must spell. */
export const LANGUAGES = ['typescript', 'ruby', 'python'];
const OPTIONS = [
  'apiKey',
  'baseUrl',
  'timeout',
  'maxRetries',
  'initialRetryDelay',
  'maxRetryDelay',
  'maxRetryAfter',
  'logLevel',
  'maxResponseBytes',
];
const ERROR_KINDS = [
  'base',
  'configuration',
  'invalidRequest',
  'missingKeyword',
  'status',
  'invalidAnswer',
  'connection',
  'timeout',
  'tooLarge',
];

/**
 * @typedef {{ meaning: string, env?: string, default?: unknown, defaultMs?: number, values?: string[], defaultJson?: number, defaultBinary?: number }} OptionFact
 * @typedef {{
 *   durations: 'ms' | 's',
 *   unknownKeywords: 'sent' | 'refused',
 *   options: Record<string, string>,
 *   errors: Record<string, string>,
 * }} LanguagePolicy
 * @typedef {{
 *   options: Record<string, OptionFact>,
 *   retry: { idempotent: { statuses: number[], andFrom: number, meaning: string }, nonIdempotent: { statuses: number[], meaning: string }, jitter: number, followRedirects: false },
 *   headers: { attempt: string, client: string, requestId: string, retryAfterMs: string, retryAfter: string, secretWords: string[] },
 *   errors: { byStatus: Record<string, string>, serverError: string },
 *   pagination: { lastPage: 'shorter-than-page-size' },
 *   languages: Record<string, LanguagePolicy>,
 * }} Policy
 */

/** @returns {Policy} */
export function loadPolicy() {
  const raw = parse(readFileSync(policyPath, 'utf8'), { strict: true, uniqueKeys: true });
  const { '5xx': serverError, ...byStatus } = raw.errors ?? {};
  const policy = { ...raw, errors: { byStatus, serverError } };
  const problems = [
    ...policyProblems(raw),
    ...Object.entries(byStatus)
      .filter(([s, name]) => !/^[45]\d\d$/.test(s) || !isErrorName(name))
      .map(([s]) => `errors.${s}`),
  ];
  if (!isErrorName(serverError)) problems.push('errors.5xx');
  if (problems.length) throw new Error(`spec/sdk-policy.yaml: invalid ${problems.join(', ')}`);
  return policy;
}

/** @param {unknown} name */
const isErrorName = (name) => typeof name === 'string' && /^[A-Z]\w*Error$/.test(name);
/** @param {unknown} n */
const count = (n) => Number.isInteger(n) && /** @type {number} */ (n) >= 0;

/** What is missing or malformed, by its path in the file. @param {any} raw @returns {string[]} */
function policyProblems(raw) {
  const { options = {}, retry = {}, headers = {}, languages = {} } = raw;
  const problems = [];
  for (const name of OPTIONS) if (typeof options[name]?.meaning !== 'string') problems.push(`options.${name}.meaning`);
  for (const name of ['timeout', 'initialRetryDelay', 'maxRetryDelay', 'maxRetryAfter'])
    if (!count(options[name]?.defaultMs)) problems.push(`options.${name}.defaultMs`);
  if (!count(options.maxRetries?.default)) problems.push('options.maxRetries.default');
  if (!options.logLevel?.values?.includes(options.logLevel?.default)) problems.push('options.logLevel.default');
  if (!count(options.maxResponseBytes?.defaultJson) || !count(options.maxResponseBytes?.defaultBinary))
    problems.push('options.maxResponseBytes');
  for (const name of ['apiKey', 'baseUrl', 'logLevel'])
    if (!/^[A-Z][A-Z0-9_]*$/.test(options[name]?.env ?? '')) problems.push(`options.${name}.env`);
  if (!Array.isArray(retry.idempotent?.statuses) || !count(retry.idempotent?.andFrom) || !Array.isArray(retry.nonIdempotent?.statuses))
    problems.push('retry');
  if (!(retry.jitter >= 0 && retry.jitter < 1)) problems.push('retry.jitter');
  if (retry.followRedirects !== false) problems.push('retry.followRedirects (the clients follow no redirect)');
  for (const name of ['attempt', 'client', 'requestId', 'retryAfterMs', 'retryAfter'])
    if (!/^[a-z][a-z0-9-]*$/.test(headers[name] ?? '')) problems.push(`headers.${name}`);
  if (!Array.isArray(headers.secretWords) || !headers.secretWords.length) problems.push('headers.secretWords');
  if (raw.pagination?.lastPage !== 'shorter-than-page-size') problems.push('pagination.lastPage');
  for (const language of LANGUAGES) {
    const spelled = languages[language];
    if (!['ms', 's'].includes(spelled?.durations)) problems.push(`languages.${language}.durations`);
    if (!['sent', 'refused'].includes(spelled?.unknownKeywords)) problems.push(`languages.${language}.unknownKeywords`);
    for (const name of OPTIONS) if (typeof spelled?.options?.[name] !== 'string') problems.push(`languages.${language}.options.${name}`);
    for (const kind of ERROR_KINDS) if (typeof spelled?.errors?.[kind] !== 'string') problems.push(`languages.${language}.errors.${kind}`);
  }
  return problems;
}
