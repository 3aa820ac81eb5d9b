// Stand-ins for Request and Response in the SDK's own calls, where neither
// object reaches the caller. A real Request and Response each allocate a body
// stream, and the transport already holds both bodies in memory (the request
// to resend it, the response to time out a stalled body): building streams
// around bytes in hand was half the per-call cost. The low-level client
// (`client.api`) hands its Response to callers, so it keeps real ones.

/** What openapi-fetch builds for the SDK (its `Request` option): the parts, with the serialized body as is. */
export class RequestParts {
  readonly method: string;
  readonly headers: Headers;
  readonly body: string | null;

  constructor(
    readonly url: string,
    init: RequestInit,
  ) {
    this.method = init.method ?? 'GET';
    this.headers = init.headers as Headers; // openapi-fetch passes a Headers of its own; each attempt copies it
    this.body = (init.body as string | undefined) ?? null;
  }
}

/** A response whose body was read during the attempt: the parts of Response that openapi-fetch (`parseAs` json or blob) and the SDK read. */
export class BufferedResponse {
  constructor(
    readonly status: number,
    readonly headers: Headers,
    private readonly bytes: ArrayBuffer,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(this.bytes);
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async blob(): Promise<Blob> {
    return new Blob([this.bytes], { type: this.headers.get('content-type') ?? '' });
  }
}
