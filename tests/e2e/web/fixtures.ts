import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { test as base, expect, type Browser, type Download, type Locator, type Page } from '@playwright/test';
import type { ExerciseSession, SymptomEntry } from '../../../shared/domain/records';

/**
 * Every test starts from a fresh, empty profile (a new browser context: its own IndexedDB and
 * file storage), opens the app, waits for its own "ready" signal, and fails if the page logged any
 * console error or threw.
 */
export const test = base.extend<{ app: Page }>({
  app: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await openApp(page);
    await use(page);
    expect(problems, 'the app logged errors').toEqual([]);
  },
});

export { expect };

export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html[data-app-state="ready"]')).toBeAttached();
}

export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await expect(page.locator('html[data-app-state="ready"]')).toBeAttached();
}

/** Logs a workout through its form, the way a person would with a mouse. */
export async function logWorkout(
  page: Page,
  workout: { activity: string; durationMinutes: string; notes?: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Log workout' }).click();
  const form = page.getByRole('dialog', { name: 'Log a workout' });
  await form.getByLabel('Activity', { exact: true }).selectOption({ label: workout.activity });
  await form.getByLabel('Duration (minutes)').fill(workout.durationMinutes);
  if (workout.notes !== undefined) await form.getByLabel('Notes').fill(workout.notes);
  await form.getByRole('button', { name: 'Save workout' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Workout saved.' })).toBeVisible();
}

/** Logs a symptom through its form; it links to the newest workout by default. */
export async function logSymptom(
  page: Page,
  symptom: { sensations: string[]; places: string[]; severity: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Log symptom' }).click();
  const form = page.getByRole('dialog', { name: 'Log a symptom' });
  for (const sensation of symptom.sensations)
    await form.getByRole('checkbox', { name: sensation, exact: true }).check();
  for (const place of symptom.places) await form.getByRole('checkbox', { name: place, exact: true }).first().check();
  await form.getByLabel('Severity (0–10)').fill(symptom.severity);
  await form.getByRole('button', { name: 'Save symptom' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Symptom saved.' })).toBeVisible();
}

/** The journal's timeline. */
export function timeline(page: Page) {
  return page.getByRole('region', { name: 'Journal entries' });
}

/** Serious and critical accessibility violations, as axe-core reports them. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

/** Loads the sample journal from Settings, the way a person trying the app would. */
export async function loadSampleData(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const sample = page.getByRole('region', { name: 'Sample data' });
  await sample.getByRole('button', { name: 'Load sample data' }).click();
  await expect(sample.getByRole('status')).toHaveText('Sample data loaded.');
}

export interface StoredRows {
  readonly sessions: ExerciseSession[];
  readonly symptoms: SymptomEntry[];
}

/** What the journal holds, read straight from IndexedDB: exports and imports are compared with it. */
export function storedRows(page: Page): Promise<StoredRows> {
  return page.evaluate(
    () =>
      new Promise<StoredRows>((resolve, reject) => {
        const open = indexedDB.open('exercise-symptom-journal');
        open.onerror = () => reject(new Error('Could not open the journal'));
        open.onsuccess = () => {
          const read = open.result.transaction(['sessions', 'symptoms'], 'readonly');
          const sessions = read.objectStore('sessions').getAll();
          const symptoms = read.objectStore('symptoms').getAll();
          read.oncomplete = () => {
            open.result.close();
            resolve({ sessions: sessions.result as ExerciseSession[], symptoms: symptoms.result as SymptomEntry[] });
          };
        };
      }),
  );
}

/** Rows in id order, so two reads compare equal whatever order a store returns them in. */
export const byId = <T extends { id: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** The files one click saves; in the browser each is a download. */
export async function downloadsOf(
  page: Page,
  button: string,
  count: number,
): Promise<{ name: string; buffer: Buffer }[]> {
  const downloads: Download[] = [];
  const collect = (download: Download) => downloads.push(download);
  page.on('download', collect);
  await page.getByRole('button', { name: button }).click();
  await expect.poll(() => downloads.length).toBe(count);
  page.off('download', collect);
  return Promise.all(
    downloads.map(async (file) => ({ name: file.suggestedFilename(), buffer: await readFile(await file.path()) })),
  );
}

/** The cells of one kind's row in a preview's "Compared with your journal" table. */
export function countsOf(previewRegion: Locator, table: string): Locator {
  return previewRegion
    .getByRole('table', { name: 'Compared with your journal' })
    .getByRole('row')
    .filter({ has: previewRegion.page().getByRole('rowheader', { name: table, exact: true }) })
    .getByRole('cell');
}

/** A count as the English interface writes it. */
export const count = (n: number): string => new Intl.NumberFormat('en-GB').format(n);

/**
 * An empty profile of its own, as on another computer, with the project's settings and a page not
 * yet opened; `problems` collects what the page logs as an error or throws.
 */
export async function unopenedProfile(browser: Browser) {
  const { baseURL, locale, viewport } = test.info().project.use;
  const context = await browser.newContext({
    ...(baseURL === undefined ? {} : { baseURL }),
    ...(locale === undefined ? {} : { locale }),
    ...(viewport === undefined ? {} : { viewport }),
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { context, page, problems };
}

/** An empty profile of its own, as on another computer, failing on any console error like the `app` fixture. */
export async function freshProfile(browser: Browser) {
  const { context, page, problems } = await unopenedProfile(browser);
  await openApp(page);
  return {
    page,
    async close() {
      await context.close();
      expect(problems, 'the app logged errors').toEqual([]);
    },
  };
}
