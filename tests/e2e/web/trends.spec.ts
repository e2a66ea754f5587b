import type { Locator, Page } from '@playwright/test';
import { expect, logSymptom, logWorkout, seriousAxeViolations, test, timeline } from './fixtures';

async function loadSampleData(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sample data loaded.' })).toBeVisible();
}

async function openTrends(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends' }).click();
  await expect(page.locator('[data-trends-state="ready"]')).toBeAttached();
}

const CHARTS = [
  'Severity over time',
  'Symptoms per week',
  'Symptoms by activity',
  'Where it is felt',
  'When symptoms start',
  'Calendar',
  'Workout load and severity',
];

test('with sample data every chart renders with a summary, and the insights compare factors honestly', async ({
  app,
}) => {
  await loadSampleData(app);
  await openTrends(app);
  for (const name of CHARTS) {
    const chart = app.getByRole('region', { name });
    await expect(chart).toBeVisible();
    await expect(chart.locator('.chart-summary')).not.toBeEmpty();
    // Every placeholder of the sentence is filled in.
    await expect(chart.locator('.chart-summary')).not.toContainText('{{');
    await expect(chart.locator('svg').first()).toBeAttached();
  }
  await expect(app.getByRole('region', { name: 'When symptoms start' }).locator('.chart-summary')).toHaveText(
    /^Most often .+ \(\d+ symptoms?\)\.$/,
  );
  const insights = app.getByRole('region', { name: 'What seems to bring it on' });
  await expect(insights.getByRole('listitem').first()).toContainText(/followed \d+ of \d+ workouts .* and \d+ of \d+/);
  await expect(insights).toContainText('not proof of a cause');
  expect(await seriousAxeViolations(app)).toEqual([]);
  await app.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousAxeViolations(app)).toEqual([]);
});

/** Opens a chart's "Show the numbers" and waits for its table, which is built as it opens. */
async function showNumbers(chart: Locator): Promise<void> {
  await chart.locator('summary', { hasText: 'Show the numbers' }).click();
  await expect(chart.locator('tbody tr').first()).toBeVisible();
}

test('the numbers behind each chart match what it draws', async ({ app }) => {
  await loadSampleData(app);
  await openTrends(app);
  const totals = await app.locator('.trends-totals').textContent();
  const episodes = Number(/and (\d+) symptoms/.exec(totals ?? '')?.[1]);
  expect(episodes).toBeGreaterThan(0);

  const weekly = app.getByRole('region', { name: 'Symptoms per week' });
  await showNumbers(weekly);
  const weeklyCounts = await weekly.locator('tbody td').allTextContents();
  expect(weeklyCounts.reduce((sum, cell) => sum + Number(cell), 0)).toBe(episodes);
  // One drawn bar per week with symptoms.
  await expect(weekly.locator('.recharts-bar-rectangle path')).toHaveCount(weeklyCounts.length);

  const activity = app.getByRole('region', { name: 'Symptoms by activity' });
  await showNumbers(activity);
  const perActivity = await activity
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Number(row.querySelectorAll('td')[1]?.textContent)));
  expect(perActivity.reduce((sum, count) => sum + count, 0)).toBe(episodes);
  const labels = await activity.locator('.recharts-label-list text, .recharts-label').allTextContents();
  expect(
    labels
      .filter((label) => label !== '' && label !== '0')
      .map(Number)
      .sort(),
  ).toEqual(perActivity.filter((count) => count > 0).sort());

  const onset = app.getByRole('region', { name: 'When symptoms start' });
  await showNumbers(onset);
  const onsetCounts = await onset.locator('tbody td').allTextContents();
  expect(onsetCounts.reduce((sum, cell) => sum + Number(cell), 0)).toBe(episodes);

  const regions = app.getByRole('region', { name: 'Where it is felt' });
  await showNumbers(regions);
  const mapCounts = (await regions.locator('.heat-count').allTextContents()).map(Number).sort((a, b) => a - b);
  const tableCounts = (await regions.locator('tbody td').allTextContents()).map(Number).sort((a, b) => a - b);
  expect(mapCounts).toEqual(tableCounts);
});

