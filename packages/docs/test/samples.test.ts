// Every code sample in the reference runs, and sends a request the spec
// accepts, against a local server that checks it. The TypeScript samples are
// also type-checked against the real SDK (tsconfig.json includes samples/),
// the Ruby ones run against the gem (packages/ruby) and the Python ones
// against the package (packages/python). Operations come from
// the operation model and languages from packages/codegen, so a new
// operation or language is covered with no edit here.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AUDIO_FILE, LANGUAGES } from '@revoxai/codegen';
import { createAjv, deref, formatErrors, loadModel, loadSpec, operationAt, validatorFor } from '@revoxai/spec';
import type { Operation } from '@revoxai/spec';
import { samplePath, withCodeSamples } from '../lib/samples.mjs';

const run = promisify(execFile);
const KEY = 'sk_test_docs_samples';
const AUDIO = Uint8Array.from({ length: 2048 }, (_, i) => (i * 37 + 11) % 256);
const spec = loadSpec();
const ajv = createAjv(spec);
const model = loadModel();
const { operations } = model;

/** What the languages' commands run with: tsx's loader by absolute URL (samples run in a temp folder), the gem's lib, the Python package's source. */
const tools = {
  node: process.execPath,
  tsxLoader: pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'loader.mjs')).href,
  rubyLib: fileURLToPath(new URL('../../ruby/lib', import.meta.url)),
  pythonPath: fileURLToPath(new URL('../../python/src', import.meta.url)),
};

interface Checked {
  operationId: string | undefined;
  problems: string[];
}
let checked: Checked[] = [];
let baseURL: string;

/** Everything that does not match the spec in a request: operation, auth, parameters, body. */
function problemsOf(method: string, url: URL, headers: Record<string, string | string[] | undefined>, raw: string) {
  const match = url.pathname.startsWith('/api/') ? operationAt(model, method, url.pathname.slice('/api'.length)) : undefined;
  if (!match) return { match, problems: [`${method} ${url.pathname} is not an operation of the spec`] };
  const problems: string[] = [];
  if (headers.authorization !== `Bearer ${KEY}`) problems.push(`authorization is ${headers.authorization}`);
  for (const param of match.query) {
    const value = url.searchParams.get(param.name);
    if (value === null) {
      if (param.required) problems.push(`query parameter ${param.name} is missing`);
      continue;
    }
    const schema = deref(spec, param.schema);
    const typed = schema.type === 'number' || schema.type === 'integer' ? Number(value) : value;
    const validate = validatorFor(ajv, param.schema);
    if (!validate(typed)) problems.push(...formatErrors(validate.errors).map((e) => `query ${param.name}${e}`));
  }
  const json = match.body;
  if (json) {
    if (!String(headers['content-type']).startsWith('application/json')) problems.push(`content-type is ${headers['content-type']}`);
    try {
      const validate = validatorFor(ajv, json.schema);
      if (!validate(JSON.parse(raw))) problems.push(...formatErrors(validate.errors));
    } catch {
      problems.push('body is not JSON');
    }
  } else if (raw) problems.push('a body was sent to an operation that takes none');
  return { match, problems };
}

/** The answer the spec gives: its first success example, or audio bytes. */
function answerOf(operation: Operation): { type: string; body: string | Uint8Array } {
  const { mediaType: type, json, examples } = operation.success;
  return { type, body: json ? JSON.stringify(examples[0]!.value) : AUDIO };
}

const server = createServer(async (req, res) => {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  const { match, problems } = problemsOf(req.method!, new URL(req.url!, 'http://local'), req.headers, raw);
  checked.push({ operationId: match?.id, problems });
  if (problems.length || !match) {
    res.writeHead(422, { 'content-type': 'application/json' }).end(JSON.stringify({ message: problems.join('; ') }));
    return;
  }
  const { type, body } = answerOf(match);
  res.writeHead(200, { 'content-type': type }).end(body);
});

let workDir: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  workDir = mkdtempSync(join(tmpdir(), 'revox-sample-'));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});
beforeEach(() => {
  checked = [];
});

