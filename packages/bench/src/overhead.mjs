// Per-call cost of the SDK with the network taken out: fetch is a stub that
// returns a canned Response at once. Two calls: an update (a JSON body and a
// path parameter) and a list (a GET without a body), each beside plain
// openapi-fetch (0.16, the version the SDK pins, and 0.17, the current
// release), the Stainless-generated groq-sdk and hand-written fetch.
import Groq from 'groq-sdk';
import createClient from 'openapi-fetch';
import createClient017 from 'openapi-fetch-017';
import Revox from '@revoxai/sdk';
import { throughput } from './harness.mjs';

const BASE = 'https://www.getrevox.com/api';
const KEY = 'sk_bench';
/** @type {import('@revoxai/sdk').AssistantUpdateParams} */
const BODY = { name: 'Front desk', voicemail_message: null, voice: { id: 'v1', provider: 'cartesia', speed: 1 } };
const ASSISTANT = { id: 'asst_1', name: 'Front desk' };

/** A fetch that answers every request with `body`, as a fresh Response. @param {unknown} body @returns {typeof fetch} */
const stubFetch = (body) => {
  const text = JSON.stringify(body);
  return async () => new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
};

/** @param {{ rounds: number, iterations: number }} counts */
export async function measureOverhead(counts) {
  const updated = stubFetch({ assistant: ASSISTANT });
  const listed = stubFetch({ assistants: [ASSISTANT], object: 'list', data: [] });
  const sdk = new Revox({ apiKey: KEY, baseURL: BASE, fetch: updated });
  const sdkList = new Revox({ apiKey: KEY, baseURL: BASE, fetch: listed });
  /** @type {import('openapi-fetch').Client<import('@revoxai/types').paths>} */
  const plain = createClient({ baseUrl: BASE, fetch: updated, headers: { Authorization: `Bearer ${KEY}` } });
  /** @type {import('openapi-fetch').Client<import('@revoxai/types').paths>} */
  const plainList = createClient({ baseUrl: BASE, fetch: listed, headers: { Authorization: `Bearer ${KEY}` } });
  /** @type {import('openapi-fetch-017').Client<import('@revoxai/types').paths>} */
  const plain017 = createClient017({ baseUrl: BASE, fetch: updated, headers: { Authorization: `Bearer ${KEY}` } });
  /** @type {import('openapi-fetch-017').Client<import('@revoxai/types').paths>} */
  const plainList017 = createClient017({ baseUrl: BASE, fetch: listed, headers: { Authorization: `Bearer ${KEY}` } });
  const groq = new Groq({ apiKey: KEY, fetch: listed, maxRetries: 0 });
  return throughput(
    {
      'update: SDK': () => sdk.assistants.update('asst_1', BODY),
      'update: openapi-fetch': () => plain.PATCH('/assistants/{id}', { params: { path: { id: 'asst_1' } }, body: BODY }),
      'update: openapi-fetch 0.17': () => plain017.PATCH('/assistants/{id}', { params: { path: { id: 'asst_1' } }, body: BODY }),
      'update: hand-written fetch': () =>
        updated(`${BASE}/assistants/asst_1`, {
          method: 'PATCH',
          headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(BODY),
        }).then((response) => response.json()),
      'list: SDK': () => sdkList.assistants.list(),
      'list: openapi-fetch': () => plainList.GET('/assistants'),
      'list: openapi-fetch 0.17': () => plainList017.GET('/assistants'),
      'list: groq-sdk (Stainless)': () => groq.models.list(),
      'list: hand-written fetch': () =>
        listed(`${BASE}/assistants`, { headers: { Authorization: `Bearer ${KEY}` } }).then((response) => response.json()),
    },
    counts,
  );
}
