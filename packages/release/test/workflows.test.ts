// The GitHub Actions workflows cannot run here, so they are checked two ways:
// against SchemaStore's workflow schema, which @action-validator/core carries
// inside its wasm build (nothing is downloaded), and for what no schema can
// know: that they call the entry and the npm scripts this repository has,
// with the Node lines, environment and permissions we mean.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const workflowsDir = join(root, '.github', 'workflows');
const files = readdirSync(workflowsDir)
  .filter((name) => name.endsWith('.yml'))
  .sort();
const source = (file: string) => readFileSync(join(workflowsDir, file), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  strategy?: { matrix: Record<string, unknown[]> };
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  env: Record<string, string>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}
const workflow = (file: string): Workflow => parse(source(file));

/**
 * Schema violations as `path: title (detail)`. A value that fails a oneOf is
 * reported by its closest branch only (the one whose type it has, with the
 * fewest errors): that is the form its author meant, and the others only add
 * noise such as "runs-on is not allowed" for a job that lacks runs-on.
 */
function schemaProblems(errors: ValidationError[]): string[] {
  const distance = (branch: { errors: ValidationError[] }) =>
    1000 * branch.errors.filter((e) => e.code === 'wrong_type').length + branch.errors.length;
  return errors.flatMap((error) => {
    const branches = 'states' in error ? (error.states ?? []) : [];
    if (branches.length) return schemaProblems([...branches].sort((a, b) => distance(a) - distance(b))[0]!.errors);
    const path = ('path' in error && error.path) || '/';
    return [`${path}: ${error.title}${error.detail ? ` (${error.detail})` : ''}`];
  });
}
const validate = (yamlSource: string) => schemaProblems(validateWorkflow(yamlSource).errors);

const rootScripts: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
const workspaceScripts: Record<string, Record<string, string>> = Object.fromEntries(
  JSON.parse(execFileSync('npm', ['query', '.workspace'], { cwd: root, encoding: 'utf8' })).map(
    (pkg: { name: string; scripts?: Record<string, string> }) => [pkg.name, pkg.scripts ?? {}],
  ),
);

/** The shell commands of a workflow: its `run` steps, and what changesets/action runs for it. */
function commands(w: Workflow): { job: string; command: string }[] {
  return Object.entries(w.jobs).flatMap(([job, { steps = [] }]) =>
    steps.flatMap((step) => {
      const action = step.uses?.startsWith('changesets/action@') ? [step.with?.version, step.with?.publish] : [];
      return [step.run, ...action].filter((command): command is string => typeof command === 'string').map((command) => ({ job, command }));
    }),
  );
}

/**
 * Each `npm run <script>` (and `npm test`) in the workflows that names no
 * script, following the root scripts they call into the scripts those call.
 * Returns the calls that resolve to nothing, and the root scripts reached.
 */
function npmScripts(workflows: Record<string, Workflow>) {
  const missing: string[] = [];
  const reached = new Set<string>();
  const follow = (command: string, where: string) => {
    for (const [call, run, test, workspace] of command.matchAll(/\bnpm (?:run ([\w:-]+)|(test)\b)(?: -w (\S+))?/g)) {
      const script = (run ?? test)!;
      const body = (workspace ? workspaceScripts[workspace] : rootScripts)?.[script];
      if (body === undefined) missing.push(`${where}: \`${call}\` names no script`);
      else if (!workspace && !reached.has(script)) {
        reached.add(script);
        follow(body, `package.json script "${script}"`);
      }
    }
  };
  for (const [file, w] of Object.entries(workflows)) for (const { job, command } of commands(w)) follow(command, `${file} job ${job}`);
  return { missing, reached: [...reached].sort() };
}

const workflows = Object.fromEntries(files.map((file) => [file, workflow(file)]));

it('the repository has the CI, release and docs workflows', () => {
  expect(files).toEqual(['ci.yml', 'docs.yml', 'release.yml']);
});

it.each(files)('%s is valid by the GitHub workflow schema', (file) => {
  expect(validate(source(file))).toEqual([]);
});

