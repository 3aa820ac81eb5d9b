// Throughput of async candidates measured side by side in one process: rounds
// interleave the candidates so drift on a shared machine hits them all alike,
// and each figure is the median over rounds.
import { createServer } from 'node:http';

/**
 * @param {Record<string, () => Promise<unknown>>} candidates
 * @param {{ rounds: number, iterations: number, concurrency?: number }} options
 * @returns {Promise<Record<string, number>>} operations per second, by candidate
 */
export async function throughput(candidates, { rounds, iterations, concurrency = 1 }) {
  /** @type {Record<string, number[]>} */
  const samples = Object.fromEntries(Object.keys(candidates).map((name) => [name, []]));
  for (const run of Object.values(candidates)) await batch(run, Math.min(iterations, 200), concurrency); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(candidates)) {
      const started = performance.now();
      await batch(run, iterations, concurrency);
      samples[name].push(iterations / ((performance.now() - started) / 1000));
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

/**
 * Runs `run` `count` times with at most `concurrency` calls in flight.
 * @param {() => Promise<unknown>} run
 * @param {number} count
 * @param {number} concurrency
 */
async function batch(run, count, concurrency) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      await run();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs `use` with the URL of a keep-alive server on 127.0.0.1 that answers
 * every request with the same small assistant, as fast as Node can: the
 * loopback benchmarks measure the clients, not the server. The server is
 * closed afterwards, whatever `use` does.
 * @template T
 * @param {(baseURL: string) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withCannedServer(use) {
  const canned = JSON.stringify({ assistant: { id: 'asst_1', name: 'Front desk' } });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(canned));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  try {
    return await use(`http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(() => resolve(undefined)));
  }
}
