// `npm run bench`: every benchmark, one table. `--quick` runs each with tiny
// counts so CI proves the code still works; its numbers mean nothing.
// `--repeat N` makes N full runs of the table in a row (each in its own
// process, the growth section left out) and prints them side by side, with
// the spread of each figure: a target is met only when every run meets it.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { measureBundles } from './bundle.mjs';
import { measureDocs } from './docs-weight.mjs';
import { measureLoopback } from './loopback.mjs';
import { measureOverhead } from './overhead.mjs';
import { measurePython } from './python.mjs';
import { measureRuby } from './ruby.mjs';
import { measureGrowth } from './growth.mjs';
import { measureBuild, measureCodegen } from './pipeline.mjs';
import { measureTypecheck } from './typecheck.mjs';
import { BUDGETS } from './budgets.mjs';

const quick = process.argv.includes('--quick');
const repeatAt = process.argv.indexOf('--repeat');
const repeat = repeatAt === -1 ? 1 : Number(process.argv[repeatAt + 1]);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat takes a whole number of runs ≥ 1');
/** A child of `--repeat`: the table only, then its rows as JSON on the last line. */
const asChild = process.argv.includes('--rows-json');
if (repeat > 1) {
  await repeatRuns(repeat);
  process.exit(0);
}
const COUNTS = quick
  ? {
      overhead: { rounds: 2, iterations: 200 },
      loopback: { rounds: 2, iterations: 100 },
      codegenRuns: 1,
      buildTask: 'lint',
      buildFilters: ['@revoxai/spec'],
      docsLoads: 1,
      growth: [1, 2],
      growthBuild: false,
    }
  : {
      overhead: { rounds: 7, iterations: 5000 },
      loopback: { rounds: 5, iterations: 2000 },
      codegenRuns: 5,
      buildTask: 'build',
      buildFilters: [],
      docsLoads: 5,
      growth: [1, 10, 100],
      growthBuild: true,
    };

/** @type {string[][]} */
const rows = [];
/** @param {number} value @param {number} base */
const ratio = (value, base) => `${Number((value / base).toPrecision(2))}×`;
const verdict = (/** @type {boolean} */ ok) => (ok ? 'met' : 'NOT met');
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (/** @type {number} */ value) => `${Math.round(value)} ms`;
const ops = (/** @type {number} */ value) => `${Math.round(value).toLocaleString('en')} ops/s`;
const add = (/** @type {unknown[]} */ ...cells) => rows.push(cells.map(String));

const overhead = await measureOverhead(COUNTS.overhead);
for (const call of ['update', 'list']) {
  const sdk = overhead[`${call}: SDK`];
  const plain = overhead[`${call}: openapi-fetch`];
  const plain017 = overhead[`${call}: openapi-fetch 0.17`];
  const hand = overhead[`${call}: hand-written fetch`];
  add(
    `Per call, stubbed fetch, ${call}: SDK vs openapi-fetch 0.16`,
    ops(sdk),
    ops(plain),
    ratio(sdk, plain),
    '≥ 1.0×',
    verdict(sdk / plain >= 1),
  );
  add(
    `Per call, stubbed fetch, ${call}: SDK vs openapi-fetch 0.17`,
    ops(sdk),
    ops(plain017),
    ratio(sdk, plain017),
    '≥ 1.0×',
    verdict(sdk / plain017 >= 1),
  );
  add(`Per call, stubbed fetch, ${call}: SDK vs hand-written fetch`, ops(sdk), ops(hand), ratio(sdk, hand), '', '');
}
const groqOps = overhead['list: groq-sdk (Stainless)'];
add(
  'Per call, stubbed fetch, list: SDK vs groq-sdk (Stainless)',
  ops(overhead['list: SDK']),
  ops(groqOps),
  ratio(overhead['list: SDK'], groqOps),
  '',
  '',
);

const loopback = await measureLoopback(COUNTS.loopback);
for (const [results, label] of /** @type {const} */ ([
  [loopback.sequential, 'sequential'],
  [loopback.concurrent64, '64 in flight'],
])) {
  const {
    SDK,
    'raw fetch': raw,
    'raw fetch (again)': rawAgain,
    'raw fetch with a timeout': rawTimed,
    'openapi-fetch': plain,
    'openapi-fetch 0.17': plain017,
  } = results;
  add(`Loopback HTTP, ${label}: SDK vs raw fetch`, ops(SDK), ops(raw), ratio(SDK, raw), '≥ 0.95×', verdict(SDK / raw >= 0.95));
  add(`Loopback HTTP, ${label}: raw fetch vs itself (A/A, this run's noise)`, ops(rawAgain), ops(raw), ratio(rawAgain, raw), '', '');
  add(`Loopback HTTP, ${label}: SDK vs raw fetch with a timeout per request`, ops(SDK), ops(rawTimed), ratio(SDK, rawTimed), '', '');
  add(`Loopback HTTP, ${label}: SDK vs openapi-fetch 0.16`, ops(SDK), ops(plain), ratio(SDK, plain), '', '');
  add(`Loopback HTTP, ${label}: SDK vs openapi-fetch 0.17`, ops(SDK), ops(plain017), ratio(SDK, plain017), '', '');
  add(`Loopback HTTP, ${label}: openapi-fetch vs raw fetch`, ops(plain), ops(raw), ratio(plain, raw), '', '');
}

