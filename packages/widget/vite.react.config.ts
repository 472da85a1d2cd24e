import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// `@mm/widget/react` (dist/react.js): <mm-booking> wrapped for React apps. A build of its own, so that
// dist/mm-booking.js, the one file partner pages load, stays as vite.config.ts makes it. The app's
// bundler brings React, @lit/react and Lit (one copy of each), so they stay imports here.
const external = /^(react|react-dom|lit|lit-html|lit-element|@lit\/[^/]+)(\/|$)/;

export default defineConfig({
  root: here('./'),
  publicDir: false,
  build: {
    lib: { entry: here('./src/react.ts'), formats: ['es'], fileName: () => 'react.js' },
    outDir: 'dist',
    // the first build (vite.config.ts) emptied dist; keep what it wrote
    emptyOutDir: false,
    rolldownOptions: {
      external: (id) => external.test(id),
      // lazily loaded modules (locales) of this build, apart from those of mm-booking.js
      output: { chunkFileNames: 'react/[name]-[hash].js' },
    },
  },
});
