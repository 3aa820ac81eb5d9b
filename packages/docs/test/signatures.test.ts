// The SDK signatures at the top of each operation (made by
// packages/codegen/src/signatures.mjs, placed by lib/signatures.mjs) name
// what the SDKs really have: each TypeScript signature is compiled against
// the published types of @revoxai/sdk, each Ruby one is held against the
// gem's methods by reflection and its RBS, and each Python one against the
// package's methods by reflection (inspect.signature), so a renamed method,
// a parameter that changed or a field that is gone fails here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '@revoxai/spec';
import { fieldPreview, loadPlan, pythonSignature, rubySignature, typescriptSignature } from '@revoxai/codegen';
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

/** `client.a.b(id: str, *, k, **params { f, 2 more }, extra_headers=None, …) -> R { k }` → its parts. */
function parsePython(signature: string) {
  const match = /^client\.([\w.]+)\((.*)\) -> (\w+)(?: \{ (.*) \})?$/.exec(signature);
  if (!match) throw new Error(`not a Python signature: ${signature}`);
  const [, path, params, returns, returnPreview] = match as unknown as [string, string, string, string, string | undefined];
  const optional = /\*\*params \{ ([^}]*) \}/.exec(params)?.[1]?.split(', ') ?? [];
  const parts = params
    .replace(/\*\*params \{ [^}]* \}(, )?/, '')
    .split(', ')
    .filter(Boolean);
  const star = parts.indexOf('*');
  const positional = parts.slice(0, star).map((p) => p.split(': ') as [string, string]);
  const named = parts.slice(star + 1);
  return {
    resource: path.split('.').slice(0, -1),
    method: path.split('.').at(-1)!,
    positional,
    required: named.filter((p) => !p.includes('=')),
    defaults: named.filter((p) => p.includes('=')).map((p) => p.split('=') as [string, string]),
    optional,
    returns,
    returnPreview: returnPreview?.split(', ') ?? [],
  };
}

const pythonSrc = fileURLToPath(new URL('../../python/src', import.meta.url));

/** For each signature, what the package's method says by reflection: its positional parameters and their annotations, its keyword-only ones (required ones apart, with the defaults of the others), its return annotation. */
function packageMethods(signatures: ReturnType<typeof parsePython>[]): {
  found: boolean;
  positional: [string, string][];
  required: string[];
  optional: string[];
  defaults: [string, string][];
  returns: string;
}[] {
  const script = `
import inspect, json, sys
from revox import Revox
client = Revox(api_key="sk_test_signatures", base_url="http://127.0.0.1:9")
found = []
for s in json.load(sys.stdin):
    owner = client
    for name in s["resource"]:
        owner = getattr(owner, name, None)
    method = getattr(owner, s["method"], None) if owner is not None else None
    if method is None:
        found.append({"found": False, "positional": [], "required": [], "optional": [], "defaults": [], "returns": ""})
        continue
    signature = inspect.signature(method)
    params = list(signature.parameters.values())
    keywords = [p for p in params if p.kind == p.KEYWORD_ONLY]
    options = {"extra_headers", "extra_query", "extra_body", "timeout"}
    found.append({
        "found": True,
        "positional": [[p.name, p.annotation] for p in params if p.kind == p.POSITIONAL_OR_KEYWORD],
        "required": [p.name for p in keywords if p.default is p.empty],
        "optional": [p.name for p in keywords if p.default is not p.empty and p.name not in options],
        "defaults": [[p.name, repr(p.default)] for p in keywords if p.name in options],
        "returns": signature.return_annotation,
    })
print(json.dumps(found))
`;
  return JSON.parse(
    execFileSync('python3', ['-B', '-c', script], {
      input: JSON.stringify(signatures),
      encoding: 'utf8',
      env: { ...process.env, PYTHONPATH: pythonSrc },
    }),
  );
}

