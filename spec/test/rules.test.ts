// The lint configuration, exercised through the real Redocly CLI on fixture
// specs, so that each project rule and each stricter setting is shown to fire.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const specDir = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

interface Problem {
  ruleId: string;
  pointer: string;
}

async function lint(fixture: string): Promise<Problem[]> {
  const result = await run('npx', ['--no-install', 'redocly', 'lint', `test/fixtures/${fixture}`, '--format=json'], {
    cwd: specDir,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  }).catch((failure) => failure); // a failing lint exits non-zero; its report is still on stdout
  const report = JSON.parse(result.stdout);
  return report.problems.map((p: any) => ({ ruleId: p.ruleId, pointer: p.location[0].pointer }));
}

describe('lint rules', () => {
  it('revox/described-schemas and revox/null-explained report each undocumented place', async () => {
    const problems = await lint('rule-violations.yaml');
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

  it('an example that breaks its schema is an error', async () => {
    expect(await lint('wrong-example.yaml')).toContainEqual({
      ruleId: 'no-invalid-media-type-examples',
      pointer: '#/paths/~1things~1{id}/patch/requestBody/content/application~1json/example/count',
    });
  });
});
