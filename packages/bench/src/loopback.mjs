// The SDK against raw fetch (and plain openapi-fetch, which the SDK is built
// on) over real HTTP on 127.0.0.1 (keep-alive), one call at a time and with
// many in flight.
import createClient from 'openapi-fetch';
import Revox from '@revoxai/sdk';
import { throughput, withCannedServer } from './harness.mjs';

const KEY = 'sk_bench';
const BODY = { name: 'Front desk', voicemail_message: null };

/** @param {{ rounds: number, iterations: number }} counts */
export async function measureLoopback(counts) {
  return withCannedServer(async (base) => {
    const sdk = new Revox({ apiKey: KEY, baseURL: base });
    /** @type {import('openapi-fetch').Client<import('@revoxai/types').paths>} */
    const plain = createClient({ baseUrl: base, headers: { Authorization: `Bearer ${KEY}` } });
    const candidates = {
      SDK: () => sdk.assistants.update('asst_1', BODY),
      'openapi-fetch': () => plain.PATCH('/assistants/{id}', { params: { path: { id: 'asst_1' } }, body: BODY }),
      'raw fetch': () =>
        fetch(`${base}/assistants/asst_1`, {
          method: 'PATCH',
          headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(BODY),
        }).then((response) => response.json()),
    };
    return {
      sequential: await throughput(candidates, counts),
      concurrent64: await throughput(candidates, { ...counts, concurrency: 64 }),
    };
  });
}
