// call.list: one page when awaited, every attempt when iterated, stopping at
// the last page. The API sends no total, so a page shorter than page_size
// (or empty) is the last one.
import { describe, expect, it } from 'vitest';
import { clientFor } from './support/client.js';
import type { Handler } from './support/server.js';
import { startServer } from './support/server.js';

const attempt = (n: number) => ({ id: `att_${n}`, status: 'completed' });

/** A server holding `total` attempts, paged as the query asks (pages from 0). */
function pagedServer(total: number): Handler {
  return (req, res) => {
    const query = new URL(req.url, 'http://x').searchParams;
    const page = Number(query.get('page'));
    const size = Number(query.get('page_size'));
    const calls = Array.from({ length: Math.max(0, Math.min(size, total - page * size)) }, (_, i) => attempt(page * size + i));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ calls }));
  };
}

async function walk(total: number, pageSize: number, firstPage = 0) {
  const server = await startServer(pagedServer(total));
  try {
    const seen: string[] = [];
    for await (const call of clientFor(server).call.list({ page: firstPage, page_size: pageSize })) seen.push(call.id);
    return { seen, pagesRequested: server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('page')) };
  } finally {
    await server.close();
  }
}

describe('call.list', () => {
  it('awaited, resolves to the page object of the API', async () => {
    const server = await startServer(pagedServer(5));
    try {
      expect(await clientFor(server).call.list({ page: 1, page_size: 2 })).toEqual({ calls: [attempt(2), attempt(3)] });
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it.each([
    ['no attempts at all', 0, 10, [], ['0']],
    ['one partial page', 3, 10, ['att_0', 'att_1', 'att_2'], ['0']],
    ['several pages, the last one partial', 7, 3, ['att_0', 'att_1', 'att_2', 'att_3', 'att_4', 'att_5', 'att_6'], ['0', '1', '2']],
    ['several full pages, then an empty one', 6, 3, ['att_0', 'att_1', 'att_2', 'att_3', 'att_4', 'att_5'], ['0', '1', '2']],
  ])('iterated over %s, yields every attempt once and stops at the last page', async (_name, total, pageSize, ids, pages) => {
    expect(await walk(total, pageSize)).toEqual({ seen: ids, pagesRequested: pages });
  });

  it('iteration starts at the page asked for and reuses its request', async () => {
    expect(await walk(7, 3, 1)).toEqual({ seen: ['att_3', 'att_4', 'att_5', 'att_6'], pagesRequested: ['1', '2'] });
  });
});
