import { fileURLToPath } from 'node:url';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const entry = here('./src/index.ts');

// `pnpm dev` mimics the start script's contract: serve demo/index.html with __API_URL__
// substituted, and mm-booking.js beside it (here the live sources instead of the bundle).
const demoPage = (apiUrl: string): Plugin => ({
  name: 'mm-demo-page',
  apply: 'serve',
  resolveId: (id) => (id === '/mm-booking.js' ? entry : undefined),
  transformIndexHtml: (page) => page.replaceAll('__API_URL__', apiUrl),
});

// The operations are written readably in src/api.ts; on the wire and in the bundle, one line each.
const collapseGraphQL: Plugin = {
  name: 'mm-collapse-graphql',
  apply: 'build',
  enforce: 'pre',
  transform: (code, id) =>
    id.endsWith('/src/api.ts')
      ? code.replace(
          /\/\* GraphQL \*\/ `([^`]*)`/g,
          (_, body: string) =>
            `\`${body
              .replace(/\s+/g, ' ')
              .replace(/ ?([{}():,]) ?/g, '$1')
              .trim()}\``,
        )
      : undefined,
};

export default defineConfig(({ command }) => ({
  // Absolute, so the config also works when Vite is driven from another directory (scripts/size.mjs).
  root: here(command === 'serve' ? './demo/' : './'),
  publicDir: false,
  plugins: [
    demoPage(process.env.MM_API_URL ?? 'http://localhost:4000/graphql'),
    // Lit's html`` and css`` templates keep their indentation and comments in the bundle: squeeze them.
    { ...minifyLiterals(), apply: 'build' },
    collapseGraphQL,
  ],
  // the partner page's port in `npm start`; the admin console has 5173
  server: { port: 5174, strictPort: true },
  build: {
    lib: { entry, formats: ['es'], fileName: () => 'mm-booking.js' },
    outDir: 'dist',
    minify: true,
    // Vite keeps whitespace and pure annotations in ES lib builds so that consumers can tree-shake;
    // this file goes straight to partner pages, so minify fully and keep only licence comments.
    // Locale catalogues are chunks of their own, fetched only by pages that ask for that language.
    rolldownOptions: {
      output: {
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false },
        chunkFileNames: 'locales/[name].js',
      },
    },
  },
}));