test('the period and filters change the charts, and the choice is remembered', async ({ app }) => {
  await loadSampleData(app);
  await openTrends(app);
  const totals = app.locator('.trends-totals');
  const threeMonths = await totals.textContent();

  await app.getByRole('radio', { name: '4 weeks' }).check();
  await expect(app.locator('[data-trends-state="ready"]')).toBeAttached();
  await expect(totals).not.toHaveText(threeMonths ?? '');
  const fourWeeks = await totals.textContent();

  await app.getByRole('radio', { name: 'All' }).check();
  await expect(totals).not.toHaveText(fourWeeks ?? '');
  await expect(app.locator('[data-trends-state="ready"]')).toBeAttached();

  await app.getByLabel('Sensation', { exact: true }).selectOption({ label: 'Numbness' });
  await expect(app.locator('[data-trends-state="ready"]')).toBeAttached();
  await expect(app.getByRole('region', { name: 'Severity over time' })).toContainText('Numbness');
  await expect(app.locator('.legend li')).toHaveCount(1);

  await app.getByRole('radio', { name: 'Custom' }).check();
  await app.getByLabel('From', { exact: true }).fill('2000-01-01');
  await app.getByLabel('To', { exact: true }).fill('2000-02-01');
  await expect(app.getByText('Nothing logged in this period yet.')).toBeVisible();

  await app.getByRole('radio', { name: 'All' }).check();
  await app.reload();
  await expect(app.locator('[data-trends-state="ready"]')).toBeAttached();
  await expect(app.getByRole('radio', { name: 'All' })).toBeChecked();
  await expect(app.getByLabel('Sensation', { exact: true })).toHaveValue('numbness');
});

/**
 * Holds back the Trends worker's answers until `release` is called, so the screen can be seen while
 * it counts (with ten years of entries that takes a few seconds; the sample data, a blink).
 */
async function holdTrendsAnswers(page: Page): Promise<{ hold: () => Promise<void>; release: () => Promise<void> }> {
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    const state = { holding: false };
    Object.assign(window, {
      __holdTrends: () => (state.holding = true),
      __releaseTrends: () => {
        state.holding = false;
        for (const deliver of held.splice(0)) deliver();
      },
    });
    window.Worker = class extends window.Worker {
      override set onmessage(handler: ((event: MessageEvent) => void) | null) {
        super.onmessage = (event: MessageEvent) => {
          if (state.holding) held.push(() => handler?.call(this, event));
          else handler?.call(this, event);
        };
      }
    };
  });
  return {
    hold: () => page.evaluate(() => (window as unknown as { __holdTrends: () => void }).__holdTrends()),
    release: () => page.evaluate(() => (window as unknown as { __releaseTrends: () => void }).__releaseTrends()),
  };
}

test('while a period is counted the screen says so, and the last charts stay dimmed until the new ones come', async ({
  app,
}) => {
  await loadSampleData(app);
  const trendsAnswers = await holdTrendsAnswers(app);
  await app.reload();
  await expect(app.locator('html[data-app-state="ready"]')).toBeAttached();
  await trendsAnswers.hold();
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends' }).click();
  const body = app.locator('.trends-body');
  await expect(app.getByRole('status').filter({ hasText: 'Reading your journal…' })).toBeVisible();
  await expect(body).toHaveAttribute('aria-busy', 'true');
  await trendsAnswers.release();
  await expect(app.locator('[data-trends-state="ready"]')).toBeAttached();
  await expect(body).toHaveAttribute('aria-busy', 'false');
  await expect(app.getByText('Reading your journal…')).toHaveCount(0);

  await trendsAnswers.hold();
  await app.getByRole('radio', { name: '1 year' }).check();
  await expect(body).toHaveAttribute('aria-busy', 'true');
  // The 3 months stay on screen, dimmed, and no "reading" line replaces them.
  await expect(app.getByRole('region', { name: 'Severity over time' })).toBeVisible();
  await expect(app.locator('.chart-grid')).toHaveCSS('opacity', '0.55');
  await expect(app.locator('.trends-totals')).toHaveCSS('opacity', '0.55');
  await expect(app.getByText('Reading your journal…')).toHaveCount(0);
  await trendsAnswers.release();
  await expect(app.locator('[data-trends-state="ready"]')).toBeAttached();
  await expect(app.locator('.chart-grid')).toHaveCSS('opacity', '1');
  await expect(app.locator('.trends-totals')).toHaveCSS('opacity', '1');
});

