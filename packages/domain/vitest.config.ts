import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // the property-based tests take seconds, more while other packages test beside them
    testTimeout: 60_000,
  },
});
