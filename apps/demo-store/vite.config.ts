import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/** Dev server: the BFF and engine run in `pnpm demo` (server/main.ts); `/api` is proxied there. */
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@promokit/source', ...defaultClientConditions] },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': process.env.PROMOKIT_BFF_URL ?? 'http://127.0.0.1:4173' },
  },
  build: { target: 'es2022' },
});
