// `npm run mock`, which the READMEs' examples run against: Prism, plus the
// two answers Prism cannot give from the spec (a 404 for an unknown id, and
// the preview's real audio), and the SDK's errors saying what Prism found wrong.
// A program in the official Python SDK's README style runs against it unchanged
// (the gem's README programs run against it in packages/ruby/test/mock.test.ts).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, Revox, UnprocessableEntityError } from '@revoxai/sdk';
import { externalExample, loadModel } from '@revoxai/spec';
import { MISSING, startMock } from '../lib/mock.mjs';

const packages = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
/** A program run as a user runs it: the key and the mock's address from the environment, nothing else. */
const runProgram = (command: string, args: string[], env: Record<string, string>) =>
  run(command, args, {
    env: { PATH: process.env.PATH ?? '', REVOX_API_KEY: 'sk_test_mock', REVOX_BASE_URL: mock.url, ...env },
    timeout: 60_000,
  });

let mock: Awaited<ReturnType<typeof startMock>>;
let client: Revox;
beforeAll(async () => {
  mock = await startMock();
  client = new Revox({ apiKey: 'sk_test_mock', baseURL: mock.url, maxRetries: 0, logLevel: 'off' });
}, 200_000); // above Prism's own 180 s start-up limit, for a loaded machine
afterAll(() => mock?.stop());

describe('the mock API', () => {
  it(`answers 404 for an id containing "${MISSING}", wherever the spec documents a 404`, async () => {
    const withIds = loadModel().operations.filter((o) => o.statuses.includes('404'));
    expect(withIds.length).toBeGreaterThan(0);
    await expect(client.assistants.update('asst_missing')).rejects.toThrow(NotFoundError);
    await expect(client.call.retrieve(`call_${MISSING}_1`)).rejects.toThrow('404 Not found.');
    await expect(client.voices.retrieve(MISSING, { provider: 'cartesia' })).rejects.toBeInstanceOf(NotFoundError);
    const example = loadModel().operations.find((o) => o.id === 'updateAssistant')!.success.examples[0]!.value as {
      assistant: { id: string };
    };
    expect((await client.assistants.update('asst_1')).assistant.id).toBe(example.assistant.id);
  });

  it("answers the voice preview with the spec's example audio: a real MP3, byte for byte", async () => {
    const preview = loadModel().operations.find((o) => o.id === 'previewVoice')!;
    const expected = externalExample(preview.success.examples[0]!.externalValue!);
    const audio = await client.voices.preview({ provider: 'cartesia', voiceId: '694f9389-aac1-45b6-b726-9d9369183238', text: 'Bonjour !' });
    expect(audio.type).toBe('audio/mpeg');
    const bytes = new Uint8Array(await audio.arrayBuffer());
    expect(Buffer.from(bytes).equals(expected)).toBe(true);
    expect(bytes[0]).toBe(0xff); // an MPEG audio frame starts with 11 set bits
    expect(bytes[1]! & 0xe0).toBe(0xe0);
  });

  it('ends every paginated list: pages after the first are empty, so a walk ends', async () => {
    const list = loadModel().operations.find((o) => o.id === 'listCalls')!;
    const firstPage = (list.success.examples[0]!.value as { calls: { id: string }[] }).calls;
    const walked: string[] = [];
    for await (const attempt of client.call.list({ page: 0, page_size: 1 })) walked.push(attempt.id);
    expect(walked).toEqual(firstPage.map((c) => c.id)); // page 0, then an empty page 1
    expect(await client.call.list({ page: 3, page_size: 10 })).toEqual({ calls: [] });
  });

  it("keeps Prism's request validation, and the SDK's error says what Prism found wrong", async () => {
    const error = await client.assistants.update('asst_1', { voice: { id: 'v', provider: 'acme' } } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as Error).message).toMatch(
      /^422 .* — Request body property voice\.provider must be equal to one of the allowed values: cartesia, elevenlabs$/,
    );
  });

  it("runs a Python program in the official Python SDK's README style, unchanged, and it prints the updated assistant", async () => {
    const program = [
      'from revox import Revox',
      'client = Revox()',
      'assistant = client.assistants.update("id", name="Front desk")',
      'print(assistant.assistant)',
      'print(sum(1 for _ in client.call.list(page=0, page_size=1)))',
    ].join('\n');
    const { stdout, stderr } = await runProgram('python3', ['-c', program], {
      PYTHONPATH: `${packages}python/src`,
      PYTHONDONTWRITEBYTECODE: '1',
    });
    const example = loadModel().operations.find((o) => o.id === 'updateAssistant')!.success.examples[0]!.value as {
      assistant: { id: string; name: string };
    };
    const [assistant, walked] = stdout.trim().split('\n');
    expect(assistant).toContain(example.assistant.id);
    expect(assistant).toContain(example.assistant.name);
    expect(Number(walked)).toBeGreaterThan(0); // the walk ended: page 1 is empty
    expect(stderr).toBe('');
  });
});
