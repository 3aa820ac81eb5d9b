import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import type { Options } from 'tsup';

// The release's version, stated once for every package (scripts/release-version.mjs writes it).
const version = readFileSync(new URL('../../VERSION', import.meta.url), 'utf8').trim();

// The package installs with no dependencies (docs/architecture.md, "Packages
// are dual ESM/CJS"). What the main, /validate and /testing entries run is
// in dist (the main entry runs no openapi-fetch code); the
// declarations of @revoxai/types are copied next to ours after the build
// (scripts/vendor-types.mjs). openapi-fetch itself is an optional peer,
// imported only by src/openapi-fetch.ts, the `/openapi-fetch` entry: its
// client would double the main entry, and users of that entry bring their
// own openapi-fetch.
const PEER_ONLY_FROM = /[\\/]src[\\/]openapi-fetch\.ts$/;
const openapiFetchPeer: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'openapi-fetch-peer',
  setup(build) {
    build.onResolve({ filter: /^openapi-fetch$/ }, ({ path, importer }) =>
      PEER_ONLY_FROM.test(importer) ? { path, external: true } : undefined,
    );
  },
};

export default defineConfig({
  entry: { index: 'src/index.ts', validate: 'src/validate.ts', 'openapi-fetch': 'src/openapi-fetch.ts', testing: 'src/testing.ts' },
  format: ['esm', 'cjs'],
  // Not `dts.resolve`: rollup-plugin-dts inlines `Types.AssistantUpdateParams`
  // as a bare name, which inside `namespace Revox` means the namespace's own
  // alias (TS2456, circular). scripts/vendor-types.mjs keeps it a module.
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // tsup leaves peer dependencies out of the bundle; the plugin above keeps
  // only src/openapi-fetch.ts's import of openapi-fetch out.
  noExternal: ['openapi-fetch'],
  esbuildPlugins: [openapiFetchPeer],
  define: { __SDK_VERSION__: JSON.stringify(version) },
  // `require('@revoxai/sdk')` is the client class itself, as with other
  // generated SDKs, and every named export hangs off it, so `.Revox`,
  // `.default` and the error classes work too. Only the main entry has Revox.
  footer: ({ format }) =>
    format === 'cjs'
      ? { js: 'if (module.exports.Revox) module.exports = Object.assign(module.exports.Revox, module.exports);' }
      : undefined,
});
