import type { CallAttempt, CallCreateParams, CallListParams, CallListResponse, CallOrderResponse } from '@revoxai/types';
import type { Send } from '../client.js';
import type { RequestOptions } from '../options.js';

/**
 * One page of call attempts (`await` it), which is also an async iterable over
 * every attempt from that page to the last one (`for await` over it).
 */
export type CallAttemptPage = Promise<CallListResponse> & AsyncIterable<CallAttempt>;

/** Call orders and their attempts. */
export class Call {
  readonly #send: Send;

  constructor(send: Send) {
    this.#send = send;
  }

  /**
   * Orders a call: Revox rings `phone_number` with the assistant, possibly
   * several times. This places a real phone call, so it is retried only when
   * the server provably did not take it (refused connection, 429, 503), never
   * after a timeout, a dropped connection or a 500.
   *
   * ```ts
   * const { call } = await client.call.create({ phone_number: '+14155550123', assistant_id: 'asst_123' });
   * ```
   */
  create(body: CallCreateParams, options?: RequestOptions): Promise<CallOrderResponse> {
    return this.#send('POST', '/call', { body }, options);
  }

  /** Reads a call order with its attempts, newest first. */
  retrieve(id: string, options?: RequestOptions): Promise<CallOrderResponse> {
    return this.#send('GET', '/call/{id}', { id }, options);
  }

  /**
   * One page of call attempts, newest first; pages count from 0. Iterate the
   * result to walk every attempt to the last page: a page shorter than
   * `page_size` is taken as the last one, since the API sends no total.
   *
   * ```ts
   * const { calls } = await client.call.list({ page: 0, page_size: 50 });
   * for await (const attempt of client.call.list({ page: 0, page_size: 100 })) console.log(attempt.status);
   * ```
   */
  list(query: CallListParams, options?: RequestOptions): CallAttemptPage {
    const first = this.#send('GET', '/call', { query }, options);
    const send = this.#send;
    return Object.assign(first, {
      async *[Symbol.asyncIterator]() {
        for (let page = query.page, next = first; ; next = send('GET', '/call', { query: { ...query, page: ++page } }, options)) {
          const { calls } = await next;
          yield* calls;
          if (calls.length === 0 || calls.length < query.page_size) return;
        }
      },
    });
  }
}
