import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The release's version, stated once for every package (scripts/release-version.mjs writes it).
const version = readFileSync(new URL('../../VERSION', import.meta.url), 'utf8').trim();

export default defineConfig({
  define: { __SDK_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts'],
    // Lets a regression test force garbage collection (see timeout-abort.test.ts).
    execArgv: ['--expose-gc'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
