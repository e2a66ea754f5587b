// `npm run web`: builds the same renderer the desktop app loads and serves it on 127.0.0.1 only,
// for use in a browser. Saving downloads the file; backups stay in the browser's own storage.
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

// The package stays CommonJS because Electron's sandboxed preload must be; Vite warns that a future
// config loader will want ESM packages, which does not affect this build.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const configFile = fileURLToPath(new URL('../vite.web.config.ts', import.meta.url));

await build({ configFile, logLevel: 'warn' });
const server = await preview({ configFile });
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
console.log(`Exercise Symptom Journal is running at ${url} (press Ctrl+C to stop)`);
