// The SDK signatures at the top of each operation (made by
// packages/codegen/src/signatures.mjs, placed by lib/signatures.mjs) name
// what the SDKs really have: each TypeScript signature is compiled against
// the published types of @revoxai/sdk, and each Ruby one is held against
// the gem's methods by reflection and its RBS, so a renamed method, a
// parameter that changed or a field that is gone fails here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '@revoxai/spec';
import { fieldPreview, loadPlan, rubySignature, typescriptSignature } from '@revoxai/codegen';
import { withSignatures } from '../lib/signatures.mjs';

const { operations } = loadPlan();
const here = fileURLToPath(new URL('..', import.meta.url));

/** `client.a.b(x: T { f, g, 3 more }, o?: O): R { k }` → its parts, previews apart. */
function parseTypescript(signature: string) {
  const match = /^client\.([\w.]+)\((.*)\): (\w+)(?: \{ (.*) \})?$/.exec(signature);
  if (!match) throw new Error(`not a signature: ${signature}`);
  const [, method, params, returns, returnPreview] = match as unknown as [string, string, string, string, string | undefined];
  const parsed = [...params.matchAll(/(\w+)(\??): (\w+)(?: \{ ([^}]*) \})?/g)].map(([, name, optional, type, preview]) => ({
    name: name!,
    optional: optional === '?',
    type: type!,
    preview: preview?.split(', ') ?? [],
  }));
  return { method: method!, params: parsed, returns: returns!, returnPreview: returnPreview?.split(', ') ?? [] };
}

/** The named fields of a preview, and how many it says are left. */
const previewed = (preview: string[]) => ({
  named: preview.filter((p) => !/^\d+ more$/.test(p)),
  more: Number(/^(\d+) more$/.exec(preview.at(-1) ?? '')?.[1] ?? 0),
});

/** A TypeScript module that compiles only if every signature matches the SDK's types. */
function checks(signatures: string[]) {
  const lines = signatures.map((signature, i) => {
    const { method, params, returns, returnPreview } = parseTypescript(signature);
    const type = (name: string) => (name === 'string' || name === 'number' ? name : `T.${name}`);
    const declared = params.map((p) => `${p.name}${p.optional ? '?' : ''}: ${type(p.type)}`).join(', ');
    const keys = [
      ...params.flatMap((p) => previewed(p.preview).named.map((field) => `T.${p.type}['${field}']`)),
      ...previewed(returnPreview).named.map((field) => `T.${returns}['${field}']`),
    ];
    return [
      `// ${signature}`,
      `export const parameters${i}: Equal<Parameters<typeof client.${method}>, Parameters<(${declared}) => void>> = true;`,
      `export const returns${i}: Equal<Awaited<ReturnType<typeof client.${method}>>, T.${returns}> = true;`,
      ...keys.map((key, k) => `export type Field${i}_${k} = ${key};`),
    ].join('\n');
  });
  return `import type * as T from '@revoxai/sdk';
import type { Revox } from '@revoxai/sdk';
declare const client: Revox;
type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
${lines.join('\n\n')}
`;
}

