/**
 * `npm start` builds the app and opens it; `npm run dev` opens it on the electron-vite dev server.
 * Arguments after `--` go to the app, e.g. `npm start -- --profile=./.profile-dev`.
 *
 * The Electron runtime is checked first, without loading the `electron` package: its index.js
 * tries to download the runtime when it is missing, which fails with a stack trace where the
 * download host is unreachable.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = `${root}node_modules/electron/`;

function electronRuntimeIsInstalled() {
  let executable;
  try {
    executable = readFileSync(`${electronDir}path.txt`, 'utf8').trim();
  } catch {
    return false;
  }
  return executable !== '' && existsSync(`${electronDir}dist/${executable}`);
}

if (!electronRuntimeIsInstalled()) {
  console.error(
    'The Electron runtime is not installed (its download was skipped or blocked). Fix: run "npx install-electron" on a machine that can reach the download host, or use the journal in your browser with "npm run web".',
  );
  process.exit(1);
}

const dev = process.argv.includes('--dev');
const appArgs = process.argv.slice(2).filter((arg) => arg !== '--dev' && arg !== '--');
// `preview` builds first, then launches out/main/index.js; a bare `electron-vite` is the dev server.
const command = dev ? [] : ['preview'];
const child = spawn(
  process.execPath,
  [
    `${root}node_modules/electron-vite/bin/electron-vite.js`,
    ...command,
    ...(appArgs.length > 0 ? ['--', ...appArgs] : []),
  ],
  { cwd: root, stdio: 'inherit' },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
