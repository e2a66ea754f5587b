import type { Page } from '@playwright/test';
import { expect, loadSampleData, logSymptom, logWorkout, seriousAxeViolations, test } from './fixtures';
import { pdfPageTexts } from './pdf-text';

function reportScreen(app: Page) {
  return app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Report' });
}

test('a report built from the sample data prints to a PDF whose text matches the preview', async ({ app, context }) => {
  // Six months of sample entries, an accessibility scan of the whole preview and a 20-page PDF.
  test.setTimeout(90_000);
  await loadSampleData(app);
  await reportScreen(app).click();
  const preview = app.getByRole('article', { name: 'Visit report' });
  await expect(preview).toBeVisible();
  await app.getByLabel('Your name (optional)').fill('Ada <b>Lovelace</b>');
  await app
    .getByLabel('Questions for the doctor (optional)')
    .fill('Is the calf numbness a worry?\nShould I change my holds?');

  // The first page's figures, as the preview shows them.
  await expect(preview.getByText('For Ada <b>Lovelace</b>')).toBeVisible();
  await expect(preview.getByText('Patient-reported from a personal journal', { exact: false })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Questions for this visit' })).toBeVisible();
  const numbness = preview.getByRole('row', { name: /^Numbness / });
  const [entries, typical, worst] = await Promise.all(
    [1, 2, 3].map((column) =>
      numbness
        .getByRole('cell')
        .nth(column - 1)
        .textContent(),
    ),
  );
  await expect(preview.getByRole('heading', { name: 'Log', exact: true })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Severity over time' })).toBeVisible();
  expect(await seriousAxeViolations(app)).toEqual([]);

  // The same report route, printed by Chromium and read back by PDF.js.
  const [fromDay, toDay] = await Promise.all([
    app.getByLabel('From', { exact: true }).inputValue(),
    app.getByLabel('To', { exact: true }).inputValue(),
  ]);
  const print = await context.newPage();
  await print.goto(`/#/report/print?from=${fromDay}&to=${toDay}`);
  await expect(print.locator('html[data-report-state="ready"]')).toBeAttached({ timeout: 20_000 });
  const pages = await pdfPageTexts(await print.pdf({ preferCSSPageSize: true, printBackground: true }));
  await print.close();

  expect(pages.length).toBeGreaterThan(2);
  const [first = '', ...rest] = pages;
  expect(first).toContain('Patient-reported from a personal journal');
  expect(first).toContain('For Ada <b>Lovelace</b>');
  expect(first).toContain('Is the calf numbness a worry?');
  expect(first).toContain(`Numbness ${entries} ${typical} ${worst}`);
  expect(first).toContain('Relation to exercise'.toUpperCase());
  expect(first).toContain(`1 / ${pages.length}`);
  // Charts and the log follow on later pages, each numbered.
  expect(rest.some((text) => text.includes('Severity over time'))).toBe(true);
  expect(rest.some((text) => text.includes('Every workout and symptom in the period'))).toBe(true);
  pages.forEach((text, index) => expect(text).toContain(`${index + 1} / ${pages.length}`));
});

test('sections can be left out, the choices are remembered, and bad input is refused where it was typed', async ({
  app,
}) => {
  await logWorkout(app, { activity: 'Running', durationMinutes: '30', notes: 'Hill repeats' });
  await logSymptom(app, { sensations: ['Numbness'], places: ['Left calf'], severity: '4' });
  await reportScreen(app).click();
  const preview = app.getByRole('article', { name: 'Visit report' });
  await expect(preview.getByText('Hill repeats')).toBeVisible();

  await app.getByRole('checkbox', { name: 'Full log of workouts and symptoms' }).uncheck();
  await app.getByRole('checkbox', { name: 'Charts, with their numbers' }).uncheck();
  await expect(preview.getByText('Hill repeats')).toBeHidden();
  await expect(preview.getByRole('heading', { name: 'Severity over time' })).toBeHidden();
  await expect(preview.getByRole('row', { name: /^Numbness 1 4\/10 4\/10/ })).toBeVisible();

  const name = app.getByLabel('Your name (optional)');
  await name.fill('x'.repeat(101));
  await expect(app.getByText('The name can be at most 100 characters.')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Save as PDF…' })).toBeDisabled();
  await name.fill('Ada');
  await expect(app.getByRole('button', { name: 'Save as PDF…' })).toBeEnabled();

  // A start after the end is refused where it was typed, instead of printing an empty report.
  const to = await app.getByLabel('To', { exact: true }).inputValue();
  const from = await app.getByLabel('From', { exact: true }).inputValue();
  await app.getByLabel('From', { exact: true }).fill(to);
  await app.getByLabel('To', { exact: true }).fill(from);
  await expect(app.getByText('Choose a start date, and an end date on or after it.')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Save as PDF…' })).toBeDisabled();

  await app.reload();
  await expect(app.getByRole('checkbox', { name: 'Full log of workouts and symptoms' })).not.toBeChecked();
  await expect(app.getByLabel('Your name (optional)')).toHaveValue('Ada');
});

test('in a browser, "Save as PDF" opens the print dialog, and the next report starts from this one', async ({
  app,
}) => {
  await app.evaluate(() => {
    window.print = () => {
      document.documentElement.dataset.printed = String(Number(document.documentElement.dataset.printed ?? '0') + 1);
    };
  });
  await logWorkout(app, { activity: 'Yoga', durationMinutes: '45' });
  await reportScreen(app).click();
  await expect(app.getByText('The last 3 months.')).toBeVisible();
  // A report that ended ten days ago: the next one should start there.
  const toDay = await app.evaluate(() => {
    const day = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000);
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  });
  await app.getByLabel('To', { exact: true }).fill(toDay);
  await app.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'The print dialog is open' })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('data-printed', '1');

  await app.reload();
  await expect(app.getByLabel('From', { exact: true })).toHaveValue(toDay);
  await expect(app.getByText('Starts on the day of your last report')).toBeVisible();
});

test('an empty journal gives an honest, empty report', async ({ app }) => {
  await reportScreen(app).click();
  const preview = app.getByRole('article', { name: 'Visit report' });
  await expect(preview.getByText('Nothing was logged in this period.')).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Log', exact: true })).toBeHidden();
  expect(await seriousAxeViolations(app)).toEqual([]);
});
