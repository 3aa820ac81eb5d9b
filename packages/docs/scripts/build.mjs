// Builds dist/index.html, the API reference: one self-contained page that
// loads nothing from the network. Steps:
//   1. the spec plus code samples from samples/, each operation's SDK
//      signatures, an index of the operations and the changes of each
//      release → dist/openapi.json
//   2. Redocly `build-docs` with the Redoc bundle inlined → dist/index.html
//   3. Redoc's bugs are patched (lib/redoc-patches.mjs), the few assets the
//      bundle still fetches from CDNs are replaced by inline ones, our
//      colours (theme.css) are added, and a script that sends Redoc 2's
//      `#operation/<operationId>` links to the operation (lib/old-links.mjs)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadSpec } from '@revoxai/spec';
import { withChanges } from '../lib/changes.mjs';
import { withOldLinks } from '../lib/old-links.mjs';
import { patchRedoc } from '../lib/redoc-patches.mjs';
import { CODE_SAMPLE_TABS, withCodeSamples, withOperationIndex } from '../lib/samples.mjs';
import { withSignatures } from '../lib/signatures.mjs';
import { parse } from 'yaml';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const specOut = `${dist}openapi.json`;
const pageOut = `${dist}index.html`;

// Redoc's sidebar footer shows "API docs by" and Redocly's logo from a CDN.
// Keep the credit, drawn inline, so the page makes no request.
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent(
  "<svg xmlns='http://www.w3.org/2000/svg' width='46' height='14'><text x='0' y='11' font-family='system-ui,sans-serif' font-size='11' fill='%23555'>Redocly</text></svg>",
).replaceAll('%2523', '%23')}`;
const OFFLINE_REPLACEMENTS = [
  ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', INLINE_LOGO],
  ['https://cdn.redoc.ly/redoc/logo-mini.svg', INLINE_LOGO],
];

mkdirSync(dist, { recursive: true });
// Example files (the voice preview's audio) are referenced relative to the spec, and so from the page.
cpSync(fileURLToPath(new URL('../../../spec/examples/', import.meta.url)), `${dist}examples`, { recursive: true });
const spec = loadSpec();
writeFileSync(specOut, `${JSON.stringify(withChanges(withOperationIndex(withSignatures(withCodeSamples(spec)))), null, 2)}\n`);

// redocly.yaml with the code sample tabs of the sample languages (packages/codegen/src/samples), in their order.
const config = parse(readFileSync(fileURLToPath(new URL('../redocly.yaml', import.meta.url)), 'utf8'));
config.openapi.codeSamples = { languages: CODE_SAMPLE_TABS };
// JSON is YAML, and Redocly takes a config by its .yaml name only.
const configOut = `${dist}redocly.yaml`;
writeFileSync(configOut, JSON.stringify(config));

const redocly = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
execFileSync(
  process.execPath,
  [redocly, 'build-docs', specOut, '--inlineBundle', `--config=${configOut}`, '--title=Revox API reference', `--output=${pageOut}`],
  { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
);

// Early in the <head>, so that it runs before Redoc reads the address.
let html = withOldLinks(patchRedoc(readFileSync(pageOut, 'utf8')), spec);
for (const [from, to] of OFFLINE_REPLACEMENTS) html = html.replaceAll(from, to);
// Into the <head>, after Redoc's styles; the first </head> is the page's, later ones are strings in Redoc's code.
const theme = readFileSync(new URL('../theme.css', import.meta.url), 'utf8');
html = html.replace('</head>', () => `<style>\n${theme}</style>\n</head>`);
writeFileSync(pageOut, html);

const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(`wrote ${pageOut}: ${kib(Buffer.byteLength(html))} raw, ${kib(gzipSync(html).length)} gzipped`);
