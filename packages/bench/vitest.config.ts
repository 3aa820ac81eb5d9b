import { defineConfig } from 'vitest/config';

// Generators, bundlers and type checks beside the other packages' suites on 2 cores: vitest's 5 s default is too short there.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 },
});
