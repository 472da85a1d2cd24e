import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    // room for the 10 s waits of src/test-support/wait-for.ts on a busy machine
    testTimeout: 30_000,
  },
});
