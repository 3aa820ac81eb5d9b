import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAjv, loadSpec, problems } from '../lib/index.js';
import { collectExamples, exampleProblems } from './examples.js';

const spec = loadSpec();

describe('examples in the spec', () => {
  it('include a request and a response example for the update', () => {
    const where = collectExamples(spec).map((e) => e.where);
    expect(where.filter((w) => w.startsWith('PATCH /assistants/{id} request')).length).toBeGreaterThanOrEqual(2);
    expect(where).toContain('PATCH /assistants/{id} 200 application/json examples.updatedAssistant');
    for (const status of ['400', '401', '403', '404', '409', '422', '429', '500']) {
      expect(where).toContain(`PATCH /assistants/{id} ${status} application/json example`);
    }
  });

  it('all validate against their schemas', () => {
    expect(exampleProblems(spec)).toEqual([]);
  });

  it('the full request example sets the 18 seed fields, and with the newest settings example every field is shown', () => {
    const { fullConfiguration, newestSettings } = spec.paths['/assistants/{id}'].patch.requestBody.content['application/json'].examples;
    expect(Object.keys(fullConfiguration.value)).toHaveLength(18);
    const shown = new Set([...Object.keys(fullConfiguration.value), ...Object.keys(newestSettings.value)]);
    expect([...shown].sort()).toEqual(Object.keys(spec.components.schemas.AssistantUpdateParams.properties).sort());
  });

  it('a wrong example is reported with the field and the rule', () => {
    const doc = structuredClone(spec);
    const rename = doc.paths['/assistants/{id}'].patch.requestBody.content['application/json'].examples.rename.value;
    rename.first_sentence_delay_ms = 'soon';
    expect(exampleProblems(doc)).toEqual([
      {
        where: 'PATCH /assistants/{id} request application/json examples.rename',
        problems: ['/first_sentence_delay_ms must be integer'],
      },
    ]);
  });

  it('a response example missing a required field is reported', () => {
    const doc = structuredClone(spec);
    delete doc.paths['/assistants/{id}'].patch.responses['200'].content['application/json'].examples.updatedAssistant.value.assistant.voice;
    expect(exampleProblems(doc)[0].problems).toContain("/assistant must have required property 'voice'");
  });
});

// The TypeScript "Update an assistant" page printed this response. Its
// created_at/updated_at are `{}` placeholders (the upstream schema leaves them
// untyped), so those two, and only those two, are expected to fail.
const seedPath = fileURLToPath(new URL('../../../shared/seeds/001_16cfe67c373f0545.txt', import.meta.url));
const vendoredSeed = fileURLToPath(new URL('./fixtures/seed-update-response.json', import.meta.url));

/** The first complete JSON object in a text, found by bracket matching. */
function firstJsonObject(text: string): unknown {
  const start = text.indexOf('{\n"assistant"');
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return JSON.parse(text.slice(start, i + 1));
  }
  throw new Error('no JSON object found');
}

describe('the seed response example', () => {
  const seed = JSON.parse(readFileSync(vendoredSeed, 'utf8'));

  it('validates against AssistantResponse except for the placeholder timestamps', () => {
    expect(problems(createAjv(spec), '#/components/schemas/AssistantResponse', seed)).toEqual([
      '/assistant/created_at must be string',
      '/assistant/updated_at must be string',
    ]);
  });

  it('validates fully once the timestamps are real', () => {
    const fixed = structuredClone(seed);
    fixed.assistant.created_at = '2026-01-01T00:00:00Z';
    fixed.assistant.updated_at = '2026-01-02T00:00:00.5Z';
    expect(problems(createAjv(spec), '#/components/schemas/AssistantResponse', fixed)).toEqual([]);
  });

  // The fixture is a copy so that a clone without shared/ can run the suite;
  // where shared/ is present, and always in CI, prove the copy is faithful.
  it.runIf(existsSync(seedPath) || Boolean(process.env.CI))('fixture is the JSON printed on the seed page', () => {
    expect(firstJsonObject(readFileSync(seedPath, 'utf8'))).toEqual(seed);
  });
});
