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
    expect(server.requests[0]!.headers['authorization']).toBe('Bearer sk_from_env');
  });

  it('options win over environment variables', async () => {
    vi.stubEnv('REVOX_API_KEY', 'sk_from_env');
    vi.stubEnv('REVOX_BASE_URL', 'http://127.0.0.1:1');
    await new Revox({ apiKey: 'sk_option', baseURL: server.url, logLevel: 'off' }).assistants.update('a');
    expect(server.requests[0]!.headers['authorization']).toBe('Bearer sk_option');
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
    expect(() => new Revox()).toThrowError(/`apiKey` option .* REVOX_API_KEY environment variable/);
  });
});

describe('invalid options are rejected by name', () => {
  it.each([
    [{ baseURL: 'www.getrevox.com/api' }, /`baseURL`/],
    [{ timeout: 0 }, /`timeout`/],
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