test('a worker that stops is reported in plain words instead of waited on', async ({ app }) => {
  // Every Trends worker stops at once, with the message the test leaves in sessionStorage.
  await app.addInitScript(() => {
    window.Worker = class extends window.Worker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.terminate();
        const message = sessionStorage.getItem('worker-stop-message') ?? '';
        setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message })), 0);
      }
    };
  });
  const stopWith = async (message: string) => {
    await app.evaluate((text) => sessionStorage.setItem('worker-stop-message', text), message);
    await app.goto('/#/trends');
    await app.reload();
    await expect(app.locator('html[data-app-state="ready"]')).toBeAttached();
  };

  await stopWith('it ran out of memory');
  await expect(app.getByRole('alert')).toHaveText('The charts could not be drawn: it ran out of memory');
  await expect(app.locator('.trends-body')).toHaveAttribute('aria-busy', 'false');
  await expect(app.getByText('Reading your journal…')).toHaveCount(0);

  // One that stops without a word gets the app's own words.
  await stopWith('');
  await expect(app.getByRole('alert')).toHaveText(
    'The charts could not be drawn: the part of the app that counts them stopped. Open Trends again to retry.',
  );
  await expect(app.locator('.trends-body')).toHaveAttribute('aria-busy', 'false');
});

test('a newly logged symptom shows up in open charts without a reload', async ({ app, context }) => {
  await logWorkout(app, { activity: 'Running', durationMinutes: '30' });
  const trends = await context.newPage();
  await trends.goto('/#/trends');
  await expect(trends.locator('[data-trends-state="ready"]')).toBeAttached();
  await expect(trends.locator('.trends-totals')).toHaveText('1 workout and 0 symptoms in this period.');

  await logSymptom(app, { sensations: ['Numbness'], places: ['Left calf'], severity: '4' });
  await expect(trends.locator('.trends-totals')).toHaveText('1 workout and 1 symptom in this period.');
  await expect(trends.getByRole('region', { name: 'Where it is felt' })).toContainText('Left calf');
  await trends.close();
});

test('a Trends screen opened after entries were added and deleted counts exactly what the journal holds', async ({
  app,
  context,
}) => {
  // Each new tab reads the month texts from IndexedDB, so this checks that every write marks its
  // month stale for the next reader, not only that an open screen hears of it.
  const openedTotals = async (): Promise<string | null> => {
    const trends = await context.newPage();
    await trends.goto('/#/trends');
    await expect(trends.locator('[data-trends-state="ready"]')).toBeAttached();
    const totals = await trends.locator('.trends-totals').textContent();
    await trends.close();
    return totals;
  };
  await logWorkout(app, { activity: 'Cycling', durationMinutes: '45' });
  expect(await openedTotals()).toBe('1 workout and 0 symptoms in this period.');
  await logSymptom(app, { sensations: ['Numbness'], places: ['Left calf'], severity: '4' });
  await logSymptom(app, { sensations: ['Tingling / pins and needles'], places: ['Right hand'], severity: '2' });
  expect(await openedTotals()).toBe('1 workout and 2 symptoms in this period.');
  await timeline(app).getByRole('button', { name: 'Delete Tingling / pins and needles' }).click();
  await expect(timeline(app).getByRole('article', { name: 'Tingling / pins and needles' })).toBeHidden();
  expect(await openedTotals()).toBe('1 workout and 1 symptom in this period.');
  await timeline(app).getByRole('button', { name: 'Delete Cycling' }).click();
  await expect(timeline(app).getByRole('article', { name: 'Cycling' })).toBeHidden();
  expect(await openedTotals()).toBe('0 workouts and 1 symptom in this period.');
});

test('an empty journal gets an honest empty state', async ({ app }) => {
  await openTrends(app);
  await expect(app.getByText('Nothing logged in this period yet.')).toBeVisible();
  expect(await seriousAxeViolations(app)).toEqual([]);
});
