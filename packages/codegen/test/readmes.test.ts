// The READMEs' generated blocks: a method table row per operation of the
// plan, the options with their defaults and meanings, the error classes and
// the retry rules, each in every SDK's README, and nothing outside the
// markers touched.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../src/index.mjs';
import { ROOT } from '../src/files.mjs';
import { readmeFiles } from '../src/targets/readmes.mjs';

const plan = loadPlan();
const files = readmeFiles({ plan });
const blockOf = (text: string, name: string) =>
  text.slice(text.indexOf(`<!-- generated:${name} `), text.indexOf(`<!-- /generated:${name} -->`));
const generated = (text: string) =>
  ['methods', 'options', 'errors', 'retries'].reduce((rest, name) => rest.replace(blockOf(text, name), ''), text);

describe('the method tables', () => {
  it('list every operation once, in every README, with its request and retry class', () => {
    for (const [path, text] of files) {
      const rows = blockOf(text, 'methods')
        .split('\n')
        .filter((line) => line.startsWith('| `'));
      expect(rows, path).toHaveLength(plan.operations.length);
      for (const [i, o] of plan.operations.entries()) {
        expect(rows[i], path).toContain(`\`${o.http.method} ${o.http.path}\``);
        expect(rows[i]!.endsWith(o.idempotent ? '| yes |' : 'when the server did not act |'), `${path} ${o.id}`).toBe(true);
      }
    }
    expect(blockOf(files.get('packages/sdk/README.md')!, 'methods')).toContain(
      '| `call.list({ page, page_size })` | `GET /call` | `CallListResponse` { calls }; `for await` walks every page | yes |',
    );
    expect(blockOf(files.get('packages/ruby/README.md')!, 'methods')).toContain(
      '| `call.create(phone_number:, **params)` | `POST /call` | `Revox::Model` { call } | **no**: only after a 429, a 503 or a refused connection, when the server did not act |',
    );
    expect(blockOf(files.get('packages/ruby/README.md')!, 'methods')).toContain('| `voices.preview(provider:, voice_id:, **params)` |');
    const python = blockOf(files.get('packages/python/README.md')!, 'methods');
    expect(python).toContain(
      '| `call.list(*, page, page_size)` | `GET /call` | `SyncCallListPage` { calls }; iterating walks every page | yes |',
    );
    expect(python).toContain(
      '| `assistants.update(id, *, ...)` | `PATCH /assistants/{id}` | `AssistantUpdateResponse` { assistant } | yes |',
    );
    expect(python).toContain(
      '| `voices.preview(*, provider, voice_id, ...)` | `POST /voices/preview` | `VoicePreviewResponse`, a `BinaryResponse`: the bytes | yes |',
    );
  });

  it('a new operation gets its row without an edit', () => {
    const retrieveCall = plan.operations.find((o) => o.id === 'retrieveCall')!;
    const extra = {
      ...retrieveCall,
      id: 'cancelCall',
      http: { method: 'DELETE', path: '/call/{id}' },
      sdkName: 'call.cancel',
      method: 'cancel',
    };
    const withIt = readmeFiles({ plan: { ...plan, operations: [...plan.operations, extra] } });
    expect(blockOf(withIt.get('packages/ruby/README.md')!, 'methods')).toContain('| `call.cancel(id)` | `DELETE /call/{id}` |');
  });
});

describe('the policy blocks', () => {
  it("state each option with its default in the language's own name and unit", () => {
    const ts = blockOf(files.get('packages/sdk/README.md')!, 'options');
    const ruby = blockOf(files.get('packages/ruby/README.md')!, 'options');
    const { defaults } = plan.policy;
    expect(ts).toContain(`| \`timeout\` | \`${defaults.timeoutMs}\` (ms) |`);
    expect(ruby).toContain(`| \`timeout\` | \`${defaults.timeoutMs / 1000}\` (s) |`);
    expect(ts).toContain(`| \`retryDelay.initialMs\` | \`${defaults.initialRetryDelayMs}\` (ms) |`);
    expect(ruby).toContain(`| \`initial_retry_delay\` | \`${defaults.initialRetryDelayMs / 1000}\` (s) |`);
    const python = blockOf(files.get('packages/python/README.md')!, 'options');
    expect(python).toContain(`| \`max_retry_after\` | \`${defaults.maxRetryAfterMs / 1000}\` (s) |`);
    for (const meaning of Object.values(plan.policy.options).map((o) => o.meaning)) {
      expect(ts).toContain(meaning);
      expect(ruby).toContain(meaning);
    }
  });

  it("name each language's error classes, and the retry rules from the policy", () => {
    expect(blockOf(files.get('packages/sdk/README.md')!, 'errors')).toContain('| `APIConnectionTimeoutError` |');
    expect(blockOf(files.get('packages/ruby/README.md')!, 'errors')).toContain('| `APITimeoutError` |');
    const python = blockOf(files.get('packages/python/README.md')!, 'errors');
    expect(python).toContain('| `APITimeoutError` |');
    // Python's invalid answer is its own row (plain APIError), not the status class's.
    expect(python).toContain('| `APIStatusError` | any other status, a redirect (never followed) |');
    expect(python).toContain('| `APIError` | a success answer that is not what the operation documents');
    expect(python).toContain('| `TypeError` | an unknown keyword, or a required one left out');
    const retries = blockOf(files.get('packages/ruby/README.md')!, 'retries');
    // The operations never re-sent are named from the plan, each once, and only those.
    const allBut = /\(all but (.*?)\)/.exec(retries)?.[1] ?? '';
    expect(allBut).toMatch(/^`[^`]+`(, `[^`]+`)*( and `[^`]+`)?$/);
    for (const o of plan.operations) expect(allBut.includes(`\`${[...o.resource, o.method].join('.')}\``)).toBe(!o.idempotent);
    expect(plan.operations.some((o) => !o.idempotent)).toBe(true);
    expect(retries).toContain(`minus up to ${plan.policy.retry.jitter * 100} % at random`);
    expect(retries).toContain('never follows a redirect');
  });

  it('leave the hand-written rest of each README as it is', () => {
    for (const [path, text] of files) expect(generated(text)).toBe(generated(readFileSync(`${ROOT}${path}`, 'utf8')));
  });
});
