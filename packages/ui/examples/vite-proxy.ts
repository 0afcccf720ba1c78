// vite.config.ts of a Vite app, with `promokit-bff` on its default 127.0.0.1:4180.
import { defineConfig } from 'vite';

export default defineConfig({
  server: {
    proxy: {
      // The page's baseUrl '/api/promotions' reaches the BFF through the dev server. Keep the
      // browser's Host (changeOrigin: false): the BFF takes its own origin from it, and with the
      // target's Host instead it refuses the page's Origin with a 403.
      '/api/promotions': { target: 'http://127.0.0.1:4180', changeOrigin: false },
    },
  },
});
