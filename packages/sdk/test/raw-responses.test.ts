// `.asResponse()` and `.withResponse()` on what every method returns: the
// HTTP response itself, with one request on the wire however the promise
// is read.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APIPromise, NotFoundError, RateLimitError } from '../src/index.js';
import { clientFor } from './support/client.js';
import type { TestServer } from './support/server.js';
import { AUDIO, assistant, json, startServer } from './support/server.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer(json(200, { assistant: assistant() }, { 'x-request-id': 'req_1', 'x-ratelimit-remaining': '99' }));
});
afterEach(() => server.close());

describe('raw responses', () => {
  it('asResponse gives the Response with its body unread; withResponse gives the same data and the same Response', async () => {
    const promise = clientFor(server).assistants.update('asst_1', { name: 'x' });
    expect(promise).toBeInstanceOf(APIPromise);
    expect(promise).toBeInstanceOf(Promise);
    const response = await promise.asResponse();
    expect(response).toBeInstanceOf(Response);
    expect(response.bodyUsed).toBe(false);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('99');
    const data = await promise;
    expect(data).toEqual({ assistant: assistant() });
    const both = await promise.withResponse();
    expect(both.data).toBe(data);
    expect(both.response).toBe(response);
    expect(await response.json()).toEqual(data); // still readable, once, by the caller
    expect(server.requests).toHaveLength(1);
  });

  it('sends one request whatever reads it, in any order, any number of times', async () => {
    const readers: [string, (p: APIPromise<unknown>) => Promise<unknown>][] = [
      ['await', async (p) => await p],
      ['then', (p) => p.then((v) => v)],
      ['asResponse', (p) => p.asResponse()],
      ['withResponse', (p) => p.withResponse()],
      ['finally', (p) => p.finally(() => {})],
    ];
    for (const [, first] of readers) {
      const before = server.requests.length;
      const promise = clientFor(server).assistants.retrieve('asst_1');
      await first(promise);
      await Promise.all(readers.map(([, read]) => read(promise)));
      await Promise.all(readers.map(([, read]) => read(promise)));
      expect(server.requests.length - before).toBe(1);
    }
  });

  it('rejects with the typed error from every reader', async () => {
    server.script(json(404, { message: 'Assistant not found.' }));
    const promise = clientFor(server, { maxRetries: 0 }).assistants.retrieve('nope');
    await expect(promise.asResponse()).rejects.toThrow(NotFoundError);
    await expect(promise.withResponse()).rejects.toThrow(NotFoundError);
    await expect(promise).rejects.toThrow('404 Assistant not found.');
    expect(server.requests).toHaveLength(1);
  });

  it('a caller who reads only the response is not told of a body that fails to parse', async () => {
    server.script(json(200, '{ not json'));
    const promise = clientFor(server).assistants.list();
    const response = await promise.asResponse();
    expect(await response.text()).toBe('{ not json');
    await expect(promise).rejects.toThrow(/response body is not valid JSON/);
  });

  it('the call.list pager has them too, and stays iterable', async () => {
    server.script(json(200, { calls: [{ id: 'att_1' }] }, { 'x-request-id': 'req_page' }));
    const pager = clientFor(server).call.list({ page: 0, page_size: 10 });
    const { data, response } = await pager.withResponse();
    expect(response.headers.get('x-request-id')).toBe('req_page');
    expect(data).toEqual({ calls: [{ id: 'att_1' }] });
    const ids: string[] = [];
    for await (const attempt of pager) ids.push(attempt.id);
    expect(ids).toEqual(['att_1']);
    expect(server.requests).toHaveLength(1); // one short page: the last
  });

  it('voices.preview: asResponse gives the audio Response', async () => {
    server.script((_req, res) => void res.writeHead(200, { 'content-type': 'audio/mpeg' }).end(AUDIO));
    const promise = clientFor(server).voices.preview({ provider: 'cartesia', voiceId: 'v' });
    const response = await promise.asResponse();
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(AUDIO);
    expect(new Uint8Array(await (await promise).arrayBuffer())).toEqual(AUDIO);
  });

  it('custom requests have them too', async () => {
    server.script(json(429, { message: 'Slow down.' }, { 'retry-after': '120' }));
    await expect(clientFor(server).get('/anything').asResponse()).rejects.toThrow(RateLimitError);
  });
});
