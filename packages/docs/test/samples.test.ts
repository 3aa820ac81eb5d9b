// Every code sample in the reference runs, and sends a request the spec
// accepts, against a local server that checks it. The TypeScript sample is
// also type-checked against the real SDK (tsconfig.json includes samples/).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAjv, loadSpec, problems } from '@revoxai/spec';
import { LANGUAGES, loadSamples, samplesDir, withCodeSamples } from '../lib/samples.mjs';

const run = promisify(execFile);
const API_ROOT = 'https://www.getrevox.com/api';
const KEY = 'sk_test_docs_samples';
const spec = loadSpec();
const ajv = createAjv(spec);
const exampleResponse = spec.paths['/assistants/{id}'].patch.responses['200'].content['application/json'].examples.updatedAssistant.value;

interface Checked {
  method: string;
  url: string;
  problems: string[];
}
let checked: Checked[] = [];
let baseURL: string;
const server = createServer(async (req, res) => {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  const found: string[] = [];
  if (req.headers.authorization !== `Bearer ${KEY}`) found.push(`authorization is ${req.headers.authorization}`);
  if (!String(req.headers['content-type']).startsWith('application/json')) found.push(`content-type is ${req.headers['content-type']}`);
  let body: unknown;
  try {
    body = JSON.parse(raw);
    found.push(...problems(ajv, '#/components/schemas/AssistantUpdateParams', body));
  } catch {
    found.push('body is not JSON');
  }
  checked.push({ method: req.method!, url: req.url!, problems: found });
  res.writeHead(found.length ? 422 : 200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(found.length ? { message: found.join('; ') } : exampleResponse));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  checked = [];
});

/** Where sample copies go: one temp folder for the file, removed after it. */
let copies: string | undefined;
afterAll(() => {
  if (copies) rmSync(copies, { recursive: true, force: true });
});

/** A copy of a sample aimed at the local server instead of production. */
function localCopy(file: string): string {
  const source = readFileSync(join(samplesDir, 'updateAssistant', file), 'utf8');
  expect(source).toContain(API_ROOT);
  copies ??= mkdtempSync(join(tmpdir(), 'revox-sample-'));
  const copy = join(copies, file);
  writeFileSync(copy, source.replaceAll(API_ROOT, baseURL));
  return copy;
}

const env = () => ({ PATH: process.env['PATH'], REVOX_API_KEY: KEY, REVOX_BASE_URL: baseURL });

function expectOneValidUpdate() {
  expect(checked).toEqual([{ method: 'PATCH', url: '/api/assistants/asst_01HZX3K4V6QW8N2P5R7T9Y1B3D', problems: [] }]);
}

describe('code samples of PATCH /assistants/{id}', () => {
  it('TypeScript (the SDK, pointed at the server by REVOX_BASE_URL)', async () => {
    const sample = join(samplesDir, 'updateAssistant', 'typescript.ts');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', sample], { env: env() });
    expect(stdout.trim()).toBe(`${exampleResponse.assistant.name} ${exampleResponse.assistant.updated_at}`);
    expectOneValidUpdate();
  });

  it('cURL', async () => {
    const { stdout } = await run('bash', [localCopy('curl.sh')], { env: env() });
    expect(JSON.parse(stdout)).toEqual(exampleResponse);
    expectOneValidUpdate();
  });

  it('fetch', async () => {
    const { stdout } = await run(process.execPath, [localCopy('fetch.mjs')], { env: env() });
    expect(stdout.trim()).toBe(`${exampleResponse.assistant.name} ${exampleResponse.assistant.updated_at}`);
    expectOneValidUpdate();
  });

  it('the checking server rejects a request the spec does not accept', async () => {
    const response = await fetch(`${baseURL}/assistants/x`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ voice: { id: 'v', provider: 'acme' } }),
    });
    expect(response.status).toBe(422);
    expect(checked[0]!.problems).toEqual(['/voice/provider must be equal to one of the allowed values']);
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
