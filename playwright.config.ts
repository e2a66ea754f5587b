import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * The end-to-end tests drive the built renderer in Chromium: `$CHROME_PATH`, else Debian's
 * `/usr/bin/chromium`, else Playwright's own browser where one is installed. The `electron` project
 * drives the desktop app and skips itself where the Electron runtime isn't installed.
 */
const chromiumPath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = 4174;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: process.env.CI !== undefined,
  workers: 2,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testMatch: 'web/**/*.spec.ts',
      use: {
        baseURL: `http://127.0.0.1:${port}`,
        viewport: { width: 1280, height: 800 },
        locale: 'en-GB',
        launchOptions: {
          ...(chromiumPath === undefined ? {} : { executablePath: chromiumPath }),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    {
      name: 'electron',
      testMatch: 'electron/**/*.spec.ts',
    },
  ],
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: process.env.CI === undefined,
    stdout: 'ignore',
    // See scripts/web.mjs: the config-loader notice is about a future Vite default.
    env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  },
});