const ruby = await measureRuby(COUNTS.loopback);
add(
  'Loopback HTTP, sequential: Ruby gem vs keep-alive Net::HTTP loop',
  ops(ruby.client),
  ops(ruby.loop),
  ratio(ruby.client, ruby.loop),
  '≥ 0.95×',
  verdict(ruby.client / ruby.loop >= 0.95),
);
add(
  "Loopback HTTP, sequential: Net::HTTP loop vs itself (A/A, this run's noise)",
  ops(ruby.loopAgain),
  ops(ruby.loop),
  ratio(ruby.loopAgain, ruby.loop),
  '',
  '',
);

const python = await measurePython(COUNTS.loopback);
add(
  'Loopback HTTP, sequential: Python client vs keep-alive http.client loop',
  ops(python.client),
  ops(python.loop),
  ratio(python.client, python.loop),
  '≥ 0.8×',
  verdict(python.client / python.loop >= 0.8),
);

const bundles = await measureBundles();
const base = bundles['openapi-fetch alone (baseline)'];
for (const [name, size] of Object.entries(bundles)) {
  const extra = size.gzip - base.gzip;
  const isDefault = name === 'SDK, default import';
  add(
    `Bundle, minified: ${name}`,
    `${kb(size.raw)} raw, ${kb(size.gzip)} gzip`,
    `${kb(base.raw)} raw, ${kb(base.gzip)} gzip`,
    `${ratio(size.gzip, base.gzip)} gzip (+${kb(extra)})`,
    isDefault ? '≤ +2.0 kB gzip' : '',
    isDefault ? verdict(extra <= 2048) : '',
  );
}
add(
  'Size budgets (npm test)',
  Object.entries(BUDGETS)
    .map(([n, b]) => `${n} ≤ ${kb(b)}`)
    .join('; '),
  '',
  '',
  '',
  '',
);

const codegen = await measureCodegen(COUNTS.codegenRuns);
const build = await measureBuild(COUNTS.buildTask, COUNTS.buildFilters);
add('Codegen: openapi-typescript on the spec', ms(codegen), `${ms(build.coldMs)} cold build`, ratio(codegen, build.coldMs), '', '');
add(
  `turbo run ${COUNTS.buildTask}${COUNTS.buildFilters.length ? ` (${COUNTS.buildFilters.join(', ')})` : ''}: warm vs cold`,
  `${ms(build.warmMs)} (${build.warmCached}/${build.tasks} cached)`,
  ms(build.coldMs),
  ratio(build.warmMs, build.coldMs),
  '≤ 0.10×',
  verdict(build.warmMs / build.coldMs <= 0.1 && build.warmCached === build.tasks),
);

const types = await measureTypecheck();
const [sdkTypes, plainTypes] = [types.SDK, types['openapi-fetch']];
add(
  'Type-check a full update: instantiations',
  sdkTypes.instantiations,
  plainTypes.instantiations,
  ratio(sdkTypes.instantiations, plainTypes.instantiations),
  '',
  '',
);
add('Type-check a full update: types', sdkTypes.types, plainTypes.types, ratio(sdkTypes.types, plainTypes.types), '', '');
add(
  'Type-check a full update: check time',
  ms(sdkTypes.checkMs),
  ms(plainTypes.checkMs),
  ratio(sdkTypes.checkMs, plainTypes.checkMs),
  '',
  '',
);

const docs = await measureDocs(COUNTS.docsLoads);
add('Docs page size', `${kb(docs.size.raw)} raw, ${kb(docs.size.gzip)} gzip`, '', '', '', '');
add(
  'Docs: operation visible in Chromium vs a blank page',
  ms(docs.visibleMs),
  ms(docs.blankMs),
  ratio(docs.visibleMs, docs.blankMs),
  '',
  '',
);

