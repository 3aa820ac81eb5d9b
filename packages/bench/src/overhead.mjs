// Per-call cost of the SDK with the network taken out: fetch is a stub that
// returns a canned Response at once.
import createClient from 'openapi-fetch';
import Revox from '@revoxai/sdk';
import { throughput } from './harness.mjs';

const BASE = 'https://www.getrevox.com/api';
const KEY = 'sk_bench';
/** @type {import('@revoxai/sdk').AssistantUpdateParams} */
const BODY = { name: 'Front desk', voicemail_message: null, voice: { id: 'v1', provider: 'cartesia', speed: 1 } };
const CANNED = JSON.stringify({ assistant: { id: 'asst_1', name: 'Front desk' } });

/** @type {typeof fetch} */
const stubFetch = async () => new Response(CANNED, { status: 200, headers: { 'content-type': 'application/json' } });

/** @param {{ rounds: number, iterations: number }} counts */
export async function measureOverhead(counts) {
  const sdk = new Revox({ apiKey: KEY, baseURL: BASE, fetch: stubFetch });
  /** @type {import('openapi-fetch').Client<import('@revoxai/types').paths>} */
  const plain = createClient({ baseUrl: BASE, fetch: stubFetch, headers: { Authorization: `Bearer ${KEY}` } });
  const ops = await throughput(
    {
      'SDK client.assistants.update': () => sdk.assistants.update('asst_1', BODY),
      'openapi-fetch client.PATCH': () => plain.PATCH('/assistants/{id}', { params: { path: { id: 'asst_1' } }, body: BODY }),
      'hand-written fetch': () =>
        stubFetch(`${BASE}/assistants/asst_1`, {
          method: 'PATCH',
          headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(BODY),
        }).then((response) => response.json()),
    },
    counts,
  );
  return ops;
}
