import type { VoiceListResponse, VoicePreviewParams, VoiceRetrieveParams, VoiceRetrieveResponse } from '@revoxai/types';
import type { Send } from '../client.js';
import type { RequestOptions } from '../options.js';

/** The voices assistants speak with. */
export class Voices {
  readonly #send: Send;

  constructor(send: Send) {
    this.#send = send;
  }

  /** Every voice an assistant can use. */
  list(options?: RequestOptions): Promise<VoiceListResponse> {
    return this.#send('GET', '/voices', {}, options);
  }

  /** One voice of a provider; the same id can exist at both providers. */
  retrieve(id: string, query: VoiceRetrieveParams, options?: RequestOptions): Promise<VoiceRetrieveResponse> {
    return this.#send('GET', '/voices/{id}', { id, query }, options);
  }

  /**
   * Speaks a sample with a voice and resolves to the audio, byte for byte, as
   * a Blob whose `type` is the server's media type (`audio/mpeg`).
   *
   * ```ts
   * const audio = await client.voices.preview({ provider: 'cartesia', voiceId: '694f…', text: 'Hello!' });
   * await writeFile('preview.mp3', Buffer.from(await audio.arrayBuffer())); // Node
   * new Audio(URL.createObjectURL(audio)).play(); // browser
   * ```
   */
  preview(body: VoicePreviewParams, options?: RequestOptions): Promise<Blob> {
    return this.#send('POST', '/voices/preview', { body, audio: true }, options);
  }
}
