import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (as type-graphql does); Vite would
    // pick the .mjs one and graphql would then see two copies of itself.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // expect.poll gives up after 1 s by default: too short for a worker delivering on a busy 2-core machine
    expect: { poll: { timeout: 20_000, interval: 50 } },
  },
});
