import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { WebContents, WebPreferences } from 'electron';
import { APP_ORIGIN } from '../../../shared/app-identity';
import { BRIDGE_GLOBAL } from '../../../shared/bridge';
import { CONTENT_SECURITY_POLICY } from '../../../shared/content-security-policy';

const root = resolve(__dirname, '../../..');
const mainEntry = join(root, 'out/main/index.js');

/**
 * The same check as scripts/start.mjs, and for the same reason: loading the `electron` package
 * without its runtime starts a download.
 */
function electronRuntimeIsInstalled(): boolean {
  const electronDir = join(root, 'node_modules/electron');
  try {
    const executable = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
    return executable !== '' && existsSync(join(electronDir, 'dist', executable));
  } catch {
    return false;
  }
}

const runtimeInstalled = electronRuntimeIsInstalled();
if (!runtimeInstalled) {
  console.log(
    'Electron e2e skipped: the Electron runtime is not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD).',
  );
}
/** `getLastWebPreferences` is real at runtime but missing from Electron's type definitions. */
type InspectableContents = WebContents & { getLastWebPreferences(): WebPreferences };

interface Launched {
  readonly app: ElectronApplication;
  readonly page: Page;
  readonly profile: string;
  readonly problems: string[];
}

async function waitForReady(page: Page): Promise<void> {
  await expect(page.locator('html[data-app-state="ready"]')).toBeAttached({ timeout: 15_000 });
}

/** A fresh, empty profile for every test, the app opened on it, and its own "ready" signal awaited. */
const launchedTest = test.extend<{ launched: Launched }>({
  // Playwright reads a fixture's dependencies from this destructuring; this one has none.
  // eslint-disable-next-line no-empty-pattern
  launched: async ({}, use) => {
    expect(existsSync(mainEntry), 'Build the app first: npm run build').toBe(true);
    const profile = await mkdtemp(join(tmpdir(), 'journal-e2e-'));
    const app = await _electron.launch({ args: [mainEntry, `--profile=${profile}`], cwd: root });
    const problems: string[] = [];
    try {
      const page = await app.firstWindow();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await waitForReady(page);
      await use({ app, page, profile, problems });
    } finally {
      await app.close();
      await rm(profile, { recursive: true, force: true });
    }
    expect(problems, 'the app logged errors').toEqual([]);
  },
});

launchedTest.skip(!runtimeInstalled, 'The Electron runtime is not installed on this machine.');

function waitForExit(child: ChildProcess, withinMs: number): Promise<number | null> {
  return new Promise((resolveExit, rejectExit) => {
    const timer = setTimeout(() => {
      child.kill();
      rejectExit(new Error(`The second instance was still running after ${withinMs} ms`));
    }, withinMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      rejectExit(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolveExit(code);
    });
  });
}

function localDateTimeInput(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

launchedTest('the window is isolated, sandboxed and without Node', async ({ launched: { app, page } }) => {
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window === undefined) throw new Error('No window is open');
    const { contextIsolation, sandbox, nodeIntegration, webSecurity } = (
      window.webContents as InspectableContents
    ).getLastWebPreferences();
    return { contextIsolation, sandbox, nodeIntegration, webSecurity };
  });
  expect(preferences).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });

  expect(await page.evaluate(() => window.location.origin)).toBe(APP_ORIGIN);
  expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
  expect(
    await page.evaluate(
      (bridgeName) => typeof (window as unknown as Record<string, { getAppInfo?: unknown }>)[bridgeName]?.getAppInfo,
      BRIDGE_GLOBAL,
    ),
  ).toBe('function');
});

launchedTest('the app is served with its CSP and reaches the main process over the bridge', async ({ launched }) => {
  const { page, profile } = launched;
  const served = await page.evaluate(async () => {
    const response = await fetch(window.location.href);
    return { status: response.status, csp: response.headers.get('Content-Security-Policy') };
  });
  expect(served).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY });

  const info = await page.evaluate(
    (bridgeName) =>
      (window as unknown as Record<string, { getAppInfo(): Promise<{ profileLocation: string }> }>)[
        bridgeName
      ]?.getAppInfo(),
    BRIDGE_GLOBAL,
  );
  expect(info?.profileLocation).toBe(profile);
});

