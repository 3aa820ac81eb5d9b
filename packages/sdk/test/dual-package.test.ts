// An application can load both builds of the package in one process (its
// own code imports, a dependency requires). Each build has its own classes;
// `instanceof` must still hold across them, or `catch (e) { if (e instanceof
// NotFoundError) }` silently misses errors from the other copy.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Sdk from '../src/index.js';
import { TEST_KEY } from './support/client.js';
import type { TestServer } from './support/server.js';
import { json, startServer } from './support/server.js';

type Module = typeof Sdk & { default: typeof Sdk.Revox };
let esm: Module;
let cjs: Module;
let server: TestServer;
beforeAll(async () => {
  // The built files, as an application meets them (npm test builds before it tests).
  esm = (await import(/* @vite-ignore */ new URL('../dist/index.js', import.meta.url).href)) as Module;
  cjs = createRequire(import.meta.url)('../dist/index.cjs') as Module;
  server = await startServer(json(404, { message: 'Assistant not found.' }));
});
afterAll(() => server?.close());

describe('two copies of the package in one process', () => {
  it('are two sets of classes', () => {
    expect(esm.NotFoundError).not.toBe(cjs.NotFoundError);
    expect(esm.Revox).not.toBe(cjs.Revox);
  });

  it('agree on instanceof for every error class, both ways, and only where the classes match', async () => {
    const fromCjs = await new cjs.Revox({ apiKey: TEST_KEY, baseURL: server.url, maxRetries: 0, logLevel: 'off' }).assistants
      .retrieve('x')
      .catch((e: unknown) => e);
    expect(fromCjs).toBeInstanceOf(cjs.NotFoundError);
    expect(fromCjs instanceof esm.NotFoundError).toBe(true);
    expect(fromCjs instanceof esm.APIError).toBe(true);
    expect(fromCjs instanceof esm.RevoxError).toBe(true);
    expect(fromCjs instanceof esm.Revox.NotFoundError).toBe(true);
    expect(fromCjs instanceof esm.RateLimitError).toBe(false);
    expect(fromCjs instanceof esm.APIConnectionError).toBe(false);
    const fromEsm = new esm.RevoxValidationError([{ path: 'id', message: 'must not be empty' }]);
    expect(fromEsm instanceof cjs.RevoxValidationError).toBe(true);
    expect(fromEsm instanceof cjs.APIError).toBe(false);
  });

  it('leave plain instanceof to classes an application derives from them', () => {
    class AppError extends esm.APIError {}
    expect(new esm.APIError(500, new Headers(), '') instanceof AppError).toBe(false);
    expect(new AppError(500, new Headers(), '') instanceof AppError).toBe(true);
    expect(new AppError(500, new Headers(), '') instanceof cjs.APIError).toBe(true);
  });
});
