// The parts of each SDK's README that state facts of the plan: the method
// table (one row per operation), the client options with their defaults and
// meanings, the error classes, and the retry rules. Each is written between
// two markers, `<!-- generated:NAME … -->` and `<!-- /generated:NAME -->`, so
// a new operation or a changed policy value reaches every README without an
// edit, and a hand edit inside the markers fails the drift check. The rest of
// each README is hand-written.
import { readFileSync } from 'node:fs';
import { ROOT } from '../files.mjs';
import { fieldPreview } from '../signatures.mjs';
import { pythonParameters, pythonPath, pythonReturns } from './python.mjs';
import { rubyParameters, rubyReturns } from './ruby.mjs';
import { tsName, typescriptMethod } from './sdk.mjs';

/**
 * @typedef {import('../plan/index.mjs').Plan} Plan
 * @typedef {import('../plan/index.mjs').OperationPlan} OperationPlan
 * @typedef {import('../plan/index.mjs').PolicyPlan} PolicyPlan
 */

const RETRIED = 'retried after a timeout, a dropped connection or a 5xx?';
const code = (/** @type {string} */ text) => `\`${text}\``;
const table = (/** @type {string[]} */ header, /** @type {string[][]} */ rows) => {
  const line = (/** @type {string[]} */ cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
};

/**
 * How each README spells the plan: its path, its language's name in the
 * policy, how it writes a method's call and answer, and the words for the
 * client and for raising.
 * @type {Record<string, { path: string, language: string, call: (o: OperationPlan) => string, answer: (o: OperationPlan) => string, walk: string, client: string, fails: string }>}
 */
export const READMES = {
  typescript: {
    path: 'packages/sdk/README.md',
    language: 'typescript',
    call: (o) => {
      const args = typescriptMethod(o)
        .params.filter((p) => p.name !== 'options')
        .map((p) =>
          p.name === 'query'
            ? `{ ${o.params.map((q) => `${q.wire}${q.required ? '' : '?'}`).join(', ')} }`
            : `${p.name}${p.optional ? '?' : ''}`,
        );
      return `${[...o.resource, o.method].map(tsName).join('.')}(${args.join(', ')})`;
    },
    answer: (o) =>
      ({
        json: `${code(o.types.response ?? '')}${fieldPreview(o.answer.fields)}`,
        binary: 'the bytes, as a `Blob`',
        empty: 'nothing (`undefined`)',
      })[o.answer.kind],
    walk: '`for await` walks every page',
    client: 'the SDK',
    fails: 'throws',
  },
  ruby: {
    path: 'packages/ruby/README.md',
    language: 'ruby',
    call: (o) => {
      const args = rubyParameters(o).filter((p) => !p.startsWith('request_options') && !p.endsWith(': nil'));
      const optional = o.params.some((p) => !p.required) ? ['**params'] : [];
      const all = [...args, ...optional];
      return `${[...o.resource, o.method].join('.')}${all.length ? `(${all.join(', ')})` : ''}`;
    },
    answer: (o) => `${code(rubyReturns(o))}${{ json: fieldPreview(o.answer.fields), binary: ', the bytes', empty: '' }[o.answer.kind]}`,
    walk: '`each` walks every page',
    client: 'the gem',
    fails: 'raises',
  },
  python: {
    path: 'packages/python/README.md',
    language: 'python',
    call: (o) => {
      const parameters = pythonParameters(o);
      const positional = parameters.filter((p) => p.kind === 'positional').map((p) => p.name);
      const required = parameters.filter((p) => p.kind === 'keyword' && p.required).map((p) => p.name);
      const optional = parameters.some((p) => p.kind === 'keyword' && !p.required) ? ['...'] : [];
      const keywords = [...required, ...optional];
      return `${pythonPath(o)}(${[...positional, ...(keywords.length ? ['*', ...keywords] : [])].join(', ')})`;
    },
    answer: (o) =>
      ({
        json: `${code(pythonReturns(o))}${fieldPreview(o.answer.fields)}`,
        binary: `${code(pythonReturns(o))}, a \`BinaryResponse\`: the bytes`,
        empty: '`None`',
      })[o.answer.kind],
    walk: 'iterating walks every page',
    client: 'the package',
    fails: 'raises',
  },
};

/** @param {{ plan: Plan }} input */
export function readmeFiles({ plan }) {
  return new Map(
    Object.values(READMES).map((readme) => {
      const blocks = {
        methods: methodTable(plan, readme),
        options: optionsTable(plan.policy, readme.language),
        errors: errorsTable(plan.policy, readme.language),
        retries: retryRules(plan, readme),
      };
      return [readme.path, withBlocks(readme.path, blocks)];
    }),
  );
}

/** Whether an operation is sent again when the server may have acted: the policy in words. @param {PolicyPlan} policy @param {OperationPlan} o */
function retried(policy, o) {
  if (o.idempotent) return 'yes';
  const when = [...policy.retry.nonIdempotentStatuses.map((s) => `a ${s}`), 'a refused connection'];
  return `**no**: only after ${when.slice(0, -1).join(', ')} or ${when.at(-1)}, when the server did not act`;
}

/** @param {Plan} plan @param {(typeof READMES)[string]} readme */
function methodTable(plan, readme) {
  const header = ['method', 'request', readme.language === 'typescript' ? 'resolves to' : 'returns', RETRIED];
  const rows = plan.operations.map((o) => {
    const answer = readme.answer(o);
    return [
      code(readme.call(o)),
      code(`${o.http.method} ${o.http.path}`),
      o.paging ? `${answer}; ${readme.walk}` : answer,
      retried(plan.policy, o),
    ];
  });
  return table(header, rows);
}

/** A duration of the policy (ms) as a language counts it. @param {number} ms @param {'ms' | 's'} unit */
const duration = (ms, unit) => (unit === 'ms' ? `${ms}` : `${ms / 1000}`);

/** @param {PolicyPlan} policy @param {string} language */
function optionsTable(policy, language) {
  const { options: names, durations } = policy.languages[language];
  const { defaults: d, env, options } = policy;
  const unit = durations === 'ms' ? 'ms' : 's';
  const quoted = (/** @type {string} */ s) => code(language === 'typescript' ? `'${s}'` : `"${s}"`);
  /** @type {Record<string, string>} */
  const defaults = {
    apiKey: `env ${code(env.apiKey)}`,
    baseUrl: `env ${code(env.baseUrl)}, else ${code(d.baseUrl)}`,
    timeout: `${code(duration(d.timeoutMs, durations))} (${unit})`,
    maxRetries: code(String(d.maxRetries)),
    initialRetryDelay: `${code(duration(d.initialRetryDelayMs, durations))} (${unit})`,
    maxRetryDelay: `${code(duration(d.maxRetryDelayMs, durations))} (${unit})`,
    maxRetryAfter: `${code(duration(d.maxRetryAfterMs, durations))} (${unit})`,
    logLevel: `env ${code(env.logLevel)}, else ${quoted(d.logLevel)}: ${policy.logLevels.map(quoted).join(', ')}`,
    maxResponseBytes: `${code(String(d.maxResponseBytes.json))} (${d.maxResponseBytes.json / 2 ** 20} MiB) for JSON, ${code(String(d.maxResponseBytes.binary))} (${d.maxResponseBytes.binary / 2 ** 20} MiB) for audio`,
  };
  const rows = Object.entries(names).map(([key, name]) => [
    code(name),
    /** @type {string} */ (defaults[key]),
    /** @type {string} */ (options[key]?.meaning),
  ]);
  return table(['option', 'default', 'meaning'], rows);
}

/** @param {PolicyPlan} policy @param {string} language */
function errorsTable(policy, language) {
  const { errors: names } = policy.languages[language];
  const { byStatus, serverError } = policy.errors;
  const { idempotentStatuses, idempotentFrom, nonIdempotentStatuses } = policy.retry;
  const retriedStatus = (/** @type {number} */ s) =>
    idempotentStatuses.includes(s) || s >= idempotentFrom
      ? nonIdempotentStatuses.includes(s)
        ? 'yes, every operation'
        : 'yes (idempotent operations)'
      : 'no';
  const short = (/** @type {string} */ name) => code(name.split('::').at(-1) ?? name);
  const rows = [
    ...Object.entries(byStatus).map(([status, name]) => [code(name), status, retriedStatus(Number(status))]),
    [
      code(serverError),
      `${idempotentFrom} and above`,
      `yes (idempotent operations; ${nonIdempotentStatuses.filter((s) => s >= idempotentFrom).join(', ')} every operation)`,
    ],
    [
      short(names.status),
      `any other status, a redirect (never followed)${names.invalidAnswer === names.status ? ', or a success answer that is not what the operation documents' : ''}`,
      `only ${idempotentStatuses.filter((s) => !byStatus[s]).join(', ')} (idempotent operations)`,
    ],
    ...(names.invalidAnswer && names.invalidAnswer !== names.status
      ? [
          [
            short(names.invalidAnswer),
            'a success answer that is not what the operation documents (no body, or not JSON, where JSON is documented); the base of the other API errors',
            'no',
          ],
        ]
      : []),
    [
      short(names.connection),
      'no whole answer: DNS, a refused, reset or dropped connection, TLS, a body cut short',
      'yes (idempotent operations; a refused connection for every operation)',
    ],
    [short(names.timeout), 'an attempt took longer than the timeout', 'yes (idempotent operations)'],
    [short(names.tooLarge), 'an answer larger than the size limit: reading stopped', 'no'],
    [short(names.invalidRequest), 'input refused before sending, naming the field', 'never (nothing was sent)'],
    ...(names.configuration !== names.base
      ? [[short(names.configuration), 'an option that cannot work, or no API key, naming the option', 'never (nothing was sent)']]
      : []),
    ...(names.unknownKeyword
      ? [
          [
            code(names.unknownKeyword),
            `an unknown keyword, or a required one left out (${short(names.missingKeyword ?? names.unknownKeyword)}), naming it`,
            'never (nothing was sent)',
          ],
        ]
      : []),
    ...(names.aborted ? [[short(names.aborted), 'your `signal` fired', 'never']] : []),
  ];
  return table(['class', 'when', 'retried'], rows);
}

/** @param {Plan} plan @param {(typeof READMES)[string]} readme */
function retryRules(plan, readme) {
  const { policy } = plan;
  const { options: names, durations } = policy.languages[readme.language];
  const { defaults: d, retry, headers } = policy;
  const unit = durations === 'ms' ? ' ms' : ' s';
  const at = (/** @type {number} */ ms) => `${duration(ms, durations)}${unit}`;
  const once = plan.operations.filter((o) => !o.idempotent).map((o) => code(readme.call(o).replace(/\(.*$/, '')));
  const first = d.initialRetryDelayMs * (1 - retry.jitter);
  return [
    `- **Idempotent operations** (${once.length ? `all but ${listed(once)}` : 'all of them'}): ${lowerFirst(retry.meaning.idempotent)} At most ${code(names.maxRetries ?? '')} retries (default ${d.maxRetries}, so at most ${d.maxRetries + 1} attempts).`,
    ...(once.length
      ? [
          `- **${listed(once)}**: ${lowerFirst(retry.meaning.nonIdempotent)} After a refused connection, ${retry.nonIdempotentStatuses.join(' or ')}, the request provably did nothing.`,
        ]
      : []),
    '',
    `The wait before retry *n* is ${code(names.initialRetryDelay ?? '')} × 2^(n−1) (default ${at(d.initialRetryDelayMs)}), at most ${code(names.maxRetryDelay ?? '')} (${at(d.maxRetryDelayMs)}), minus up to ${retry.jitter * 100} % at random so that many clients do not retry in step: between ${at(first)} and ${at(d.initialRetryDelayMs)} before the first retry. When the server says how long to wait (${code(headers.retryAfterMs)} in milliseconds, or ${code('Retry-After')} in seconds or as an HTTP date), ${readme.client} waits exactly that, up to ${code(names.maxRetryAfter ?? '')} (${at(d.maxRetryAfterMs)}); a longer wait ${readme.fails} the error at once, with the header on it.`,
    '',
    `${readme.client[0]?.toUpperCase()}${readme.client.slice(1)} never follows a redirect: a 3xx ${readme.fails} an error and is not retried, so a request is never sent again because a server pointed elsewhere. Each attempt carries ${code(`${headers.attempt}: <n>`)}.`,
  ].join('\n');
}

const lowerFirst = (/** @type {string} */ s) => `${s[0]?.toLowerCase()}${s.slice(1)}`;
/** `a`, `a and b`, `a, b and c`. */
const listed = (/** @type {string[]} */ items) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The README with each block between its markers. @param {string} path @param {Record<string, string>} blocks */
function withBlocks(path, blocks) {
  let text = readFileSync(`${ROOT}${path}`, 'utf8');
  for (const [name, content] of Object.entries(blocks)) {
    const start = `<!-- generated:${name} from the SDK plan by packages/codegen (npm run generate); change the spec or spec/sdk-policy.yaml, not this text. -->`;
    const end = `<!-- /generated:${name} -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from)
      throw new Error(`${path}: the markers of the generated ${name} are missing; put these two lines where it goes:\n${start}\n${end}`);
    text = `${text.slice(0, from)}${start}\n${content}\n${text.slice(to)}`;
  }
  return text;
}
