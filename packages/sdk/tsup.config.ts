import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  entry: { index: 'src/index.ts', validate: 'src/validate.ts', 'openapi-fetch': 'src/openapi-fetch.ts', testing: 'src/testing.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  define: { __SDK_VERSION__: JSON.stringify(version) },
  // `require('@revoxai/sdk')` is the client class itself, as with other
  // generated SDKs, and every named export hangs off it, so `.Revox`,
  // `.default` and the error classes work too. Only the main entry has Revox.
  footer: ({ format }) =>
    format === 'cjs'
      ? { js: 'if (module.exports.Revox) module.exports = Object.assign(module.exports.Revox, module.exports);' }
      : undefined,
});
