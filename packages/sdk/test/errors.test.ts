// Every failure becomes a typed error with the status, headers, body and a readable message.
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  Revox,
  RevoxError,
  UnprocessableEntityError,
} from '../src/index.js';
import { clientFor } from './support/client.js';
import type { TestServer } from './support/server.js';
import { json, startServer, text } from './support/server.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(() => server.close());

async function failure(options = { maxRetries: 0 }): Promise<APIError> {
  const error = await clientFor(server, options)
    .assistants.update('asst_1')
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(APIError);
  return error as APIError;
}

describe('status → error class', () => {
  it.each([
    [400, BadRequestError, 'BadRequestError'],
    [401, AuthenticationError, 'AuthenticationError'],
    [403, PermissionDeniedError, 'PermissionDeniedError'],
    [404, NotFoundError, 'NotFoundError'],
    [409, ConflictError, 'ConflictError'],
    [422, UnprocessableEntityError, 'UnprocessableEntityError'],
    [429, RateLimitError, 'RateLimitError'],
    [500, InternalServerError, 'InternalServerError'],
    [503, InternalServerError, 'InternalServerError'],
    [418, APIError, 'APIError'],
  ])('%i → %o', async (status, ErrorClass, name) => {
    server.script(json(status, { message: 'Nope.', code: 'x' }, { 'x-request-id': 'req_42' }));
    const error = await failure();
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(RevoxError);
    expect(error.constructor).toBe(ErrorClass);
    expect(error.name).toBe(name);
    expect(error.status).toBe(status);
    expect(error.requestId).toBe('req_42');
    expect(error.headers.get('content-type')).toBe('application/json');
    expect(error.body).toEqual({ message: 'Nope.', code: 'x' });
    expect(error.message).toBe(`${status} Nope.`);
    expect(String(error.stack)).toMatch(new RegExp(`^${name}: ${status} Nope\\.`));
  });
});

describe('messages stay readable whatever the body (empty, HTML and broken bodies: faults.test.ts)', () => {
  it('JSON without a message: the JSON itself', async () => {
    server.script(json(422, { errors: [{ field: 'voice' }] }));
    expect((await failure()).message).toBe('422 {"errors":[{"field":"voice"}]}');
  });

  it('an HTML page whose title lacks the status: the status, then the title', async () => {
    server.script(text(503, '<html><head><title>Service Unavailable</title></head></html>', 'text/html'));
    const error = await failure();
    expect(error.message).toBe('503 Service Unavailable (HTML error page)');
  });

  it('plain text, truncated when long', async () => {
    server.script(text(400, `bad ${'x'.repeat(1000)}`));
    const error = await failure();
    expect(error.message.length).toBeLessThan(320);
    expect(error.message.startsWith('400 bad xxx')).toBe(true);
    expect(error.body).toHaveLength(1004);
  });

  it('JSON.stringify(error) keeps the useful fields', async () => {
    server.script(json(404, { message: 'Assistant not found.' }, { 'x-request-id': 'req_1' }));
    const serialised = JSON.parse(JSON.stringify(await failure()));
    expect(serialised).toMatchObject({
      name: 'NotFoundError',
      status: 404,
      requestId: 'req_1',
      message: '404 Assistant not found.',
      error: { message: 'Assistant not found.' },
    });
    expect(serialised.headers['x-request-id']).toBe('req_1');
  });
});

describe('what the server said is in the error', () => {
  it("the parsed body is `error` (the official SDKs' name) and `body` (0.1's)", async () => {
    server.script(json(404, { message: 'Nope.', code: 'missing' }));
    const error = await failure();
    expect(error.error).toEqual({ message: 'Nope.', code: 'missing' });
    expect(error.body).toBe(error.error);
  });

  it('a message with its errors, and the violations a detail header lists (Prism: sl-violations)', async () => {
    server.script(json(422, { message: 'Invalid body.', errors: [{ field: 'voice' }] }));
    expect((await failure()).message).toBe('422 Invalid body. errors: [{"field":"voice"}]');
    const violations = [{ location: ['request', 'query'], severity: 'Error', message: "Request query must have required property 'page'" }];
    server.script(
      json(422, { message: 'One or more fields of the request body are invalid.' }, { 'sl-violations': JSON.stringify(violations) }),
    );
    expect((await failure()).message).toBe(
      "422 One or more fields of the request body are invalid. — Request query must have required property 'page'",
    );
  });

  it('printed by Node: the stack with status, request id and body, not the headers object', async () => {
    server.script(json(404, { message: 'Assistant not found.' }, { 'x-request-id': 'req_7' }));
    const printed = inspect(await failure());
    expect(printed).toMatch(/^NotFoundError: 404 Assistant not found\.\n\s+at /);
    expect(printed).toMatch(/\{\s+status: 404,\s+error: \{ message: 'Assistant not found.' \},\s+requestId: 'req_7'\s+\}$/);
    expect(printed).not.toContain('Headers');
  });
});

describe("the client class carries the error classes, as the official SDK's does", () => {
  it('every error class the package exports is a static of Revox', async () => {
    const exported = Object.entries(await import('../src/index.js')).filter(
      ([, value]) => typeof value === 'function' && value.prototype instanceof Error,
    );
    expect(exported.length).toBeGreaterThan(10);
    for (const [name, ErrorClass] of exported) expect((Revox as unknown as Record<string, unknown>)[name], name).toBe(ErrorClass);
  });
});
