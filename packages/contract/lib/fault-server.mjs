// A server that misbehaves on purpose, for the conformance table: it records
// every request as it arrived (method, path, query, headers, body, the
// connection it came on) and answers each from a script of steps, written as
// data so that one table drives every SDK:
//
//   { status, json?, body?, headers? }      an answer (json is serialised)
//   { drop: true }                          read the request, close the connection unanswered
//   { reset: true }                         the same with a TCP reset
//   { hang: true }                          never answer
//   { trickle: { status, body, everyMs } }  the headers, then the body one byte at a time
//   { trickleHead: { everyMs } }            a 200 whose status line and headers come one byte at a time
//   { truncate: { status, body, declared } } a Content-Length of `declared`, fewer bytes, then close
//   { redirect: { status, location } }      a redirect
//   { large: { status, bytes, gzip? } }     a JSON string of `bytes` bytes (gzip-compressed when asked)
//   { echoAuthorization: { status } }       the request's Authorization header, in the body and a header
//   { closeIfReused: step }                 close a connection that carried an earlier request; else `step`
//
// The last step repeats.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

/**
 * @typedef {{ method: string, path: string, query: string, headers: Record<string, string | string[] | undefined>, body: Buffer, connection: number, reused: boolean }} Received
 * @typedef {Record<string, any>} Step
 */

/** @returns {Promise<{ url: string, port: number, requests: Received[], script(steps: Step[]): void, close(): Promise<void> }>} */
export async function startFaultServer() {
  /** @type {Step[]} */
  let steps = [{ status: 200, json: {} }];
  let scriptedAt = 0;
  /** @type {Received[]} */
  const requests = [];
  const sockets = new Set();
  const connectionIds = new WeakMap();
  const served = new WeakSet();
  const timers = new Set();
  /** Large bodies, made once. @type {Map<string, Buffer>} */
  const bodies = new Map();
  let connections = 0;

  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const socket = req.socket;
    const [path = '', query = ''] = (req.url ?? '').split('?');
    const reused = served.has(socket);
    served.add(socket);
    requests.push({
      method: req.method ?? '',
      path,
      query,
      headers: req.headers,
      body: Buffer.concat(chunks),
      connection: connectionIds.get(socket),
      reused,
    });
    const step = steps[Math.min(requests.length - 1 - scriptedAt, steps.length - 1)] ?? {};
    answer(step.closeIfReused && !reused ? step.closeIfReused : step, req, res, reused);
  });
  server.keepAliveTimeout = 60_000;
  server.on('connection', (socket) => {
    connectionIds.set(socket, ++connections);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  /**
   * Writes `bytes` one at a time, `everyMs` apart, then calls `end`; stops
   * early once the client has gone.
   * @param {Buffer} bytes @param {number} everyMs @param {(byte: Buffer) => void} write
   * @param {() => boolean} gone @param {() => void} end
   */
  function drip(bytes, everyMs, write, gone, end) {
    let at = 0;
    const timer = setInterval(() => {
      if (at >= bytes.length || gone()) {
        clearInterval(timer);
        timers.delete(timer);
        end();
        return;
      }
      write(bytes.subarray(at, ++at));
    }, everyMs);
    timers.add(timer);
  }

  /** @param {Step} step @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {boolean} reused */
  function answer(step, req, res, reused) {
    const socket = req.socket;
    if (step.closeIfReused) return void (reused ? socket.destroy() : undefined);
    if (step.drop) return void socket.destroy();
    if (step.reset) return void socket.resetAndDestroy();
    if (step.hang) return;
    if (step.redirect) return void res.writeHead(step.redirect.status, { location: step.redirect.location, 'content-length': '0' }).end();
    if (step.trickle) {
      const bytes = Buffer.from(step.trickle.body);
      res.writeHead(step.trickle.status, { 'content-type': 'application/json', 'content-length': String(bytes.length) });
      return drip(
        bytes,
        step.trickle.everyMs,
        (byte) => res.write(byte),
        () => res.destroyed,
        () => res.end(),
      );
    }
    if (step.trickleHead) {
      const bytes = Buffer.from('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}');
      return drip(
        bytes,
        step.trickleHead.everyMs,
        (byte) => socket.write(byte),
        () => socket.destroyed,
        () => socket.destroy(),
      );
    }
    if (step.truncate) {
      res.writeHead(step.truncate.status, { 'content-type': 'application/json', 'content-length': String(step.truncate.declared) });
      res.write(step.truncate.body);
      // Give the bytes time to leave before the connection goes.
      setTimeout(() => socket.destroy(), 20);
      return;
    }
    if (step.large) {
      const key = `${step.large.bytes} ${step.large.gzip === true}`;
      if (!bodies.has(key)) {
        const json = Buffer.from(JSON.stringify('x'.repeat(step.large.bytes)));
        bodies.set(key, step.large.gzip ? gzipSync(json) : json);
      }
      const body = /** @type {Buffer} */ (bodies.get(key));
      res.writeHead(step.large.status, {
        'content-type': 'application/json',
        'content-length': String(body.length),
        ...(step.large.gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      return void res.end(body);
    }
    if (step.echoAuthorization) {
      const authorization = String(req.headers.authorization ?? '');
      const body = JSON.stringify({ message: `Rejected the request with Authorization: ${authorization}`, echo: { authorization } });
      return void res
        .writeHead(step.echoAuthorization.status, { 'content-type': 'application/json', 'x-echo-authorization': authorization })
        .end(body);
    }
    const body = step.json !== undefined ? JSON.stringify(step.json) : (step.body ?? '');
    const type = step.json !== undefined ? { 'content-type': 'application/json' } : {};
    res.writeHead(step.status ?? 200, { ...type, ...step.headers }).end(body);
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    script(next) {
      steps = next;
      scriptedAt = requests.length;
    },
    close: () =>
      new Promise((resolve) => {
        for (const timer of timers) clearInterval(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve(undefined));
      }),
  };
}
