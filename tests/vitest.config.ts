import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // each browser test file starts the whole stack: one at a time on a 2-core machine
    fileParallelism: false,
  },
});