/** The compiler's errors for a module placed in this package (so it resolves @revoxai/sdk as users do). */
function typeErrors(source: string): string[] {
  const dir = mkdtempSync(join(here, '.signatures-'));
  try {
    const file = join(dir, 'signatures.ts');
    writeFileSync(file, source);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      skipLibCheck: true,
      types: [],
    });
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
      return `line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('TypeScript signatures', () => {
  const signatures = operations.map((o) => typescriptSignature(o));

  it("name the seed's update as the seed page does, with the newest fields first", () => {
    expect(signatures[operations.findIndex((o) => o.id === 'updateAssistant')]).toBe(
      'client.assistants.update(id: string, body?: AssistantUpdateParams { after_call_sms_prompt, background_sound, background_sound_volume, 22 more }, options?: RequestOptions): AssistantUpdateResponse { assistant }',
    );
  });

  it('count the fields they leave out', () => {
    for (const [i, o] of operations.entries()) {
      const { params, returnPreview } = parseTypescript(signatures[i]!);
      const named = params.find((p) => ['body', 'query', 'params'].includes(p.name));
      if (named) expect(previewed(named.preview).named.length + previewed(named.preview).more).toBe(o.params.length);
      expect(previewed(returnPreview).named.length + previewed(returnPreview).more).toBe(o.answer.fields.length);
    }
    expect(fieldPreview([])).toBe('');
    expect(fieldPreview(['a', 'b'])).toBe(' { a, b }');
  });

  it('compile against the types of @revoxai/sdk', () => {
    expect(typeErrors(checks(signatures))).toEqual([]);
  }, 60_000);

  it('fail to compile for a method the SDK does not have, a wrong parameter or a field that is not there', () => {
    const wrong = [
      signatures[0]!.replace('client.assistants.list(', 'client.assistants.all('),
      signatures[4]!.replace('id: string', 'id: number'),
      signatures[4]!.replace('{ after_call_sms_prompt,', '{ after_call_sms_text,'),
      signatures[4]!.replace('AssistantUpdateResponse', 'AssistantResponse { assistant, ok }').replace(/ \{ assistant \}$/, ''),
    ];
    const errors = typeErrors(checks(wrong));
    expect(errors.join('\n')).toMatch(/Property 'all' does not exist/);
    expect(errors.join('\n')).toMatch(/after_call_sms_text/);
    expect(errors.filter((e) => /Type 'true' is not assignable to type 'false'/.test(e)).length).toBeGreaterThanOrEqual(1);
    expect(errors.length).toBeGreaterThanOrEqual(4);
  }, 60_000);
});

/** `revox.a.b(id, page:, **params { f, 2 more }, request_options: nil) -> Revox::Model { k }` → its parts. */
function parseRuby(signature: string) {
  const match = /^revox\.([\w.]+)\((.*)\) -> (Revox::\w+|nil)(?: \{ (.*) \})?$/.exec(signature);
  if (!match) throw new Error(`not a Ruby signature: ${signature}`);
  const [, path, params, returns, returnPreview] = match as unknown as [string, string, string, string, string | undefined];
  const optional = /\*\*params \{ ([^}]*) \}/.exec(params)?.[1]?.split(', ') ?? [];
  const rest = params.replace(/\*\*params \{ [^}]* \}(, )?/, '');
  const positional = [...rest.matchAll(/(?:^|, )(\w+)(?=,|$)/g)].map((m) => m[1]!);
  const required = [...rest.matchAll(/(\w+):(?=,|$)/g)].map((m) => m[1]!);
  return {
    resource: path.split('.').slice(0, -1),
    method: path.split('.').at(-1)!,
    positional,
    required,
    optional,
    returns,
    returnPreview: returnPreview?.split(', ') ?? [],
  };
}

const gemLib = fileURLToPath(new URL('../../ruby/lib', import.meta.url));
const gemSignatures = readFileSync(fileURLToPath(new URL('../../ruby/sig/generated/resources.rbs', import.meta.url)), 'utf8');

/** For each signature, what the gem says: whether the method exists, its positional parameters, and the keywords its operation takes (required ones apart). */
function gemMethods(
  signatures: ReturnType<typeof parseRuby>[],
): { found: boolean; positional: string[]; required: string[]; keywords: string[] }[] {
  const script = `
    require "json"
    require "revox"
    client = Revox::Client.new(api_key: "sk_test_signatures", base_url: "http://127.0.0.1:9")
    puts(JSON.parse($stdin.read).map do |s|
      owner = s["resource"].reduce(client) { |object, name| object.respond_to?(name) ? object.public_send(name) : nil }
      operation = Revox::Generated::OPERATIONS.values.find { |o| o.resource_path == s["resource"] && o.method_name == s["method"] }
      next { found: false, positional: [], required: [], keywords: [] } unless owner.respond_to?(s["method"]) && operation
      {
        found: true,
        positional: owner.method(s["method"]).parameters.select { |kind, _| kind == :req }.map { |_, name| name.to_s },
        required: operation.params.select(&:required).map { |p| p.keyword.to_s },
        keywords: operation.params.map { |p| p.keyword.to_s },
      }
    end.to_json)
  `;
  return JSON.parse(execFileSync('ruby', ['-I', gemLib, '-e', script], { input: JSON.stringify(signatures), encoding: 'utf8' }));
}

describe('Ruby signatures', () => {
  const signatures = operations.map((o) => parseRuby(rubySignature(o)));

  it("name the seed's update as the gem has it, the options last", () => {
    expect(rubySignature(operations.find((o) => o.id === 'updateAssistant')!)).toBe(
      'revox.assistants.update(id, **params { after_call_sms_prompt, background_sound, background_sound_volume, 22 more }, request_options: nil) -> Revox::Model { assistant }',
    );
    expect(rubySignature(operations.find((o) => o.id === 'previewVoice')!)).toBe(
      'revox.voices.preview(provider:, voice_id:, **params { text, speed, volume }, request_options: nil) -> Revox::Binary',
    );
  });

  it("are the gem's methods, with their positional parameters and keywords, and the return classes of its RBS", () => {
    const gem = gemMethods(signatures);
    for (const [i, s] of signatures.entries()) {
      const where = `${s.resource.join('.')}.${s.method}`;
      expect(gem[i]!.found, where).toBe(true);
      expect(gem[i]!.positional, where).toEqual(s.positional);
      expect(gem[i]!.required, where).toEqual(s.required);
      const shown = previewed(s.optional);
      expect(gem[i]!.keywords.filter((k) => !s.required.includes(k)).slice(0, shown.named.length), where).toEqual(shown.named);
      expect(shown.named.length + shown.more, where).toBe(gem[i]!.keywords.length - s.required.length);
      expect(gemSignatures, where).toMatch(new RegExp(`def ${s.method}: \\(.*\\) -> ${s.returns.replaceAll(':', '\\:')}$`, 'm'));
      expect(previewed(s.returnPreview).named.length + previewed(s.returnPreview).more, where).toBe(
        operations[i]!.answer.kind === 'json' ? operations[i]!.answer.fields.length : 0,
      );
    }
  });

  it('fail for a method the gem does not have, or a keyword it does not take', () => {
    const [list, , , , update] = signatures;
    const broken = [
      { ...list!, method: 'all' },
      { ...update!, optional: ['after_call_sms_text', ...update!.optional.slice(1)] },
    ];
    const gem = gemMethods(broken);
    expect(gem[0]).toMatchObject({ found: false });
    // The comparison the test above makes, on the wrong keyword: it must fail it.
    expect(gem[1]!.keywords.filter((k) => !broken[1]!.required.includes(k)).slice(0, 3)).not.toEqual(previewed(broken[1]!.optional).named);
  });
});

describe('the reference', () => {
  it("opens every operation's description with both signatures, one parameter per line", () => {
    const withThem = withSignatures(loadSpec());
    // One parameter per line on the page: the same text as the one-line form once the line breaks are taken out.
    const joined = (block: string | undefined, arrow: string) =>
      block
        ?.replace(/\(\n {2}/, '(')
        .replace(new RegExp(`,\\n\\)${arrow} `), `)${arrow} `)
        .replaceAll(',\n  ', ', ');
    for (const o of operations) {
      const description: string = withThem.paths[o.http.path][o.http.method.toLowerCase()].description;
      const [, typescript, ruby] = /^TypeScript:\n\n```ts\n([\s\S]*?)\n```\n\nRuby:\n\n```ruby\n([\s\S]*?)\n```/.exec(description) ?? [];
      expect(joined(typescript, ':')).toBe(typescriptSignature(o));
      expect(joined(ruby, ' ->')).toBe(rubySignature(o));
      expect(description).toContain(o.description.trim());
    }
  });
});
