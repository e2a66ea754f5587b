import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/content-security-policy';
import packageJson from './package.json' with { type: 'json' };

/**
 * The renderer's build, shared by the desktop app (through electron.vite.config.ts) and by the
 * browser build that `npm run web` and the end-to-end tests serve.
 */
export default defineConfig({
  root: resolve(__dirname, 'renderer'),
  base: './',
  plugins: [react()],
  define: {
    __APP_VERSION__: JSON.stringify(packageJson.version),
  },
  build: {
    outDir: resolve(__dirname, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    // The bundle is read from local disk (app:// or 127.0.0.1), never downloaded over a network.
    chunkSizeWarningLimit: 1536,
    rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
});
