// The method tables of the two SDK READMEs: one row per operation, written
// between two markers, so a new operation is listed in both without an edit
// and a hand edit inside the markers fails the drift check. The rest of each
// README is hand-written.
import { readFileSync } from 'node:fs';
import { ROOT } from '../files.mjs';
import { fieldPreview } from '../signatures.mjs';
import { rubyParameters, rubyReturns } from './ruby.mjs';
import { methodSignature } from './sdk.mjs';

/** @typedef {import('@revoxai/spec').Operation} Operation */

const START = '<!-- The table below is generated from the spec by packages/codegen (npm run generate); change the spec, not the table. -->';
const END = '<!-- End of the generated table. -->';
const RETRIED = 'retried after a timeout, a dropped connection or a 5xx?';

/** @param {{ model: import('@revoxai/spec').Model, policy: import('@revoxai/spec').Policy }} input */
export function readmeFiles({ model, policy }) {
  /** Whether an operation is sent again when the server may have acted: the policy in words. @param {Operation} o */
  const retried = (o) => {
    if (o.idempotent) return 'yes';
    const when = [...policy.retry.nonIdempotent.statuses.map((s) => `a ${s}`), 'a refused connection'];
    return `**no**: only after ${when.slice(0, -1).join(', ')} or ${when.at(-1)}, when the server did not act`;
  };
  const code = (/** @type {string} */ text) => `\`${text}\``;
  const typescript = model.operations.map((o) => {
    const args = methodSignature(o)
      .params.filter((p) => p.name !== 'options')
      .map((p) =>
        p.name === 'query'
          ? `{ ${o.query.map((q) => `${q.name}${q.required ? '' : '?'}`).join(', ')} }`
          : `${p.name}${p.optional ? '?' : ''}`,
      );
    const answer = o.success.json ? `${code(o.sdk.types.response)}${fieldPreview(o.success.fields)}` : 'the bytes, as a `Blob`';
    return [
      code(`${o.sdk.name}(${args.join(', ')})`),
      code(`${o.method} ${o.path}`),
      o.pagination ? `${answer}; \`for await\` walks every page` : answer,
      retried(o),
    ];
  });
  const ruby = model.operations.map((o) => {
    const args = rubyParameters(o).filter((p) => !p.startsWith('request_options'));
    const answer = `${code(rubyReturns(o))}${o.success.json ? fieldPreview(o.success.fields) : ', the bytes'}`;
    return [
      code(`${o.sdk.name}${args.length ? `(${args.join(', ')})` : ''}`),
      code(`${o.method} ${o.path}`),
      o.pagination ? `${answer}; \`each\` walks every page` : answer,
      retried(o),
    ];
  });
  return new Map([
    ['packages/sdk/README.md', withTable('packages/sdk/README.md', ['method', 'request', 'resolves to', RETRIED], typescript)],
    ['packages/ruby/README.md', withTable('packages/ruby/README.md', ['method', 'request', 'returns', RETRIED], ruby)],
  ]);
}

/** The README with the table between its markers. @param {string} path @param {string[]} header @param {string[][]} rows */
function withTable(path, header, rows) {
  const text = readFileSync(`${ROOT}${path}`, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start)
    throw new Error(`${path}: the method table's markers are missing; put these two lines where it goes:\n${START}\n${END}`);
  const line = (/** @type {string[]} */ cells) => `| ${cells.join(' | ')} |`;
  const table = [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
  return `${text.slice(0, start)}${START}\n${table}\n${text.slice(end)}`;
}
