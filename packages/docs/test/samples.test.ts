// Every code sample in the reference runs, and sends a request the spec
// accepts, against a local server that checks it. The TypeScript samples are
// also type-checked against the real SDK (tsconfig.json includes samples/).
// Operations and languages come from the spec and lib/samples.mjs, so a new
// operation is covered, and fails here until it has its samples.
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
import { createAjv, deref, formatErrors, loadModel, loadSpec, operationAt, validatorFor } from '@revoxai/spec';
import type { Operation } from '@revoxai/spec';
import { LANGUAGES, loadSamples, samplesDir, withCodeSamples } from '../lib/samples.mjs';

const run = promisify(execFile);
const API_ROOT = 'https://www.getrevox.com/api';
const KEY = 'sk_test_docs_samples';
const AUDIO = Uint8Array.from({ length: 2048 }, (_, i) => (i * 37 + 11) % 256);
const spec = loadSpec();
const ajv = createAjv(spec);
const model = loadModel();
const { operations } = model;

// tsx's loader by absolute URL: samples run with a temp folder as their working directory.
const tsxLoader = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'loader.mjs')).href;

/** How each language is run; the checking server's URL replaces the production one in a copy of the file. */
const RUNNERS: Record<string, (file: string) => [string, string[]]> = {
  'typescript.ts': (file) => [process.execPath, ['--import', tsxLoader, file]],
  'curl.sh': (file) => ['bash', [file]],
  'fetch.mjs': (file) => [process.execPath, [file]],
  'python.py': (file) => ['python3', [file]],
  'ruby.rb': (file) => ['ruby', [file]],
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
  if (headers['authorization'] !== `Bearer ${KEY}`) problems.push(`authorization is ${headers['authorization']}`);
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

/** A copy of a sample aimed at the local server instead of production, in a folder of its own (audio samples write a file). */
function localCopy(operationId: string, file: string): { dir: string; path: string } {
  const source = readFileSync(join(samplesDir, operationId, file), 'utf8');
  const dir = mkdtempSync(join(workDir, `${operationId}-`));
  const path = join(dir, file);
  // The TypeScript samples reach the server through REVOX_BASE_URL, like a user's program would.
  if (file !== 'typescript.ts') expect(source, `${operationId}/${file} should call the production URL`).toContain(API_ROOT);
  writeFileSync(path, source.replaceAll(API_ROOT, baseURL));
  return { dir, path: file === 'typescript.ts' ? join(samplesDir, operationId, file) : path };
}

const env = () => ({ PATH: process.env['PATH'], REVOX_API_KEY: KEY, REVOX_BASE_URL: baseURL, HOME: process.env['HOME'] });

describe('every operation has a sample in every language', () => {
  it.each(LANGUAGES.map((l) => l.file))('%s', (file) => {
    const missing = operations.map((o) => o.id).filter((id) => !existsSync(join(samplesDir, id, file)));
    expect(missing.map((id) => `samples/${id}/${file} is missing (npm run samples -w @revoxai/docs drafts it)`)).toEqual([]);
  });
});

const cases = operations.flatMap((o) => LANGUAGES.map(({ file }) => [o.id, file, o] as const));

describe('each sample sends one request the spec accepts, and shows the answer', () => {
  it.each(cases)('%s, %s', async (operationId, file, operation) => {
    const { dir, path } = localCopy(operationId, file);
    const [command, args] = RUNNERS[file]!(path);
    const { stdout } = await run(command, args, { env: env(), cwd: dir });
    expect(checked).toEqual([{ operationId, problems: [] }]);
    const answer = answerOf(operation);
    if (typeof answer.body !== 'string') {
      expect(Buffer.from(readFileSync(join(dir, 'preview.mp3'))).equals(Buffer.from(answer.body))).toBe(true);
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
  it('attach every sample file, in tab order, to its operation', () => {
    const operation = withCodeSamples(spec).paths['/assistants/{id}'].patch;
    expect(operation['x-codeSamples'].map((s: { label: string }) => s.label)).toEqual(LANGUAGES.map((l) => l.label));
    expect(loadSamples().get('updateAssistant')![0]!.source).toContain("import Revox from '@revoxai/sdk';");
  });

  it('match the tabs configured in redocly.yaml', () => {
    const config = readFileSync(fileURLToPath(new URL('../redocly.yaml', import.meta.url)), 'utf8');
    for (const { lang, label } of LANGUAGES) expect(config).toMatch(new RegExp(`- lang: ${lang}\\s+label: ${label}`));
  });

  it('fail the build for a samples folder that names no operation', () => {
    const renamed = structuredClone(spec);
    renamed.paths['/assistants/{id}'].patch.operationId = 'renamed';
    expect(() => withCodeSamples(renamed)).toThrow(/unknown operationIds: updateAssistant/);
  });
});