describe('Python signatures', () => {
  const signatures = operations.map((o) => parsePython(pythonSignature(o)));

  it("name the seed's update as the package has it, the request options last", () => {
    expect(pythonSignature(operations.find((o) => o.id === 'updateAssistant')!)).toBe(
      'client.assistants.update(id: str, *, **params { after_call_sms_prompt, background_sound, background_sound_volume, 22 more }, extra_headers=None, extra_query=None, extra_body=None, timeout=NOT_GIVEN) -> AssistantUpdateResponse { assistant }',
    );
    expect(pythonSignature(operations.find((o) => o.id === 'previewVoice')!)).toBe(
      'client.voices.preview(*, provider, voice_id, **params { text, speed, volume }, extra_headers=None, extra_query=None, extra_body=None, timeout=NOT_GIVEN) -> VoicePreviewResponse',
    );
  });

  /** Where a package method departs from its signature: nothing, for a signature that is right. */
  const departures = (s: ReturnType<typeof parsePython>, found: ReturnType<typeof packageMethods>[number], fields: number) => {
    const shown = previewed(s.optional);
    return {
      found: found.found,
      positional: found.positional,
      required: found.required,
      optional: found.optional.slice(0, shown.named.length),
      optionalCount: found.optional.length,
      defaults: found.defaults,
      returns: found.returns,
      returnFields: fields,
      expected: {
        positional: s.positional,
        required: s.required,
        optional: shown.named,
        optionalCount: shown.named.length + shown.more,
        defaults: s.defaults,
        returns: s.returns,
        returnFields: previewed(s.returnPreview).named.length + previewed(s.returnPreview).more,
      },
    };
  };
  const matches = (d: ReturnType<typeof departures>) =>
    d.found &&
    JSON.stringify([d.positional, d.required, d.optional, d.optionalCount, d.defaults, d.returns, d.returnFields]) ===
      JSON.stringify([
        d.expected.positional,
        d.expected.required,
        d.expected.optional,
        d.expected.optionalCount,
        d.expected.defaults,
        d.expected.returns,
        d.expected.returnFields,
      ]);

  it("are the package's methods: positional parameters, keyword-only ones, required ones, defaults and return annotations, by reflection", () => {
    const found = packageMethods(signatures);
    for (const [i, s] of signatures.entries()) {
      const o = operations[i]!;
      const d = departures(s, found[i]!, o.answer.kind === 'json' ? o.answer.fields.length : 0);
      expect(d.found, o.sdkName).toBe(true);
      expect([d.positional, d.required, d.optional, d.optionalCount, d.defaults, d.returns, d.returnFields], o.sdkName).toEqual([
        d.expected.positional,
        d.expected.required,
        d.expected.optional,
        d.expected.optionalCount,
        d.expected.defaults,
        d.expected.returns,
        d.expected.returnFields,
      ]);
    }
  });

  it('fail for a method the package does not have, a parameter or keyword it does not take, or another return type', () => {
    const [list, , , , update] = signatures;
    const retrieve = signatures[2]!;
    const wrong = [
      { ...list!, method: 'all' },
      { ...update!, optional: ['after_call_sms_text', ...update!.optional.slice(1)] },
      { ...retrieve, positional: [['id', 'int']] as [string, string][] },
      { ...retrieve, required: ['include'] },
      { ...update!, returns: 'AssistantResponse' },
    ];
    const found = packageMethods(wrong);
    expect(found[0]).toMatchObject({ found: false });
    const verdicts = wrong.map((s, i) =>
      matches(departures(s, found[i]!, previewed(s.returnPreview).named.length + previewed(s.returnPreview).more)),
    );
    expect(verdicts).toEqual([false, false, false, false, false]);
    // The same comparison holds for the right signatures: the check can pass.
    expect(matches(departures(update!, packageMethods([update!])[0]!, 1))).toBe(true);
  });
});

describe('the reference', () => {
  it("opens every operation's description with its three signatures, one parameter per line", () => {
    const withThem = withSignatures(loadSpec());
    // One parameter per line on the page: the same text as the one-line form once the line breaks are taken out.
    const joined = (block: string | undefined, arrow: string) =>
      block
        ?.replace(/\(\n {2}/, '(')
        .replace(new RegExp(`,\\n\\)${arrow} `), `)${arrow} `)
        .replaceAll(',\n  ', ', ');
    for (const o of operations) {
      const description: string = withThem.paths[o.http.path][o.http.method.toLowerCase()].description;
      const [, typescript, ruby, python] =
        /^TypeScript:\n\n```ts\n([\s\S]*?)\n```\n\nRuby:\n\n```ruby\n([\s\S]*?)\n```\n\nPython:\n\n```python\n([\s\S]*?)\n```/.exec(
          description,
        ) ?? [];
      expect(joined(typescript, ':')).toBe(typescriptSignature(o));
      expect(joined(ruby, ' ->')).toBe(rubySignature(o));
      expect(joined(python, ' ->')).toBe(pythonSignature(o));
      expect(description).toContain(o.description.trim());
    }
  });
});
