// Every error the SDK throws is a RevoxError. HTTP failures are APIErrors
// (one subclass per well-known status, generated from spec/sdk-policy.yaml);
// failures to get any response are APIConnectionErrors; input the SDK refuses
// to send is a RevoxValidationError.

const BRAND = Symbol.for('@revoxai/sdk/error');
type Branded = { [BRAND]?: string };

/**
 * A copy of a response's headers that an error can keep: `secret` (the API
 * key) blanked out of every value, since a proxy or a debugging server may
 * echo the request's Authorization back.
 */
export function headersWithout(secret: string, headers: Headers): Headers {
  const kept = new Headers();
  headers.forEach((value, name) => {
    kept.append(name, value.replaceAll(secret, '***'));
  });
  return kept;
}

/**
 * Names a class on its prototype (minifiers rename classes; being on the
 * prototype, the name is also right in stack traces) and brands it, so that
 * `instanceof` holds across the ESM and CommonJS copies of this package when
 * an application loads both: each copy has its own classes, but the same
 * brands (openai-node#1512).
 */
export function brand(ErrorClass: abstract new (...args: never[]) => Error, name: string): void {
  Object.assign(ErrorClass.prototype, { name, [BRAND]: name });
}

export class RevoxError extends Error {
  static {
    brand(this, 'RevoxError');
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    // Only our own classes are branded; a user's subclass of ours keeps plain instanceof.
    const mark = Object.hasOwn(this.prototype, BRAND) && (this.prototype as Branded)[BRAND];
    for (let proto = value && Object.getPrototypeOf(value); mark && proto; proto = Object.getPrototypeOf(proto)) {
      if (Object.hasOwn(proto, BRAND) && proto[BRAND] === mark) return true;
    }
    return false;
  }
}

/** One problem with the input, addressed by a dotted path such as `voice.provider`. */
export interface ValidationIssue {
  /** Where: a parameter name (`id`, `page`), an option, or a body path (`voice.provider`, `faq_items.0.answer`). */
  path: string;
  /** What is wrong, in words. */
  message: string;
}

/** The SDK refused to send a request because its input is invalid. Nothing was sent. */
export class RevoxValidationError extends RevoxError {
  static {
    brand(this, 'RevoxValidationError');
  }
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    super(`Invalid request: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
    this.issues = issues;
  }
}

/** The server answered with a non-success status (or an unreadable success body). */
export class APIError extends RevoxError {
  static {
    brand(this, 'APIError');
  }
  /** The HTTP status code. */
  readonly status: number;
  /** The response headers. Not enumerable, so printing the error shows its status, request id and body, not `Headers {}`. */
  declare readonly headers: Headers;
  /** The response body: parsed JSON when it was JSON, else the raw text (`''` when empty). The official SDKs call it `error`. */
  readonly error: unknown;
  /** The server's `x-request-id`, to quote when contacting support. */
  readonly requestId: string | undefined;

  constructor(status: number, headers: Headers, error: unknown, message?: string) {
    super(message ?? describeFailure(status, headers, error));
    this.status = status;
    Object.defineProperty(this, 'headers', { value: headers });
    this.error = error;
    this.requestId = headers.get('x-request-id') ?? undefined;
  }

  /** The same as `error`: the name this field had in 0.1. */
  get body(): unknown {
    return this.error;
  }

  // Headers serialise to `{}`; give JSON.stringify(error) something useful.
  toJSON() {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      requestId: this.requestId,
      headers: Object.fromEntries(this.headers),
      error: this.error,
    };
  }
}

/** No response was received: DNS, refused or reset connection, TLS, CORS... */
export class APIConnectionError extends RevoxError {
  static {
    brand(this, 'APIConnectionError');
  }
}

/** An attempt took longer than the `timeout` option. */
export class APIConnectionTimeoutError extends APIConnectionError {
  static {
    brand(this, 'APIConnectionTimeoutError');
  }
  constructor(timeoutMs: number) {
    super(`Request timed out after ${timeoutMs} ms.`);
  }
}

/** An answer was larger than the `maxResponseBytes` option allows: the client stopped reading it. Not retried. */
export class ResponseTooLargeError extends APIError {
  static {
    brand(this, 'ResponseTooLargeError');
  }
}

/** The caller's AbortSignal fired. */
export class APIUserAbortError extends RevoxError {
  static {
    brand(this, 'APIUserAbortError');
  }
  constructor(options?: { cause?: unknown }) {
    super('Request was aborted.', options);
  }
}

const MAX_DETAIL = 300;

/** "404 Assistant not found." — the status, then the best human-readable detail the response offers. */
function describeFailure(status: number, headers: Headers, body: unknown): string {
  // Servers may explain a refusal beyond the body: Prism's request validation lists each violation in `sl-violations`, as JSON.
  const text = truncate([detail(body), violations(headers.get('sl-violations'))].filter(Boolean).join(' — ') || '(no body)');
  // Proxy pages are often titled "502 Bad Gateway": say the status once.
  return text.startsWith(`${status} `) ? text : `${status} ${text}`;
}

function detail(body: unknown): string {
  if (body && typeof body === 'object') {
    const { message, errors } = body as { message?: unknown; errors?: unknown };
    if (typeof message !== 'string' || !message.trim()) return JSON.stringify(body);
    return errors === undefined ? message.trim() : `${message.trim()} errors: ${JSON.stringify(errors)}`;
  }
  const text = typeof body === 'string' ? body.trim() : '';
  if (/^<(!doctype|html)/i.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    return `${title ? `${title} ` : ''}(HTML error page)`;
  }
  return text;
}

/** `[{ message: "Request query must have required property 'page'" }, …]` → their messages. */
function violations(header: string | null): string {
  if (!header) return '';
  try {
    return (JSON.parse(header) as { message?: string }[]).map((v) => v.message).join('; ');
  } catch {
    return header;
  }
}

function truncate(text: string): string {
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}
