// The types target on the constructs fixture: openapi-typescript's types and
// the official names, compiled with a consumer that uses each construct the
// way the TypeScript methods take it, and one that misuses each.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { inputOf } from '../src/index.mjs';
import { typesFiles } from '../src/targets/types.mjs';
import { constructsSpec } from './fixtures/constructs.js';

/** The compiler's errors for each consumer, next to the fixture's generated types (one program: the DOM's types take seconds to load). */
async function typeErrors(consumers: Record<string, string>): Promise<Record<string, string[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'revox-types-'));
  try {
    for (const [path, content] of await typesFiles(inputOf(constructsSpec())))
      writeFileSync(join(dir, path.split('/').pop()!), content as string);
    for (const [name, source] of Object.entries(consumers)) writeFileSync(join(dir, `${name}.ts`), source);
    const program = ts.createProgram(
      Object.keys(consumers).map((name) => join(dir, `${name}.ts`)),
      {
        strict: true,
        noEmit: true,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        target: ts.ScriptTarget.ES2022,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
        types: [],
      },
    );
    const errors = Object.fromEntries(Object.keys(consumers).map((name) => [name, [] as string[]]));
    for (const d of ts.getPreEmitDiagnostics(program))
      errors[(d.file?.fileName.split('/').pop() ?? '').replace(/\.ts$/, '')]?.push(ts.flattenDiagnosticMessageText(d.messageText, ' '));
    return errors;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const imports =
  "import type { CallListParams, VoiceRetrieveParams, FaqItemUpdateParams, ToolCreateParams, KnowledgeUploadParams, AssistantRetrieveLegacyResponse } from './sdk-names.js';\n";

it('types each construct as the methods take it, and refuses each one misused', async () => {
  const fine = `${imports}
export const list: CallListParams = { page: 0, page_size: 10, statuses: ['queued', 'completed'] };
export const region: VoiceRetrieveParams = { 'X-Revox-Region': 'eu' };
export const item: FaqItemUpdateParams = { answer: 'Yes.', voiceId: 'v1' };
export const webhook: ToolCreateParams = { type: 'webhook', url: 'https://hooks.test' };
export const transfer: ToolCreateParams = { type: 'transfer', phone_number: '+33612345678' };
export const upload: KnowledgeUploadParams = { file: new Blob(['x']), title: 'Hours' };
export type Legacy = AssistantRetrieveLegacyResponse;
`;
  const wrong = `${imports}
export const list: CallListParams = { page: 0, page_size: 10, statuses: ['lost'] };
export const region: VoiceRetrieveParams = { 'X-Revox-Region': 'mars' };
export const transfer: ToolCreateParams = { type: 'transfer', url: 'https://hooks.test' };
export const upload: KnowledgeUploadParams = { title: 'Hours' };
`;
  const { fine: none, wrong: errors } = await typeErrors({ fine, wrong });
  expect(none).toEqual([]);
  expect(errors!.join('\n')).toMatch(/"lost"/);
  expect(errors!.join('\n')).toMatch(/"mars"/);
  expect(errors!.join('\n')).toMatch(/phone_number|transfer/);
  expect(errors!.join('\n')).toMatch(/Property 'file' is missing/);
  expect(errors).toHaveLength(4);
}, 60_000);
