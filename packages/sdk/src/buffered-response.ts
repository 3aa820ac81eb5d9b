// A response whose body the transport read during the attempt (so that a
// stalled body times out with the attempt). Methods parse the bytes in hand;
// a real Response, which costs a body stream to build, is made only for the
// callers who ask for it (`.asResponse()`, `.withResponse()`, the openapi-fetch client).

// Statuses whose responses cannot carry a body (Response rejects one).
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const utf8 = new TextDecoder();

export class BufferedResponse {
  #response: Response | undefined;

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly headers: Headers,
    readonly bytes: ArrayBuffer,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  text(): string {
    return utf8.decode(this.bytes);
  }

  /** The body as JSON; `undefined` when it is empty. */
  json(): unknown {
    const text = this.text();
    return text ? JSON.parse(text) : undefined;
  }

  blob(): Blob {
    return new Blob([this.bytes], { type: this.headers.get('content-type') ?? '' });
  }

  /** The same Response object every time, its body unread. */
  toResponse(): Response {
    return (this.#response ??= new Response(NULL_BODY_STATUSES.has(this.status) ? null : this.bytes, {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
    }));
  }
}
