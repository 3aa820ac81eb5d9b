import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 200_000,
    // One file at a time whatever the core count: Prism and the property runs
    // each want a core, and a starved Prism stalls past its keep-alive timeout.
    fileParallelism: false,
  },
});
