/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiUrl = process.env.API_URL ?? 'http://localhost:4000';
const port = Number(process.env.ADMIN_PORT ?? 5173);
// Same origin for the browser: session cookies need no CORS.
const proxy = { '/graphql': { target: apiUrl, changeOrigin: true } };

export default defineConfig({
  plugins: [react()],
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
  test: {
    environment: 'happy-dom',
    setupFiles: ['src/testing/vitest-setup.ts'],
  },
});
