// `npm run bench`: every benchmark, one table. `--quick` runs each with tiny
// counts so CI proves the code still works; its numbers mean nothing.
import { cpus, totalmem } from 'node:os';
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
  const hand = overhead[`${call}: hand-written fetch`];
  add(
    `Per call, stubbed fetch, ${call}: SDK vs openapi-fetch`,
    ops(sdk),
    ops(plain),
    ratio(sdk, plain),
    '≥ 1.0×',
    verdict(sdk / plain >= 1),
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
  const { SDK, 'raw fetch': raw, 'openapi-fetch': plain } = results;
  add(`Loopback HTTP, ${label}: SDK vs raw fetch`, ops(SDK), ops(raw), ratio(SDK, raw), '≥ 0.95×', verdict(SDK / raw >= 0.95));
  add(`Loopback HTTP, ${label}: SDK vs openapi-fetch`, ops(SDK), ops(plain), ratio(SDK, plain), '', '');
  add(`Loopback HTTP, ${label}: openapi-fetch vs raw fetch`, ops(plain), ops(raw), ratio(plain, raw), '', '');
}

const ruby = await measureRuby(COUNTS.loopback);
add(
  'Loopback HTTP, sequential: Ruby gem vs keep-alive Net::HTTP loop',
  ops(ruby.client),
  ops(ruby.loop),
  ratio(ruby.client, ruby.loop),
  '≥ 0.8×',
  verdict(ruby.client / ruby.loop >= 0.8),
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
