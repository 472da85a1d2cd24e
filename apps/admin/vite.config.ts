/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiUrl = process.env.API_URL ?? 'http://localhost:4000';
const port = Number(process.env.ADMIN_PORT ?? 5173);
// Same origin for the browser (GraphQL and referral documents): session cookies need no CORS. The API trusts this proxy's
// X-Forwarded-For (TRUST_PROXY=loopback), so rate limits count each browser's address.
const toApi = { target: apiUrl, changeOrigin: true, xfwd: true };
const proxy = { '/graphql': toApi, '/documents': toApi };

export default defineConfig({
  plugins: [react()],
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
  test: {
    environment: 'happy-dom',
    setupFiles: ['src/testing/vitest-setup.ts'],
    // room for Testing Library's 10 s waits (src/testing/vitest-setup.ts) on a busy machine
    testTimeout: 30_000,
  },
});
