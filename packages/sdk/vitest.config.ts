import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The release's version, stated once for every package (scripts/release-version.mjs writes it).
const version = readFileSync(new URL('../../VERSION', import.meta.url), 'utf8').trim();

export default defineConfig({
  define: { __SDK_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts'],
    // Many tests run real servers and megabyte answers; turbo runs the other
    // packages' suites beside them on 2 cores, where vitest's 5 s default was
    // too short (a 10 MB answer took over 5 s). A test that bounds its own
    // time asserts the bound itself.
    testTimeout: 30_000,
    // Lets a regression test force garbage collection (see timeout-abort.test.ts).
    execArgv: ['--expose-gc'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
