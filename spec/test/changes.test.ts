// The breaking-change classifier and gate on fixture pairs: the real spec and
// a copy with one change each.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestRelease, loadSpec, releaseHistory, releases } from '../lib/index.js';
import { changesMarkdown, specChanges } from '../lib/changes.js';
import { changeId, declaresMajor, gate } from '../lib/gate.js';

const released = loadSpec();
const schemas = (doc: any) => doc.components.schemas;
const changed = (edit: (doc: any) => void) => {
  const doc = structuredClone(released);
  edit(doc);
  return doc;
};
const undeclared = { major: false, acknowledged: [] };

const fixtures: [string, (doc: any) => void, boolean, string][] = [
  [
    '(a) a new optional request property',
    (doc) => (schemas(doc).AssistantUpdateParams.properties.nickname = { type: 'string', description: 'A nickname.' }),
    true,
    'PATCH /assistants/{id} request body.nickname: added, optional',
  ],
  [
    '(b) a request property made required',
    (doc) => (schemas(doc).AssistantUpdateParams.required = ['name']),
    false,
    'PATCH /assistants/{id} request body.name: became required',
  ],
  [
    '(c) a request enum value removed',
    (doc) => (schemas(doc).FirstSentenceMode.enum = ['generated', 'static']),
    false,
    'PATCH /assistants/{id} request body.first_sentence_mode: enum value "none" removed',
  ],
  [
    '(d) a response property removed',
    (doc) => {
      delete schemas(doc).User.properties.last_name;
      schemas(doc).User.required = schemas(doc).User.required.filter((k: string) => k !== 'last_name');
    },
    false,
    'GET /users/me response 200.user.last_name: removed',
  ],
  [
    '(e) a response property made nullable',
    (doc) => (schemas(doc).User.properties.email.type = ['string', 'null']),
    false,
    'GET /users/me response 200.user.email: became nullable',
  ],
  [
    '(g) a partly known value closed into an enum',
    (doc) => (schemas(doc).HumanTransferMode.enum = ['warm']),
    false,
    'PATCH /assistants/{id} request body.human_transfer_mode: limited to ["warm"]',
  ],
  [
    '(f) a new operation',
    (doc) => (doc.paths['/voices/languages'] = { get: structuredClone(doc.paths['/voices'].get) }),
    true,
    'GET /voices/languages operation: added',
  ],
];

describe('the gate on one change at a time', () => {
  it.each(fixtures)('%s', (_name, edit, passes, expected) => {
    const result = gate(released, changed(edit), undeclared);
    expect(result.changes.map(changeId)).toContain(expected);
    expect(result.pass).toBe(passes);
    if (!passes) expect(result.undeclared.map(changeId)).toContain(expected);
  });

  it('finds nothing between the spec and itself', () => {
    expect(specChanges(released, structuredClone(released))).toEqual([]);
  });

  it('understands OpenAPI 3.1: null in type arrays, oneOf with a discriminator, const', () => {
    const dropNull = changed((doc) => (schemas(doc).AssistantUpdateParams.properties.voicemail_message.type = 'string'));
    expect(gate(released, dropNull, undeclared).undeclared.map(changeId)).toContain(
      'PATCH /assistants/{id} request body.voicemail_message: no longer accepts null',
    );
    const dropVariant = changed((doc) => schemas(doc).LlmModel.oneOf.pop());
    expect(gate(released, dropVariant, undeclared).undeclared.map(changeId)).toContain(
      'PATCH /assistants/{id} request body.llm_model.type: enum value "openrouter" removed',
    );
  });
});

