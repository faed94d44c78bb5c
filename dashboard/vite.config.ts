// The dashboard's build: `vite build` writes dist/ with hashed asset names, which the gateway serves at
// /dashboard (gateway/src/dashboard.ts). Nothing is inlined: the page's CSP allows only our own files.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/dashboard/',
  // `npx vite` (hot reload on :5173/dashboard/) sends the API calls to the gateway of `npm start`.
  server: {
    proxy: Object.fromEntries(['/graphql', '/dashboard/demo-roles', '/dashboard/demo-token'].map((path) => [path, process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000'])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    // ECharts is one chunk of its own (about 0.5 MB), loaded once and cached as an immutable asset.
    chunkSizeWarningLimit: 1200,
  },
});
