import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API serves admin/dist at "/" beside /graphql; in `vite dev` the proxy keeps that same origin,
// so the session cookie (SameSite=Strict) flows the same way in both.
export default defineConfig({
  plugins: [react()],
  resolve: {
    // Shared's source, not its CommonJS build: Vite bundles it as ESM and tree-shakes it.
    alias: { '@newsroom/shared': path.resolve(import.meta.dirname, '../shared/src/index.ts') },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: process.env.API_URL ?? 'http://127.0.0.1:4000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
