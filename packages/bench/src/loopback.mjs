// The SDK against raw fetch (and plain openapi-fetch, which the SDK is built
// on) over real HTTP on 127.0.0.1 (keep-alive), one call at a time and with
// many in flight. Raw fetch sends what the SDK needs to send: the same
// headers (authorization, accept, content type, and the SDK's client and
// attempt headers, which the API's logs and retries rely on), so the ratio
// measures the SDK's code, not a shorter request. Two more candidates make
// each run's figures readable: raw fetch again (an A/A pair: how far two
// identical candidates drift apart in this run, the noise any ratio carries)
// and raw fetch bounded by a timeout as the SDK bounds each attempt (an
// AbortController and a timer per request: the least a client honouring a
// timeout pays).
import createClient from 'openapi-fetch';
import createClient017 from 'openapi-fetch-017';
import Revox, { VERSION } from '@revoxai/sdk';
import { throughput, withCannedServer } from './harness.mjs';

const KEY = 'sk_bench';
const BODY = { name: 'Front desk', voicemail_message: null };

/** @param {{ rounds: number, iterations: number }} counts */
export async function measureLoopback(counts) {
  return withCannedServer(async (base) => {
    const sdk = new Revox({ apiKey: KEY, baseURL: base });
    /** @type {import('openapi-fetch').Client<import('@revoxai/types').paths>} */
    const plain = createClient({ baseUrl: base, headers: { Authorization: `Bearer ${KEY}` } });
    /** @type {import('openapi-fetch-017').Client<import('@revoxai/types').paths>} */
    const plain017 = createClient017({ baseUrl: base, headers: { Authorization: `Bearer ${KEY}` } });
    const headers = {
      authorization: `Bearer ${KEY}`,
      accept: 'application/json',
      'content-type': 'application/json',
      'x-revox-client': `@revoxai/sdk/${VERSION} node/${process.versions.node}`,
      'x-revox-attempt': '1',
    };
    /** @param {AbortSignal} [signal] */
    const rawFetch = (signal) =>
      fetch(`${base}/assistants/asst_1`, { method: 'PATCH', headers, body: JSON.stringify(BODY), signal }).then((response) =>
        response.json(),
      );
    const candidates = {
      SDK: () => sdk.assistants.update('asst_1', BODY),
      'openapi-fetch': () => plain.PATCH('/assistants/{id}', { params: { path: { id: 'asst_1' } }, body: BODY }),
      'openapi-fetch 0.17': () => plain017.PATCH('/assistants/{id}', { params: { path: { id: 'asst_1' } }, body: BODY }),
      'raw fetch': () => rawFetch(),
      'raw fetch (again)': () => rawFetch(),
      'raw fetch with a timeout': async () => {
        const timer = new AbortController();
        const handle = setTimeout(() => timer.abort(), sdk.timeout);
        try {
          return await rawFetch(timer.signal);
        } finally {
          clearTimeout(handle);
        }
      },
    };
    return {
      sequential: await throughput(candidates, counts),
      concurrent64: await throughput(candidates, { ...counts, concurrency: 64 }),
    };
  });
}
