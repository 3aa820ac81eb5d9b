import type { Assistant, AssistantCreateParams, AssistantDeleteResponse, AssistantListResponse, AssistantResponse, AssistantUpdateParams } from '@revoxai/types';
import type { Send } from '../client.js';
import type { RequestOptions } from '../options.js';

/** Saved voice-agent configurations. */
export class Assistants {
  readonly #send: Send;

  constructor(send: Send) {
    this.#send = send;
  }

  /**
   * Saves a new assistant. `name` and `prompt` are required. Not retried after
   * a timeout or a dropped connection, which might create a second assistant.
   *
   * ```ts
   * const { assistant } = await client.assistants.create({ name: 'Front desk', prompt: 'You answer the phone for…' });
   * ```
   */
  create(body: AssistantCreateParams, options?: RequestOptions): Promise<AssistantResponse> {
    return this.#send('POST', '/assistants', { body }, options);
  }

  /** Reads one assistant. Resolves to the assistant itself, not wrapped (as the API answers). */
  retrieve(id: string, options?: RequestOptions): Promise<Assistant> {
    return this.#send('GET', '/assistants/{id}', { id }, options);
  }

  /**
   * Changes some settings of an assistant and returns the whole assistant.
   * Keys left out of `body` keep their value; `null` clears a nullable field;
   * arrays such as `faq_items` are replaced, not merged.
   *
   * ```ts
   * const { assistant } = await client.assistants.update('asst_123', { voicemail_message: null });
   * ```
   */
  update(id: string, body: AssistantUpdateParams = {}, options?: RequestOptions): Promise<AssistantResponse> {
    return this.#send('PATCH', '/assistants/{id}', { id, body }, options);
  }

  /** Every assistant of the organization, in one response. */
  list(options?: RequestOptions): Promise<AssistantListResponse> {
    return this.#send('GET', '/assistants', {}, options);
  }

  /** Deletes an assistant for good. */
  delete(id: string, options?: RequestOptions): Promise<AssistantDeleteResponse> {
    return this.#send('DELETE', '/assistants/{id}', { id }, options);
  }
}
