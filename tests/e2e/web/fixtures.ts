import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

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

/** Logs a workout through the form, the way a person would. */
export async function logWorkout(
  page: Page,
  workout: { activity: string; durationMinutes: string; notes?: string },
): Promise<void> {
  const form = page.getByRole('form', { name: 'Log a workout' });
  await form.getByLabel('Activity').selectOption({ label: workout.activity });
  await form.getByLabel('Duration (minutes)').fill(workout.durationMinutes);
  if (workout.notes !== undefined) await form.getByLabel('Notes').fill(workout.notes);
  await form.getByRole('button', { name: 'Save workout' }).click();
  await expect(form.getByRole('status')).toHaveText('Workout saved.');
}

/** Logs a symptom through the form; it links to the newest workout by default. */
export async function logSymptom(
  page: Page,
  symptom: { sensation: string; region: string; side: string; severity: string },
): Promise<void> {
  const form = page.getByRole('form', { name: 'Log a symptom' });
  await form.getByLabel('Sensation').selectOption({ label: symptom.sensation });
  await form.getByLabel('Body region').selectOption({ label: symptom.region });
  await form.getByLabel('Side').selectOption({ label: symptom.side });
  await form.getByLabel('Severity').fill(symptom.severity);
  await form.getByRole('button', { name: 'Save symptom' }).click();
  await expect(form.getByRole('status')).toHaveText('Symptom saved.');
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
