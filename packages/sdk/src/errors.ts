// Every error the SDK throws is a RevoxError. HTTP failures are APIErrors
// (one subclass per well-known status); failures to get any response are
// APIConnectionErrors; input the SDK refuses to send is a RevoxValidationError.
// `name` is set on each prototype, not derived from the class name, because
// minifiers rename classes; being on the prototype it is also right in stack traces.

export class RevoxError extends Error {
  static {
    this.prototype.name = 'RevoxError';
  }
}

/** One problem with the input, addressed by a dotted path such as `voice.provider`. */
export interface ValidationIssue {
  /** Where: a parameter name (`id`) or a body path (`voice.provider`, `faq_items.0.answer`). */
  path: string;
  /** What is wrong, in words. */
  message: string;
}

/** The SDK refused to send a request because its input is invalid. Nothing was sent. */
export class RevoxValidationError extends RevoxError {
  static {
    this.prototype.name = 'RevoxValidationError';
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
    this.prototype.name = 'APIError';
  }
  /** The HTTP status code. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;
  /** The response body: parsed JSON when it was JSON, else the raw text ('' when empty). */
  readonly body: unknown;
  /** The server's `x-request-id`, to quote when contacting support. */
  readonly requestId: string | undefined;

  constructor(status: number, headers: Headers, body: unknown, message?: string) {
    super(message ?? describeFailure(status, headers, body));
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.requestId = headers.get('x-request-id') ?? undefined;
  }

  // Headers serialise to `{}`; give JSON.stringify(error) something useful.
  toJSON() {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      requestId: this.requestId,
      headers: Object.fromEntries(this.headers),
      body: this.body,
    };
  }
}

export class BadRequestError extends APIError {
  static {
    this.prototype.name = 'BadRequestError';
  }
}
export class AuthenticationError extends APIError {
  static {
    this.prototype.name = 'AuthenticationError';
  }
}
export class PermissionDeniedError extends APIError {
  static {
    this.prototype.name = 'PermissionDeniedError';
  }
}
export class NotFoundError extends APIError {
  static {
    this.prototype.name = 'NotFoundError';
  }
}
export class ConflictError extends APIError {
  static {
    this.prototype.name = 'ConflictError';
  }
}
export class UnprocessableEntityError extends APIError {
  static {
    this.prototype.name = 'UnprocessableEntityError';
  }
}
export class RateLimitError extends APIError {
  static {
    this.prototype.name = 'RateLimitError';
  }
}
export class InternalServerError extends APIError {
  static {
    this.prototype.name = 'InternalServerError';
  }
}

/** No response was received: DNS, refused or reset connection, TLS, CORS... */
export class APIConnectionError extends RevoxError {
  static {
    this.prototype.name = 'APIConnectionError';
  }
  constructor(message = 'Connection error.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** An attempt took longer than the `timeout` option. */
export class APIConnectionTimeoutError extends APIConnectionError {
  static {
    this.prototype.name = 'APIConnectionTimeoutError';
  }
  constructor(timeoutMs: number) {
    super(`Request timed out after ${timeoutMs} ms.`);
  }
}

/** The caller's AbortSignal fired. */
export class APIUserAbortError extends RevoxError {
  static {
    this.prototype.name = 'APIUserAbortError';
  }
  constructor(options?: { cause?: unknown }) {
    super('Request was aborted.', options);
  }
}

const BY_STATUS: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The error class for an HTTP failure status, with its message built from the body. */
export function errorFromResponse(status: number, headers: Headers, body: unknown): APIError {
  const ErrorClass = BY_STATUS[status] ?? (status >= 500 ? InternalServerError : APIError);
  return new ErrorClass(status, headers, body);
}

const MAX_DETAIL = 300;

/** "404 Assistant not found." — the status, then the best human-readable detail the body offers. */
function describeFailure(status: number, headers: Headers, body: unknown): string {
  const text = detail(headers, body);
  // Proxy pages are often titled "502 Bad Gateway": say the status once.
  return text.startsWith(`${status} `) ? text : `${status} ${text}`;
}

function detail(headers: Headers, body: unknown): string {
  if (body && typeof body === 'object') {
    const message = (body as { message?: unknown }).message;
    if (typeof message === 'string' && message.trim()) return truncate(message.trim());
    return truncate(JSON.stringify(body));
  }
  const text = typeof body === 'string' ? body.trim() : '';
  if (!text) return 'status code (no body)';
  const isHtml = /html/i.test(headers.get('content-type') ?? '') || /^<(!doctype|html)/i.test(text);
  if (isHtml) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    return title ? `${truncate(title)} (HTML error page)` : 'status code (HTML error page)';
  }
  return truncate(text);
}

function truncate(text: string): string {
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}
