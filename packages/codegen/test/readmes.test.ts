// The READMEs' method tables: a row per operation of the model, in both
// READMEs, and nothing outside the markers touched.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel, loadPolicy } from '@revoxai/spec';
import { readmeFiles } from '../src/targets/readmes.mjs';
import { ROOT } from '../src/files.mjs';

const model = loadModel();
const files = readmeFiles({ model, policy: loadPolicy() });
const tableOf = (text: string) => text.slice(text.indexOf('<!-- The table below'), text.indexOf('<!-- End of the generated table. -->'));

describe('the method tables', () => {
  it('list every operation once, in both READMEs, with its request and retry class', () => {
    for (const [path, text] of files) {
      const rows = tableOf(text)
        .split('\n')
        .filter((line) => line.startsWith('| `'));
      expect(rows, path).toHaveLength(model.operations.length);
      for (const [i, o] of model.operations.entries()) {
        expect(rows[i], path).toContain(`\`${o.method} ${o.path}\``);
        expect(rows[i]!.endsWith(o.idempotent ? '| yes |' : 'when the server did not act |'), `${path} ${o.id}`).toBe(true);
      }
    }
    expect(tableOf(files.get('packages/sdk/README.md')!)).toContain(
      '| `call.list({ page, page_size })` | `GET /call` | `CallListResponse` { calls }; `for await` walks every page | yes |',
    );
    expect(tableOf(files.get('packages/ruby/README.md')!)).toContain(
      '| `call.create(**params)` | `POST /call` | `Revox::Model` { call } | **no**: only after a 429, a 503 or a refused connection, when the server did not act |',
    );
  });

  it('leave the hand-written rest of each README as it is', () => {
    for (const [path, text] of files) {
      const onDisk = readFileSync(`${ROOT}${path}`, 'utf8');
      expect(text.replace(tableOf(text), '')).toBe(onDisk.replace(tableOf(onDisk), ''));
    }
  });

  it('a new operation gets its row without an edit', () => {
    const retrieveCall = model.operations.find((o) => o.id === 'retrieveCall')!;
    const extra = {
      ...retrieveCall,
      id: 'cancelCall',
      method: 'DELETE',
      sdk: { ...retrieveCall.sdk, name: 'call.cancel', method: 'cancel' },
    };
    const withIt = readmeFiles({ model: { ...model, operations: [...model.operations, extra] }, policy: loadPolicy() });
    expect(tableOf(withIt.get('packages/ruby/README.md')!)).toContain('| `call.cancel(id)` | `DELETE /call/{id}` |');
  });
});
