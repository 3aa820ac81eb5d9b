// Path parameters: hostile ids stay in one segment; ids that cannot be made safe are refused before sending.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RevoxValidationError } from '../src/index.js';
import { createQuerySerializer } from 'openapi-fetch';
import { pathParam, serializeQuery } from '../src/path.js';
import { clientFor } from './support/client.js';
import type { TestServer } from './support/server.js';
import { assistant, json, startServer } from './support/server.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer(json(200, { assistant: assistant() }));
});
afterEach(() => server.close());

describe('percent-encoding keeps the id in one path segment', () => {
  it.each([
    ['a/b', '/assistants/a%2Fb'],
    ['a?b=1', '/assistants/a%3Fb%3D1'],
    ['a#frag', '/assistants/a%23frag'],
    ['100%', '/assistants/100%25'],
    ['two words', '/assistants/two%20words'],
    ['../admin', '/assistants/..%2Fadmin'],
    ['é日本', '/assistants/%C3%A9%E6%97%A5%E6%9C%AC'],
    ['...', '/assistants/...'],
  ])('%j → %s', async (id, path) => {
    await clientFor(server).assistants.update(id);
    expect(server.requests.map((r) => r.url)).toEqual([path]);
  });
});

describe('ids that cannot be sent are refused, with nothing sent', () => {
  it.each([
    ['', /id must not be empty/],
    ['.', /id must not be "\."/],
    ['..', /id must not be "\.\."/],
    ['\uD800', /id must not contain unpaired UTF-16 surrogates/],
    [42, /id must be a string, got number/],
    [null, /id must be a string, got null/],
    [undefined, /id must be a string, got undefined/],
  ])('%j', async (id, message) => {
    const error = await clientFor(server)
      .assistants.update(id as string)
      .catch((e) => e);
    expect(error).toBeInstanceOf(RevoxValidationError);
    expect(error.message).toMatch(message);
    expect(error.issues[0].path).toBe('id');
    expect(server.requests).toHaveLength(0);
  });

  it('a body that is not an object is refused too', async () => {
    for (const body of [null, [], 'name=x']) {
      const error = await clientFor(server)
        .assistants.update('a', body as never)
        .catch((e) => e);
      expect(error).toBeInstanceOf(RevoxValidationError);
      expect(error.issues[0].path).toBe('body');
    }
    expect(server.requests).toHaveLength(0);
  });

  it('a query that is not an object is refused, with nothing sent', async () => {
    for (const query of [null, [], 'page=0']) {
      const error = await clientFor(server)
        .call.list(query as never)
        .catch((e) => e);
      expect(error).toBeInstanceOf(RevoxValidationError);
      expect(error.issues[0].path).toBe('query');
    }
    const voice = await clientFor(server)
      .voices.retrieve('v', null as never)
      .catch((e) => e);
    expect(voice).toBeInstanceOf(RevoxValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it('pathParam returns valid values unchanged', () => {
    expect(pathParam('id', 'asst_1')).toBe('asst_1');
  });
});

describe('the query string is the one openapi-fetch would write', () => {
  const reference = createQuerySerializer();
  it.each([
    [{ page: 1, page_size: 20 }],
    [{ q: 'a b&c=d/é', empty: '', zero: 0, no: false }],
    [{ gone: undefined, nothing: null, list: [], one: ['x'] }],
    [{ ids: ['a', 'b c', null, 3] }],
    [{ filter: { status: 'done', from: 2, skip: undefined } }],
    [{ filter: {} }],
  ])('%j', (query) => {
    expect(serializeQuery(query)).toBe(reference(query));
  });

  it('refuses what openapi-fetch refuses', () => {
    expect(() => serializeQuery({ deep: { a: { b: 1 } } })).toThrow(/Deeply-nested/);
    expect(() => reference({ deep: { a: { b: 1 } } })).toThrow(/Deeply-nested/);
  });
});
