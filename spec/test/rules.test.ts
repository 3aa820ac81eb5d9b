// The lint configuration, exercised through the real Redocly CLI on fixture
// specs, so that each project rule and each stricter setting is shown to fire.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const specDir = fileURLToPath(new URL('..', import.meta.url));
const redocly = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
const run = promisify(execFile);
const FIXTURES = ['rule-violations.yaml', 'wrong-example.yaml'];

interface Problem {
  ruleId: string;
  pointer: string;
}

/** Problems by fixture, from one run of the CLI over all fixtures (a CLI start costs seconds on a busy machine). */
const problemsByFixture = new Map<string, Problem[]>();

beforeAll(async () => {
  const result = await run(process.execPath, [redocly, 'lint', ...FIXTURES.map((f) => `test/fixtures/${f}`), '--format=json'], {
    cwd: specDir,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    maxBuffer: 16 * 1024 * 1024,
  }).catch((failure) => failure); // a failing lint exits non-zero; its report is still on stdout
  for (const fixture of FIXTURES) problemsByFixture.set(fixture, []);
  // With several files the JSON format prints one document per file, joined as a `}{` line.
  const reports = String(result.stdout)
    .replace(/^\}\{$/gm, '}\n\u0000{')
    .split('\u0000');
  for (const p of reports.flatMap((report) => JSON.parse(report).problems)) {
    const fixture = FIXTURES.find((f) => String(p.location[0].source.ref).endsWith(f))!;
    problemsByFixture.get(fixture)!.push({ ruleId: p.ruleId, pointer: p.location[0].pointer });
  }
}, 60_000);

const lint = (fixture: string): Problem[] => problemsByFixture.get(fixture) ?? [];

describe('lint rules', () => {
  it('revox/described-schemas and revox/null-explained report each undocumented place', () => {
    const problems = lint('rule-violations.yaml');
    expect(problems).toEqual(
      expect.arrayContaining([
        { ruleId: 'revox/described-schemas', pointer: '#/components/schemas/Thing' },
        { ruleId: 'revox/described-schemas', pointer: '#/components/schemas/Thing/properties/label' },
        { ruleId: 'revox/null-explained', pointer: '#/components/schemas/Thing/properties/note' },
      ]),
    );
    // `owner` explains null and `described_by_ref` inherits its component's description.
    const flagged = problems.map((p) => p.pointer);
    expect(flagged).not.toContain('#/components/schemas/Thing/properties/owner');
    expect(flagged).not.toContain('#/components/schemas/Thing/properties/described_by_ref');
  });

  it('revox/path-id-404, revox/idempotency-declared and revox/operation-examples report what a new operation forgot', () => {
    const problems = lint('rule-violations.yaml');
    expect(problems).toEqual(
      expect.arrayContaining([
        { ruleId: 'revox/path-id-404', pointer: '#/paths/~1things~1{id}/delete/responses' },
        { ruleId: 'revox/idempotency-declared', pointer: '#/paths/~1things/post' },
        { ruleId: 'revox/idempotency-declared', pointer: '#/paths/~1things~1{id}/delete' },
        { ruleId: 'revox/operation-examples', pointer: '#/paths/~1things/post/requestBody' },
        { ruleId: 'revox/operation-examples', pointer: '#/paths/~1things~1{id}/get/responses/200' },
      ]),
    );
    const flagged = problems.map((p) => `${p.ruleId} ${p.pointer}`);
    expect(flagged).not.toContain('revox/path-id-404 #/paths/~1things~1{id}/get/responses'); // it declares 404
    expect(flagged).not.toContain('revox/operation-examples #/paths/~1things/post/responses/200'); // it has one
  });

  it('revox/sdk-name-declared and revox/pagination-declared report an operation without an SDK name, a shared one, and paging that points nowhere', () => {
    const problems = lint('rule-violations.yaml');
    expect(problems).toEqual(
      expect.arrayContaining([
        { ruleId: 'revox/sdk-name-declared', pointer: '#/paths/~1things/post' },
        { ruleId: 'revox/pagination-declared', pointer: '#/paths/~1things~1{id}/get/x-revox-pagination' },
      ]),
    );
    const duplicates = problems.filter((p) => p.ruleId === 'revox/sdk-name-declared' && p.pointer.endsWith('/x-revox-sdk'));
    expect(duplicates).toHaveLength(1); // the second of the two operations named things.delete
    // `page` is a query parameter of getThing (declared on its path); `limit` is not, and there is no `things` array: two reports, not three.
    expect(problems.filter((p) => p.ruleId === 'revox/pagination-declared')).toHaveLength(2);
  });

  it('revox/open-enum reports a known value the description does not name and an enum that closes the list', () => {
    const problems = lint('rule-violations.yaml').filter((p) => p.ruleId === 'revox/open-enum');
    expect(problems).toEqual([
      { ruleId: 'revox/open-enum', pointer: '#/components/schemas/Thing/properties/mode/x-revox-known-values' },
      { ruleId: 'revox/open-enum', pointer: '#/components/schemas/Thing/properties/colour/x-revox-known-values' },
    ]); // `size` names its value and is a nullable string: fine
  });

  it('revox/request-body-component reports a request body written inline, and only that one', () => {
    expect(lint('rule-violations.yaml').filter((p) => p.ruleId === 'revox/request-body-component')).toEqual([
      { ruleId: 'revox/request-body-component', pointer: '#/paths/~1things~1{id}/put/requestBody/content/application~1json/schema' },
    ]); // createThing's body is a $ref: fine
  });

  it('an example that breaks its schema is an error', () => {
    expect(lint('wrong-example.yaml')).toContainEqual({
      ruleId: 'no-invalid-media-type-examples',
      pointer: '#/paths/~1things~1{id}/patch/requestBody/content/application~1json/example/count',
    });
  });
});
