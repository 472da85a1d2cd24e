import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // each browser test file starts the whole stack: one at a time on a 2-core machine
    fileParallelism: false,
    // expect.poll gives up after 1 s by default: too short for a page rendering from a busy API
    // on a busy 2-core machine. Playwright's own waits (click, waitFor) already allow 30 s.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
