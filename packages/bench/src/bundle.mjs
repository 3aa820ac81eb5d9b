// What a consumer ships: a file that imports the SDK and calls update,
// bundled and minified with esbuild for the browser, raw and gzipped.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const fixture = (/** @type {string} */ name) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

const CONSUMERS = {
  'openapi-fetch alone (baseline)': fixture('consumer-openapi-fetch.ts'),
  'SDK, default import': fixture('consumer-sdk.ts'),
  'SDK + @revoxai/sdk/validate': fixture('consumer-sdk-validate.ts'),
  'SDK + @revoxai/sdk/openapi-fetch': fixture('consumer-sdk-openapi-fetch.ts'),
  'SDK + @revoxai/sdk/testing': fixture('consumer-sdk-testing.ts'),
  'groq-sdk 1.6 (Stainless, for comparison)': fixture('consumer-groq.ts'),
  '@browserbasehq/sdk 2.21 (Stainless, for comparison)': fixture('consumer-browserbase.ts'),
};

/** How every consumer is bundled: for the browser, minified, like an application would ship it. */
export const CONSUMER_BUILD = /** @type {const} */ ({
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});

/** @returns {Promise<Record<string, { raw: number, gzip: number }>>} bytes */
export async function measureBundles() {
  /** @type {Record<string, { raw: number, gzip: number }>} */
  const sizes = {};
  for (const [name, entry] of Object.entries(CONSUMERS)) {
    const result = await build({ ...CONSUMER_BUILD, entryPoints: [entry] });
    const code = result.outputFiles[0].contents;
    sizes[name] = { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
  }
  return sizes;
}