const header = ['figure', 'measured', 'baseline', 'ratio', 'target', 'verdict'];
console.log(`Revox SDK benchmarks${quick ? ' (QUICK smoke run: numbers are not meaningful)' : ''}`);
console.log(
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ` +
    `per-call: ${COUNTS.overhead.rounds} rounds × ${COUNTS.overhead.iterations} calls; loopback: ${COUNTS.loopback.rounds} × ${COUNTS.loopback.iterations}; ` +
    `codegen: median of ${COUNTS.codegenRuns}; docs: median of ${COUNTS.docsLoads} loads. Throughputs are medians over rounds that interleave the candidates.`,
);
console.log('');
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
if (asChild) {
  console.log(`ROWS ${JSON.stringify(rows)}`);
  process.exit(0);
}

// How the costs grow with the number of operations (src/growth.mjs).
const growth = await measureGrowth(COUNTS.growth, { docsLoads: COUNTS.docsLoads, turbo: COUNTS.growthBuild });
const first = growth[0];
if (!first) throw new Error('no growth measured');
const perOp = (/** @type {number} */ value, /** @type {number} */ operations) => `${(value / operations).toFixed(1)}`;
console.log('');
console.log(
  `Growth with the number of operations (the real spec, then ${COUNTS.growth
    .slice(1)
    .map((f) => `${f}×`)
    .join(' and ')}; ratios against the real spec):`,
);
console.log('');
const growthHeader = [
  'operations',
  'codegen',
  'types',
  'consumer type-check',
  'docs build',
  'docs page',
  'first operation visible',
  'SDK bundle (gzip)',
  'turbo build cold / warm',
];
console.log(`| ${growthHeader.join(' | ')} |`);
console.log(`| ${growthHeader.map(() => '---').join(' | ')} |`);
for (const g of growth) {
  const x = (/** @type {number} */ value, /** @type {number} */ base) => (g === first ? '' : ` (${ratio(value, base)})`);
  console.log(
    `| ${[
      `${g.operations} (${g.factor}×)`,
      `${ms(g.codegenMs)}${x(g.codegenMs, first.codegenMs)}`,
      `${kb(g.typesBytes)}${x(g.typesBytes, first.typesBytes)}`,
      `${ms(g.typecheckMs)}${x(g.typecheckMs, first.typecheckMs)}`,
      `${ms(g.docs.buildMs)}${x(g.docs.buildMs, first.docs.buildMs)}`,
      `${kb(g.docs.raw)} raw, ${kb(g.docs.gzip)} gzip${x(g.docs.gzip, first.docs.gzip)}`,
      `${ms(g.docs.visibleMs)}${x(g.docs.visibleMs, first.docs.visibleMs)}`,
      `${g.bundleGzip} B${x(g.bundleGzip, first.bundleGzip)}`,
      g.build ? `${ms(g.build.coldMs)} / ${ms(g.build.warmMs)} (warm ${ratio(g.build.warmMs, g.build.coldMs)} of cold)` : 'not run (quick)',
    ].join(' | ')} |`,
  );
}
const last = growth[growth.length - 1] ?? first;
console.log(
  `Per operation at ${last.operations} operations: codegen ${perOp(last.codegenMs, last.operations)} ms, types ${perOp(last.typesBytes, last.operations)} B.`,
);

/**
 * `--repeat N`: N runs of the table, each in a fresh process, one after the
 * other; then one table with each figure's ratio (or measure) per run, its
 * spread, and a verdict that holds only if every run met the target.
 * @param {number} count
 */
async function repeatRuns(count) {
  const self = fileURLToPath(import.meta.url);
  const args = process.argv.slice(2).filter((arg, i, all) => arg !== '--repeat' && all[i - 1] !== '--repeat');
  /** @type {string[][][]} */
  const runs = [];
  for (let run = 1; run <= count; run++) {
    console.error(`run ${run} of ${count}…`);
    const out = execFileSync(process.execPath, [self, ...args, '--rows-json'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    const line = out.split('\n').find((l) => l.startsWith('ROWS '));
    if (!line) throw new Error(`run ${run} printed no rows`);
    if (run === 1) console.log(out.split('\n').slice(0, 2).join('\n'));
    runs.push(JSON.parse(line.slice(5)));
  }
  const [first] = runs;
  const head = ['figure', ...runs.map((_, i) => `run ${i + 1}`), 'spread', 'target', 'verdict'];
  console.log('');
  console.log(`| ${head.join(' | ')} |`);
  console.log(`| ${head.map(() => '---').join(' | ')} |`);
  first?.forEach((row, r) => {
    const [figure, , , , target] = row;
    // A ratio is what a figure is judged on; a row without one (sizes, budgets) shows its measure.
    const cells = runs.map((rowsOfRun) => {
      const [, measured = '', , ratioCell = ''] = rowsOfRun[r] ?? [];
      return ratioCell.includes('gzip') ? measured : ratioCell || measured;
    });
    const numbers = cells.map((cell) => Number.parseFloat(cell)).filter(Number.isFinite);
    const spread =
      row[3] && !row[3].includes('gzip') && numbers.length === cells.length ? `${Math.min(...numbers)}–${Math.max(...numbers)}×` : '';
    const verdicts = runs.map((rowsOfRun) => rowsOfRun[r]?.[5] ?? '');
    const verdictAll = target
      ? verdicts.every((v) => v === 'met')
        ? `met in ${count} of ${count}`
        : `NOT met (met in ${verdicts.filter((v) => v === 'met').length} of ${count})`
      : '';
    console.log(`| ${[figure, ...cells, spread, target ?? '', verdictAll].join(' | ')} |`);
  });
}
