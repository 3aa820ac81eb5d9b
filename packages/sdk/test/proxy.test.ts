// fetchOptions carry runtime-specific fetch settings; in Node, a proxy is an
// undici dispatcher. A local HTTP proxy shows that the request went through it.
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { connect } from 'node:net';
import { ProxyAgent } from 'undici';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { clientFor } from './support/client.js';
import type { TestServer } from './support/server.js';
import { assistant, json, startServer } from './support/server.js';

let server: TestServer;
let proxy: ReturnType<typeof createServer>;
let proxyURL: string;
let agent: ProxyAgent;
const tunnels: string[] = [];
const sockets = new Set<Socket>();

beforeEach(async () => {
  server = await startServer(json(200, { assistant: assistant() }));
  tunnels.length = 0;
  // An HTTP proxy as undici's ProxyAgent speaks to it: CONNECT host:port, then bytes both ways.
  proxy = createServer((_req, res) => res.writeHead(405).end()).on('connect', (req, client: Socket, head) => {
    tunnels.push(req.url!);
    const [host, port] = req.url!.split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {}).on('close', () => sockets.delete(socket));
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyURL = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  agent = new ProxyAgent(proxyURL);
});
afterEach(async () => {
  await agent.close();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => proxy.close(resolve));
  await server.close();
});

it("a dispatcher in the client's fetchOptions sends every request through the proxy", async () => {
  const client = clientFor(server, { fetchOptions: { dispatcher: agent } as RequestInit });
  await client.assistants.update('asst_1', { name: 'x' });
  await client.assistants.retrieve('asst_1');
  // Only through tunnels to the API host (a tunnel may be kept alive for both requests).
  expect(tunnels.length).toBeGreaterThan(0);
  expect(new Set(tunnels)).toEqual(new Set([server.url.slice('http://'.length)]));
  expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['PATCH /assistants/asst_1', 'GET /assistants/asst_1']);
});

it("a dispatcher in one request's fetchOptions applies to that request only", async () => {
  const client = clientFor(server);
  await client.assistants.retrieve('direct');
  expect(tunnels).toEqual([]);
  await client.assistants.retrieve('proxied', { fetchOptions: { dispatcher: agent } as RequestInit });
  expect(tunnels).toHaveLength(1);
  expect(server.requests.map((r) => r.url)).toEqual(['/assistants/direct', '/assistants/proxied']);
});