/**
 * Where to run a sample, in a folder of its own (audio samples write a file).
 * An SDK sample reaches the server through REVOX_BASE_URL, as a user's
 * program would, and runs where it is (its imports resolve from there); the
 * others get a copy aimed at the local server instead of production.
 */
function placed(operationId: string, file: string): { dir: string; path: string } {
  const original = samplePath(operationId, file);
  const source = readFileSync(original, 'utf8');
  const dir = mkdtempSync(join(workDir, `${operationId}-`));
  if (source.includes(model.baseUrl)) {
    const path = join(dir, file);
    writeFileSync(path, source.replaceAll(model.baseUrl, baseURL));
    return { dir, path };
  }
  expect(source, `${original} neither calls the production URL nor uses an SDK`).toMatch(/@revoxai\/sdk|require "revox"|from revox import/);
  return { dir, path: original };
}

const env = () => ({ PATH: process.env.PATH, REVOX_API_KEY: KEY, REVOX_BASE_URL: baseURL, HOME: process.env.HOME });

describe('every operation has a sample in every language', () => {
  it.each(LANGUAGES.map((l) => l.file))('%s', (file) => {
    const missing = operations.map((o) => samplePath(o.id, file)).filter((path) => !existsSync(path));
    expect(missing.map((path) => `${path} is missing (npm run generate writes it)`)).toEqual([]);
  });
});

const cases = operations.flatMap((o) => LANGUAGES.map((language) => [o.id, language.file, o, language] as const));

describe('each sample sends one request the spec accepts, and shows the answer', () => {
  it.each(cases)('%s, %s', async (operationId, file, operation, language) => {
    const { dir, path } = placed(operationId, file);
    const [command, args, own = {}] = language.command(path, tools) as [string, string[], Record<string, string>?];
    const { stdout } = await run(command, args, { env: { ...env(), ...own }, cwd: dir });
    expect(checked).toEqual([{ operationId, problems: [] }]);
    const answer = answerOf(operation);
    if (typeof answer.body !== 'string') {
      expect(Buffer.from(readFileSync(join(dir, AUDIO_FILE))).equals(Buffer.from(answer.body))).toBe(true);
    } else if (stdout.trimStart().startsWith('{')) {
      expect(JSON.parse(stdout)).toEqual(JSON.parse(answer.body)); // the answer, printed whole
    } else {
      // A sample that prints chosen fields prints values of the answer.
      const words = stdout.trim().split(/\s+/);
      expect(words.length).toBeGreaterThan(0);
      for (const word of words) expect(answer.body).toContain(word);
    }
  });

  it('the checking server rejects a request the spec does not accept', async () => {
    const response = await fetch(`${baseURL}/assistants/x`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ voice: { id: 'v', provider: 'acme' } }),
    });
    expect(response.status).toBe(422);
    expect(checked[0]!.problems).toEqual(['/voice/provider must be equal to one of the allowed values']);
    const listing = await fetch(`${baseURL}/call?page=0`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(listing.status).toBe(422);
    expect(checked[1]!.problems).toEqual(['query parameter page_size is missing']);
  });
});

describe('x-codeSamples', () => {
  it('attach a sample per language, in tab order, the polished one where there is one', () => {
    const samples = withCodeSamples(spec).paths['/assistants/{id}'].patch['x-codeSamples'];
    expect(samples.map((s: { label: string }) => s.label)).toEqual(LANGUAGES.map((l) => l.label));
    const typescript = samples[0].source;
    expect(typescript).toBe(
      readFileSync(fileURLToPath(new URL('../samples/polished/updateAssistant/typescript.ts', import.meta.url)), 'utf8').trimEnd(),
    );
    expect(typescript).not.toBe(
      readFileSync(fileURLToPath(new URL('../samples/generated/updateAssistant/typescript.ts', import.meta.url)), 'utf8').trimEnd(),
    );
  });

  it('fail the build for a polished sample whose operation is gone', () => {
    const renamed = structuredClone(spec);
    renamed.paths['/assistants/{id}'].patch.operationId = 'renamed';
    expect(() => withCodeSamples(renamed)).toThrow(
      /samples\/polished\/ has samples for no operation or language of the spec: updateAssistant/,
    );
  });
});