describe('declaring a breaking change', () => {
  const breaking = changed((doc) => (schemas(doc).AssistantUpdateParams.required = ['name']));

  it('passes when every breaking line is acknowledged, not when one is left out', () => {
    // Requiring `name` in the update also requires it in the inline assistant of POST /call, which shares the fields.
    const ids = gate(released, breaking, undeclared).undeclared.map(changeId);
    expect(ids).toEqual([
      'PATCH /assistants/{id} request body.name: became required',
      'POST /call request body.assistant.name: became required',
    ]);
    expect(gate(released, breaking, { major: false, acknowledged: ids }).pass).toBe(true);
    expect(gate(released, breaking, { major: false, acknowledged: ids.slice(0, 1) }).pass).toBe(false);
  });

  it('passes with a major changeset for a package released with the SDK, not with a minor one or another package', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revox-changeset-'));
    try {
      mkdirSync(join(dir, '.changeset'));
      writeFileSync(
        join(dir, '.changeset', 'config.json'),
        JSON.stringify({ fixed: [['@revoxai/sdk', '@revoxai/types', '@revoxai/ruby']] }),
      );
      writeFileSync(join(dir, '.changeset', 'README.md'), '# not a changeset\n');
      writeFileSync(join(dir, '.changeset', 'calm-cats.md'), "---\n'@revoxai/sdk': minor\n---\n\nNew field.\n");
      writeFileSync(join(dir, '.changeset', 'shy-owls.md'), "---\n'@revoxai/docs': major\n---\n\nA new layout.\n");
      expect(declaresMajor(join(dir, '.changeset'))).toBe(false);
      writeFileSync(join(dir, '.changeset', 'bold-bees.md'), "---\n'@revoxai/ruby': major\n---\n\n`name:` is required.\n");
      expect(declaresMajor(join(dir, '.changeset'))).toBe(true);
      rmSync(join(dir, '.changeset', 'bold-bees.md'));
      writeFileSync(
        join(dir, '.changeset', 'brave-dogs.md'),
        "---\n'@revoxai/types': major\n'@revoxai/sdk': major\n---\n\n`name` is required.\n",
      );
      expect(declaresMajor(join(dir, '.changeset'))).toBe(true);
      expect(gate(released, breaking, { major: true, acknowledged: [] }).pass).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('release notes from the same diff', () => {
  it('name the operations and fields, breaking first', () => {
    const doc = changed((d) => {
      d.paths['/voices/languages'] = { get: structuredClone(d.paths['/voices'].get) };
      schemas(d).AssistantUpdateParams.required = ['name'];
    });
    const notes = changesMarkdown(specChanges(released, doc));
    expect(notes.indexOf('**Breaking for clients:**')).toBeLessThan(notes.indexOf('**Other API changes:**'));
    expect(notes).toContain('- `PATCH /assistants/{id}` request body.name: became required (existing calls may leave it out)');
    expect(notes).toContain('- `GET /voices/languages` operation: added (nothing calls it yet)');
  });
});

describe('the released specs', () => {
  const withReleases = (files: Record<string, any>, run: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'revox-released-'));
    try {
      for (const [name, doc] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(doc)); // JSON is YAML
      run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const newOperation = changed((d) => (d.paths['/voices/languages'] = { get: structuredClone(d.paths['/voices'].get) }));
  const breaking = changed((d) => {
    d.paths['/voices/languages'] = { get: structuredClone(d.paths['/voices'].get) };
    schemas(d).AssistantUpdateParams.required = ['name'];
  });

  it('are ordered by version number, not by name, and other files are not releases', () => {
    withReleases({ '0.9.0.yaml': released, '0.10.0.yaml': released, '0.2.0.yaml': released, 'acknowledged.txt': '' }, (dir) => {
      expect(releases(dir).map((r) => r.version)).toEqual(['0.2.0', '0.9.0', '0.10.0']);
      expect(latestRelease(dir).version).toBe('0.10.0');
    });
  });

  it('give each release its changes since the one before, newest first, led by what is not released yet', () => {
    withReleases({ '1.0.0.yaml': released, '1.1.0.yaml': newOperation }, (dir) => {
      const history = releaseHistory(breaking, dir);
      expect(history.map((h) => [h.version, h.since])).toEqual([
        [null, '1.1.0'],
        ['1.1.0', '1.0.0'],
        ['1.0.0', null],
      ]);
      expect(history[0]!.changes.map(changeId)).toContain('PATCH /assistants/{id} request body.name: became required');
      expect(history[1]!.changes.map(changeId)).toEqual(['GET /voices/languages operation: added']);
      expect(history[2]!.changes).toEqual([]);
      expect(releaseHistory(newOperation, dir)[0]!.version).toBe('1.1.0'); // nothing pending
    });
  });

  it("end with the spec's own version: only the release step changes either", () => {
    expect(latestRelease().version).toBe(released.info.version);
  });
});
