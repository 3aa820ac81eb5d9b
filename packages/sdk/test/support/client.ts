import type { ClientOptions } from '../../src/index.js';
import { Revox } from '../../src/index.js';
import type { TestServer } from './server.js';

export const TEST_KEY = 'sk_test_5f3c9a1e7b2d4c6a8e0f1b3d5c7a9e1f';

/** Small waits so retry tests take milliseconds, not seconds. */
export const FAST_RETRIES = { initialMs: 5, maxMs: 20, maxRetryAfterMs: 5_000 };

/** A client pointed at the test server, quiet unless a test asks for logs. */
export function clientFor(server: TestServer, options: ClientOptions = {}): Revox {
  return new Revox({ apiKey: TEST_KEY, baseURL: server.url, retryDelay: FAST_RETRIES, logLevel: 'off', ...options });
}
