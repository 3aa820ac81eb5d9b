import type { AssistantResponse, AssistantUpdateParams } from '@revoxai/types';
import type { Revox } from '../client.js';
import { RevoxValidationError } from '../errors.js';
import type { RequestOptions } from '../options.js';
import { pathParam } from '../path.js';

export class Assistants {
  readonly #client: Revox;

  constructor(client: Revox) {
    this.#client = client;
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
  // async, so that refused input rejects the promise like every other failure instead of throwing synchronously.
  async update(id: string, body: AssistantUpdateParams = {}, options?: RequestOptions): Promise<AssistantResponse> {
    const safeId = pathParam('id', id);
    requireObject('body', body);
    return this.#client.call('PATCH', '/assistants/{id}', body, options, (init) =>
      this.#client.api.PATCH('/assistants/{id}', { params: { path: { id: safeId } }, body, ...init }),
    );
  }
}

function requireObject(name: string, value: unknown): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new RevoxValidationError([{ path: name, message: `must be an object, got ${got}` }]);
  }
}