describe('a broken workflow is refused, naming the problem', () => {
  it('a job without runs-on', () => {
    const broken = workflow('ci.yml');
    delete (broken.jobs.test as Record<string, unknown>)['runs-on'];
    expect(validate(stringify(broken))).toEqual(['/jobs/test/runs-on: This property is required']);
  });

  it('an event GitHub does not have', () => {
    const broken = workflow('ci.yml');
    broken.on.pull_requests = broken.on.pull_request;
    delete broken.on.pull_request;
    expect(validate(stringify(broken))).toEqual([
      "/on: Property conditions are not met (Additional property 'pull_requests' is not allowed)",
    ]);
  });

  it('a step with both uses and run', () => {
    const broken = workflow('ci.yml');
    broken.jobs.test!.steps![0]!.run = 'npm ci';
    expect(validate(stringify(broken))).toEqual(['/jobs/test/steps/0: OneOf conditions are not met']);
  });

  it('a run step calling an npm script that does not exist', () => {
    const broken = workflow('docs.yml');
    broken.jobs.build!.steps!.find((step) => step.run === 'npm run build')!.run = 'npm run biuld';
    expect(npmScripts({ 'docs.yml': broken }).missing).toEqual(['docs.yml job build: `npm run biuld` names no script']);
  });
});

it('every npm script the workflows call exists, and so does every script those call', () => {
  const { missing, reached } = npmScripts(workflows);
  expect(missing).toEqual([]);
  // Which scripts the check followed, so a regex that stopped matching fails here.
  expect(reached).toEqual(['build', 'generate', 'release', 'version-packages']);
});

it('CI runs .ci/run, the one local entry, on Node 20, 22 and 24', () => {
  const { test } = workflows['ci.yml']!.jobs;
  expect(test!.strategy!.matrix.node).toEqual([20, 22, 24]);
  expect(test!.steps!.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toEqual({
    'node-version': '${{ matrix.node }}',
    cache: 'npm',
  });
  expect(test!.steps!.at(-1)).toEqual({ run: 'bash .ci/run' });
  // .ci/run, in turn, ends in the README's test command.
  expect(
    readFileSync(join(root, '.ci', 'run'), 'utf8')
      .trim()
      .split('\n')
      .at(-1),
  ).toBe('npm test');
});

it('every workflow has the environment .ci/run exports, and CI=true', () => {
  const exported = readFileSync(join(root, '.ci', 'run'), 'utf8')
    .match(/^export (.+)$/m)![1]!
    .split(' ')
    .map((pair) => pair.split('='));
  const expected = { CI: 'true', ...Object.fromEntries(exported) };
  for (const file of files) expect(workflows[file]!.env, file).toEqual(expected);
});

it('permissions: read-only by default, and a job gets only the writes it needs', () => {
  const granted = Object.entries(workflows).flatMap(([file, w]) =>
    Object.entries(w.jobs)
      .filter(([, job]) => job.permissions)
      .map(([name, job]) => [`${file} ${name}`, job.permissions]),
  );
  for (const file of files) expect(workflows[file]!.permissions, file).toEqual({ contents: 'read' });
  expect(Object.fromEntries(granted)).toEqual({
    'docs.yml deploy': { pages: 'write', 'id-token': 'write' },
    'release.yml npm': { contents: 'write', 'pull-requests': 'write', 'id-token': 'write' },
  });
});

it('the release publishes with provenance', () => {
  const changesets = workflows['release.yml']!.jobs.npm!.steps!.find((step) => step.uses?.startsWith('changesets/action@')) as Step & {
    env: Record<string, string>;
  };
  expect(changesets.env.NPM_CONFIG_PROVENANCE).toBe('true');
  expect(rootScripts.release).toMatch(/\bchangeset publish\b/);
});

it('Pages gets the folder the docs build writes the API reference to', () => {
  const upload = workflows['docs.yml']!.jobs.build!.steps!.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
  expect(existsSync(join(root, String(upload?.with?.path), 'index.html'))).toBe(true);
});
