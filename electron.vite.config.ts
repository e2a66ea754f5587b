import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import rendererConfig from './vite.web.config';

/**
 * One config for the three builds. The preload runs in a sandbox, where `require` of packages is
 * not available, so everything it imports is bundled into one file.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: { input: { preload: resolve(__dirname, 'main/preload.ts') } },
    },
  },
  renderer: rendererConfig,
});
