// A real HTTP server on 127.0.0.1 (random port) for behaviour tests: it
// records every request exactly as it arrived and answers from a script.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { loadModel, operationAt } from '@revoxai/spec';

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/** Answers one request. Returning nothing leaves the response to the handler (e.g. to stall or destroy it). */
export type Handler = (req: Received, res: ServerResponse, raw: IncomingMessage) => void | Promise<void>;

export interface TestServer {
  url: string;
  requests: Received[];
  /** Handlers used in order, one per request from now on; the last one repeats. */
  script(...handlers: Handler[]): void;
  close(): Promise<void>;
}

export async function startServer(...initial: Handler[]): Promise<TestServer> {
  let handlers = initial.length ? initial : [json(200, {})];
  let scriptedAt = 0;
  const requests: Received[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (raw, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of raw) chunks.push(chunk as Buffer);
    const received = {
      method: raw.method!,
      url: raw.url!,
      headers: raw.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at: Date.now(),
    };
    requests.push(received);
    const handler = handlers[Math.min(requests.length - 1 - scriptedAt, handlers.length - 1)]!;
    await handler(received, res, raw);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...next) => {
      handlers = next;
      scriptedAt = requests.length;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Replies with a JSON body (or raw text when `body` is a string) and extra headers. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(text);
  };
}

/** Replies with a body of the given content type. */
export function text(status: number, body: string, contentType = 'text/plain', headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType, ...headers });
    res.end(body);
  };
}

/** Never answers; the socket stays open until the client gives up. */
export const hang: Handler = () => {};

/** Closes the connection without any response. */
export const destroy: Handler = (_req, res) => {
  res.socket?.destroy();
};

/**
 * Answers with `answer`, except the first request that arrives on an already
 * used connection: that connection is closed unanswered, as when a server's
 * keep-alive timeout fires just as the client reuses the connection.
 */
export function closeFirstReusedConnection(answer: Handler): Handler {
  const used = new WeakSet<Socket>();
  let closed = false;
  return (req, res, raw) => {
    if (!closed && used.has(raw.socket)) {
      closed = true;
      return void raw.socket.destroy();
    }
    used.add(raw.socket);
    return answer(req, res, raw);
  };
}

/** Bytes that are not valid UTF-8, so that decoding them as text would show. */
export const AUDIO = Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256);

/** Answers each operation of the spec with its first success example (AUDIO for a non-JSON answer); 404 for anything else. */
export const fromSpec: Handler = (req, res) => {
  const operation = operationAt(loadModel(), req.method, req.url.split('?')[0]!);
  if (!operation) return void res.writeHead(404).end();
  const { mediaType, json, examples } = operation.success;
  res.writeHead(Number(operation.success.status), { 'content-type': mediaType }).end(json ? JSON.stringify(examples[0]!.value) : AUDIO);
};

/** An Assistant as the API returns it, for responses. */
export function assistant(overrides: Record<string, unknown> = {}) {
  return {
    id: 'asst_1',
    organization_id: 'org_1',
    name: 'Front desk',
    prompt: 'You answer the phone for a dental clinic.',
    background_sound: null,
    calendly: null,
    call_retry_config: null,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-02T00:00:00Z',
    end_of_call_sentence: null,
    first_sentence: null,
    first_sentence_delay_ms: 400,
    first_sentence_mode: 'generated',
    ivr_navigation_enabled: false,
    llm_model: { type: 'dedicated-instance', name: 'gpt-4.1' },
    max_call_duration_secs: 300,
    structured_output_config: null,
    transfer_phone_number: null,
    voice: null,
    voicemail_message: null,
    webhook_url: null,
    ...overrides,
  };
}
