import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Ajv compilation and the Redocly CLI share 2 cores with every other turbo task in `npm test`.
    testTimeout: 30_000,
  },
});
