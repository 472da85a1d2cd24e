import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The browser's builds of dependencies, as partner pages and React apps load them: Node's build of
  // @lit/react renders on a server, and neither sets properties nor adds listeners.
  resolve: { conditions: ['browser'] },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    // room for the 10 s waits of src/test-support/wait-for.ts on a busy machine
    testTimeout: 30_000,
  },
});
