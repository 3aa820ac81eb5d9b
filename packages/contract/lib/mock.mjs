// `npm run mock`: Prism (request validation on) behind a thin layer that
// shows the answers Prism cannot give from a spec, so that the README's
// examples can run against it:
//   - 404 for an id that contains "missing", on every operation that
//     documents a 404 (Prism answers 200 for any id);
//   - the audio of a binary answer's example file (`externalValue`), where
//     Prism would send the six letters "string";
//   - an end to every paginated list: the first page is the example's, every
//     later page is empty (Prism would answer the example's items for every
//     page, so walking the pages would never end).
// Everything else is Prism's answer, unchanged.
import { createServer } from 'node:http';
import { deref, externalExample, loadModel, loadSpec, operationAt } from '@revoxai/spec';
import { startPrism } from './prism.mjs';

/** The convention for a path id that the mock does not know. */
export const MISSING = 'missing';

/**
 * @param {{ port?: number, host?: string }} [options] port 0 picks a free port
 * @returns {Promise<{ url: string, stop(): Promise<void> }>}
 */
export async function startMock({ port = 0, host = '127.0.0.1' } = {}) {
  const doc = loadSpec();
  const model = loadModel();
  const prism = await startPrism();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://mock');
    const operation = operationAt(model, req.method ?? 'GET', url.pathname);
    const ids =
      operation?.pathParams.map((p) =>
        decodeURIComponent(url.pathname.split('/')[operation.path.split('/').indexOf(`{${p.name}}`)] ?? ''),
      ) ?? [];
    if (operation?.statuses.includes('404') && ids.some((id) => id.includes(MISSING))) {
      const notFound = deref(doc, operation.operation.responses['404']).content['application/json'].example;
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify(notFound));
      return;
    }
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => name !== 'host' && name !== 'content-length'));
    try {
      const answer = await fetch(`${prism.url}${req.url}`, {
        method: req.method,
        headers: /** @type {Record<string, string>} */ (headers),
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      });
      const file =
        answer.ok && operation && !operation.success.json
          ? operation.success.examples.find((e) => e.externalValue)?.externalValue
          : undefined;
      const paging = answer.ok ? operation?.pagination : undefined;
      const laterPage = paging && Number(url.searchParams.get(paging.page)) > 0;
      const body = file
        ? externalExample(file)
        : laterPage
          ? Buffer.from(JSON.stringify({ ...(await answer.json()), [paging.items]: [] }))
          : Buffer.from(await answer.arrayBuffer());
      const passed = Object.fromEntries(
        [...answer.headers].filter(([name]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)),
      );
      res.writeHead(answer.status, { ...passed, 'content-length': String(body.length) }).end(body);
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`mock: Prism did not answer (${/** @type {Error} */ (error).message})`);
    }
  });
  await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${address.port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await prism.stop();
    },
  };
}