launchedTest('the page cannot navigate away or open windows', async ({ launched: { app, page } }) => {
  // Recorded after the app's own guard has seen the same event, so once it is here, it was refused.
  await app.evaluate(({ BrowserWindow }) => {
    const attempts: string[] = [];
    (globalThis as { navigationAttempts?: string[] }).navigationAttempts = attempts;
    BrowserWindow.getAllWindows()[0]?.webContents.on('will-navigate', (event) => attempts.push(event.url));
  });
  await page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
    window.location.href = 'https://example.com/';
  });
  await expect
    .poll(() => app.evaluate(() => (globalThis as { navigationAttempts?: string[] }).navigationAttempts))
    .toEqual(['https://example.com/']);
  expect(page.url()).toMatch(/^app:\/\/journal\//);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

  expect(await page.evaluate(() => window.open('about:blank') === null)).toBe(true);
  expect(await page.evaluate(() => window.open('app://journal/index.html') === null)).toBe(true);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

launchedTest('a second launch on the same profile hands over and quits', async ({ launched }) => {
  const { app, page, profile } = launched;
  const executable = await app.evaluate(() => process.execPath);
  const second = spawn(executable, [mainEntry, `--profile=${profile}`], { cwd: root, stdio: 'ignore' });
  expect(await waitForExit(second, 10_000)).toBe(0);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  await waitForReady(page);
});

launchedTest('a workout and a symptom are logged and still there after a reload', async ({ launched: { page } }) => {
  await page.getByRole('button', { name: 'Log workout' }).click();
  const workout = page.getByRole('dialog', { name: 'Log a workout' });
  await workout.getByLabel('Activity', { exact: true }).selectOption({ label: 'Running' });
  await workout.getByLabel('Start', { exact: true }).fill(localDateTimeInput(new Date(Date.now() - 60 * 60 * 1000)));
  await workout.getByLabel('Duration (minutes)', { exact: true }).fill('40');
  await workout.getByRole('button', { name: 'Save workout' }).click();
  await expect(workout).toBeHidden();

  await page.getByRole('button', { name: 'Log symptom' }).click();
  const symptom = page.getByRole('dialog', { name: 'Log a symptom' });
  await symptom.getByRole('checkbox', { name: 'Numbness', exact: true }).check();
  await symptom.getByRole('checkbox', { name: 'Left calf', exact: true }).check();
  await symptom.getByLabel('Severity (0–10)', { exact: true }).fill('4');
  // The symptom is linked to the newest workout unless the person picks another.
  await expect(symptom.getByLabel('Workout', { exact: true })).toHaveValue(/.+/);
  await symptom.getByRole('button', { name: 'Save symptom' }).click();
  await expect(symptom).toBeHidden();

  const entries = page.getByRole('region', { name: 'Journal entries' });
  await expect(entries.getByRole('article', { name: 'Running' })).toBeVisible();
  await expect(entries.getByRole('article', { name: 'Numbness' })).toContainText('Left calf');

  await page.reload();
  await waitForReady(page);
  const afterReload = page.getByRole('region', { name: 'Journal entries' });
  await expect(afterReload.getByRole('article', { name: 'Running' })).toBeVisible();
  await expect(afterReload.getByRole('article', { name: 'Numbness' })).toContainText('Left calf');
});

launchedTest(
  'the visit report is saved as a PDF from a hidden window',
  async ({ launched: { app, page, profile } }) => {
    const target = join(profile, 'visit-report.pdf');
    // The save dialog is the operating system's; the test answers it from the main process.
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (() => Promise.resolve({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Load sample data' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Report' }).click();
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(target, { timeout: 30_000 });
    const bytes = readFileSync(target);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The hidden window is gone once the PDF is written.
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  },
);
