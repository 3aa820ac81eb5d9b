// voices.preview resolves to the audio the server sent, byte for byte.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnprocessableEntityError } from '../src/index.js';
import { clientFor } from './support/client.js';
import type { TestServer } from './support/server.js';
import { json, startServer } from './support/server.js';

// Every byte value, and sequences that are invalid UTF-8 (0xC3 0x28, lone 0xFF): reading them as text would change them.
const AUDIO = Uint8Array.from([
  0x49,
  0x44,
  0x33,
  0x04,
  0x00,
  0xff,
  0xfb,
  0xc3,
  0x28,
  0xed,
  0xa0,
  0x80,
  ...Array.from({ length: 256 * 64 }, (_, i) => i % 256),
]);

let server: TestServer;
beforeEach(async () => {
  server = await startServer((_req, res) => void res.writeHead(200, { 'content-type': 'audio/mpeg' }).end(AUDIO));
});
afterEach(() => server.close());

const preview = (options?: Parameters<ReturnType<typeof clientFor>['voices']['preview']>[1]) =>
  clientFor(server).voices.preview({ provider: 'cartesia', voiceId: 'v1', text: 'Bonjour' }, options);

describe('voices.preview', () => {
  it('resolves to a Blob with exactly the bytes and the media type the server sent', async () => {
    const audio = await preview();
    expect(audio).toBeInstanceOf(Blob);
    expect(audio.type).toBe('audio/mpeg');
    expect(audio.size).toBe(AUDIO.length);
    expect(Buffer.from(await audio.arrayBuffer()).equals(Buffer.from(AUDIO))).toBe(true);
  });

  it('asks for audio, and for JSON only as a fallback for errors', async () => {
    await preview();
    expect(server.requests[0]!.headers.accept).toBe('audio/mpeg, audio/*;q=0.9, application/json;q=0.5');
    expect(server.requests[0]!.headers['content-type']).toBe('application/json');
  });

  it("lets the caller's Accept win", async () => {
    await preview({ headers: { Accept: '*/*' } });
    expect(server.requests[0]!.headers.accept).toBe('*/*');
  });

  it('turns a JSON error into a typed error, not into audio', async () => {
    server.script(json(422, { message: 'Unknown voice.' }));
    const error = await preview().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).message).toBe('422 Unknown voice.');
  });
});
