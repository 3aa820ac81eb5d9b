// Options, their defaults and the environment variables behind them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULTS, Revox, RevoxError } from '../src/index.js';
import { TEST_KEY } from './support/client.js';
import type { TestServer } from './support/server.js';
import { json, startServer } from './support/server.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer(json(200, { assistant: {} }));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await server.close();
});

describe('defaults', () => {
  it('are the documented ones', () => {
    vi.stubEnv('REVOX_BASE_URL', '');
    const client = new Revox({ apiKey: TEST_KEY });
    expect(client.baseURL).toBe('https://www.getrevox.com/api');
    expect(client.timeout).toBe(60_000);
    expect(client.maxRetries).toBe(2);
    expect(DEFAULTS.retryDelay).toEqual({ initialMs: 500, maxMs: 8_000, maxRetryAfterMs: 60_000 });
    expect(DEFAULTS.logLevel).toBe('warn');
  });
});

describe('environment variables', () => {
  it('REVOX_API_KEY and REVOX_BASE_URL are used when the options are absent', async () => {
    vi.stubEnv('REVOX_API_KEY', 'sk_from_env');
    vi.stubEnv('REVOX_BASE_URL', `${server.url}/v1/`);
    await new Revox({ logLevel: 'off' }).assistants.update('a');
    expect(server.requests[0]!.url).toBe('/v1/assistants/a');
    expect(server.requests[0]!.headers.authorization).toBe('Bearer sk_from_env');
  });

  it('options win over environment variables', async () => {
    vi.stubEnv('REVOX_API_KEY', 'sk_from_env');
    vi.stubEnv('REVOX_BASE_URL', 'http://127.0.0.1:1');
    await new Revox({ apiKey: 'sk_option', baseURL: server.url, logLevel: 'off' }).assistants.update('a');
    expect(server.requests[0]!.headers.authorization).toBe('Bearer sk_option');
  });

  it('REVOX_LOG sets the log level', async () => {
    vi.stubEnv('REVOX_LOG', 'debug');
    const lines: string[] = [];
    const logger = { debug: (m: string) => lines.push(m), info: () => {}, warn: () => {}, error: () => {} };
    await new Revox({ apiKey: TEST_KEY, baseURL: server.url, logger }).assistants.update('a');
    expect(lines.some((l) => l.includes('PATCH'))).toBe(true);
  });

  it('a missing key names both the option and the variable', () => {
    vi.stubEnv('REVOX_API_KEY', '');
    expect(() => new Revox()).toThrowError(RevoxError);
    expect(() => new Revox()).toThrowError('Missing API key: pass the `apiKey` option or set REVOX_API_KEY.');
  });
});

describe('invalid options are rejected by name', () => {
  it.each([
    [{ baseURL: 'www.getrevox.com/api' }, /`baseURL`/],
    [{ timeout: 0 }, /`timeout` option: expected a number ≥ 1, got 0/],
    [{ timeout: Number.NaN }, /`timeout`/],
    [{ maxRetries: -1 }, /`maxRetries`/],
    [{ maxRetries: 1.5 }, /`maxRetries`/],
    [{ logLevel: 'verbose' as never }, /`logLevel`.*off, error, warn, info, debug/],
    [{ retryDelay: { initialMs: -5 } }, /`retryDelay.initialMs`/],
  ])('%o', (options, message) => {
    expect(() => new Revox({ apiKey: TEST_KEY, ...options })).toThrowError(message);
  });

  it('per-request timeout and maxRetries are checked too, before anything is sent', async () => {
    const client = new Revox({ apiKey: TEST_KEY, baseURL: server.url });
    await expect(client.assistants.update('a', {}, { timeout: -1 })).rejects.toThrow(/`timeout`/);
    await expect(client.assistants.update('a', {}, { maxRetries: Number.POSITIVE_INFINITY })).rejects.toThrow(/`maxRetries`/);
    expect(server.requests).toHaveLength(0);
  });
});

describe('withOptions', () => {
  it('returns a new client of the same class, with everything inherited but what it is given', async () => {
    class Traced extends Revox {}
    const validate = vi.fn();
    const fetchCalls: string[] = [];
    const original = new Traced({
      apiKey: TEST_KEY,
      baseURL: server.url,
      timeout: 1234,
      maxRetries: 1,
      logLevel: 'off',
      defaultHeaders: { 'x-team': 'support' },
      defaultQuery: { region: 'eu' },
      fetch: (input, init) => {
        fetchCalls.push(String(input));
        return fetch(input, init);
      },
      validate,
    });
    const copy = original.withOptions({ timeout: 5678, defaultHeaders: { 'x-team': 'sales' } });
    expect(copy).toBeInstanceOf(Traced);
    expect(copy).not.toBe(original);
    expect([copy.timeout, copy.maxRetries, copy.baseURL, copy.logLevel]).toEqual([5678, 1, server.url, 'off']);
    expect(original.timeout).toBe(1234);
    await copy.assistants.update('a');
    await original.assistants.update('a');
    const [fromCopy, fromOriginal] = server.requests;
    expect(fromCopy!.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect([fromCopy!.headers['x-team'], fromOriginal!.headers['x-team']]).toEqual(['sales', 'support']);
    expect(fromCopy!.url).toBe('/assistants/a?region=eu');
    expect(fetchCalls).toHaveLength(2);
    expect(validate).toHaveBeenCalledTimes(2);
  });

  it('keeps the key it was made with, even when the environment changes', async () => {
    vi.stubEnv('REVOX_API_KEY', 'sk_first');
    const original = new Revox({ baseURL: server.url, logLevel: 'off' });
    vi.stubEnv('REVOX_API_KEY', 'sk_second');
    await original.withOptions({}).assistants.update('a');
    expect(server.requests[0]!.headers.authorization).toBe('Bearer sk_first');
  });
});

describe('logLevel', () => {
  it('is readable, as resolved from the option or REVOX_LOG', () => {
    vi.stubEnv('REVOX_LOG', 'info');
    expect(new Revox({ apiKey: TEST_KEY }).logLevel).toBe('info');
    expect(new Revox({ apiKey: TEST_KEY, logLevel: 'error' }).logLevel).toBe('error');
  });
});

describe('security defaults', () => {
  it('a browser needs dangerouslyAllowBrowser: every visitor of a page could read its key', () => {
    vi.stubGlobal('window', { document: {} });
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0' });
    try {
      expect(() => new Revox({ apiKey: TEST_KEY })).toThrowError(/^Refusing to run in a browser, where visitors could read the API key/);
      expect(new Revox({ apiKey: TEST_KEY, dangerouslyAllowBrowser: true }).baseURL).toBe('https://www.getrevox.com/api');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('plain http:// to another host warns that the key would travel unencrypted; loopback and https do not', () => {
    const warnings: string[] = [];
    const logger = { error: () => {}, warn: (line: string) => warnings.push(line), info: () => {}, debug: () => {} };
    for (const baseURL of [
      'http://127.0.0.1:4010',
      'http://localhost:8080/api',
      'http://[::1]:3000',
      'http://app.localhost',
      'https://api.example.com',
    ])
      new Revox({ apiKey: TEST_KEY, baseURL, logger });
    expect(warnings).toEqual([]);
    new Revox({ apiKey: TEST_KEY, baseURL: 'http://api.example.com/v1', logger });
    expect(warnings).toEqual(['[revox] baseURL http://api.example.com/v1 is plain http: the API key would travel unencrypted.']);
    new Revox({ apiKey: TEST_KEY, baseURL: 'http://10.0.0.5', logger, logLevel: 'error' });
    expect(warnings).toHaveLength(1); // the level still applies
  });
});
