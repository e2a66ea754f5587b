import type { Page } from '@playwright/test';
import { expect, logSymptom, logWorkout, reloadApp, seriousAxeViolations, test, timeline } from './fixtures';

/** Counts every key press, so the keyboard path can be held to its budget. */
function keyboard(page: Page) {
  let presses = 0;
  return {
    press: async (key: string) => {
      presses += 1;
      await page.keyboard.press(key);
    },
    /** Typed text is what the person would type anyway; it is not counted. */
    type: (text: string) => page.keyboard.type(text),
    get presses() {
      return presses;
    },
  };
}

test('a workout and two linked symptoms are logged with the keyboard alone, in at most 25 key presses', async ({
  app,
}) => {
  const keys = keyboard(app);
  await keys.press('n');
  const workout = app.getByRole('dialog', { name: 'Log a workout' });
  await expect(workout.getByLabel('Activity', { exact: true })).toBeFocused();
  await keys.type('yoga');
  await keys.press('Tab');
  await keys.type('45');
  await keys.press('Enter');
  await expect(workout).toBeHidden();

  for (const [sensation, place, severity] of [
    ['numb', 'left calf', '4'],
    ['ting', 'left toes', '2'],
  ] as const) {
    await keys.press('s');
    const symptom = app.getByRole('dialog', { name: 'Log a symptom' });
    await expect(symptom.getByLabel('Add a sensation')).toBeFocused();
    await keys.type(sensation);
    await keys.press('Enter');
    // Past the map's "Show as a list" switch, into the map; typing a place's name goes to it.
    await keys.press('Tab');
    await keys.press('Tab');
    await keys.type(place);
    await keys.press('Space');
    await keys.press('Tab');
    await expect(symptom.getByLabel('Severity (0–10)')).toBeFocused();
    await keys.type(severity);
    await keys.press('Enter');
    await expect(symptom).toBeHidden();
  }
  expect(keys.presses).toBeLessThanOrEqual(25);

  const yoga = timeline(app).getByRole('article', { name: 'Yoga' });
  await expect(yoga).toContainText('45 min');
  await expect(timeline(app).getByRole('article', { name: 'Numbness' })).toContainText('Left calf');
  await expect(timeline(app).getByRole('article', { name: 'Tingling / pins and needles' })).toContainText('Left toes');

  await reloadApp(app);
  await expect(timeline(app).getByRole('article', { name: 'Yoga' })).toBeVisible();
  await expect(timeline(app).getByRole('article', { name: 'Numbness' })).toContainText('severity 4/10');
  await expect(timeline(app).getByRole('article', { name: 'Tingling / pins and needles' })).toContainText(
    'severity 2/10',
  );
});

test('every rule of the workout form answers in plain words next to its field, and nothing is saved', async ({
  app,
}) => {
  await app.getByRole('button', { name: 'Log workout' }).click();
  const form = app.getByRole('dialog', { name: 'Log a workout' });
  const save = form.getByRole('button', { name: 'Save workout' });

  await form.getByLabel('Activity', { exact: true }).selectOption({ label: 'Another activity…' });
  await form.getByLabel('Your activity').fill('   ');
  await form.getByLabel('Duration (minutes)').fill('-5');
  await form.getByLabel('Start').fill('2999-01-01T10:00');
  await form.getByLabel('Notes').fill('x'.repeat(10_001));
  await form.getByLabel('Water drunk (ml)').fill('-200');
  await form.getByLabel('Intensity (RPE 1–10)').fill('11');
  await save.click();

  await expect(form.getByLabel('Your activity')).toHaveAccessibleDescription(/Choose the activity, or type your own/);
  await expect(form.getByLabel('Your activity')).toBeFocused();
  await expect(form.getByLabel('Duration (minutes)')).toHaveAccessibleDescription(/from 1 to 1,440/);
  await expect(form.getByLabel('Start')).toHaveAccessibleDescription(/in the future/);
  await expect(form.getByLabel('Notes')).toHaveAccessibleDescription(/at most 10,000 characters/);
  await expect(form.getByLabel('Water drunk (ml)')).toHaveAccessibleDescription(/from 0 to 10,000/);
  await expect(form.getByLabel('Intensity (RPE 1–10)')).toHaveAccessibleDescription(/from 1 to 10/);
  // What was typed is still there.
  await expect(form.getByLabel('Duration (minutes)')).toHaveValue('-5');
  expect(await seriousAxeViolations(app)).toEqual([]);

  await form.getByRole('button', { name: 'Cancel' }).click();
  await reloadApp(app);
  await expect(timeline(app)).toContainText('No entries yet');
});

test('every rule of the symptom form answers next to its field', async ({ app }) => {
  await app.getByRole('button', { name: 'Log symptom' }).click();
  const form = app.getByRole('dialog', { name: 'Log a symptom' });
  await form.getByLabel('Severity (0–10)').fill('11');
  await form.getByLabel('How long it lasted (minutes)').fill('-3');
  await form.getByLabel('When it started').selectOption({ label: 'Minutes after…' });
  await form.getByRole('button', { name: 'Save symptom' }).click();

  await expect(form.getByLabel('Add a sensation')).toHaveAccessibleDescription(/Choose what you felt/);
  await expect(form.getByLabel('Add a sensation')).toBeFocused();
  await expect(form.getByText('Choose where you felt it on the body map or in the list.')).toBeVisible();
  await expect(form.getByLabel('Severity (0–10)')).toHaveAccessibleDescription(/from 0 to 10/);
  await expect(form.getByLabel('How long it lasted (minutes)')).toHaveAccessibleDescription(/whole minutes/);
  await expect(form.getByLabel('Minutes after')).toHaveAccessibleDescription(/how long after the workout/);
  expect(await seriousAxeViolations(app)).toEqual([]);
});

test('a custom activity and a custom sensation are remembered and offered first', async ({ app }) => {
  await app.getByRole('button', { name: 'Log workout' }).click();
  const form = app.getByRole('dialog', { name: 'Log a workout' });
  await form.getByLabel('Activity', { exact: true }).selectOption({ label: 'Another activity…' });
  await form.getByLabel('Your activity').fill('Padel');
  await form.getByLabel('Duration (minutes)').fill('60');
  await form.getByRole('button', { name: 'Save workout' }).click();
  await expect(timeline(app).getByRole('article', { name: 'Padel' })).toBeVisible();

  await app.getByRole('button', { name: 'Log symptom' }).click();
  const symptom = app.getByRole('dialog', { name: 'Log a symptom' });
  await symptom.getByLabel('Add a sensation').fill('heavy legs');
  await symptom.getByLabel('Add a sensation').press('Enter');
  await expect(symptom.getByRole('checkbox', { name: 'heavy legs' })).toBeChecked();
  await symptom.getByRole('checkbox', { name: 'Left thigh', exact: true }).first().check();
  await symptom.getByLabel('Severity (0–10)').fill('2');
  await symptom.getByRole('button', { name: 'Save symptom' }).click();
  await expect(timeline(app).getByRole('article', { name: 'heavy legs' })).toBeVisible();
  // The filters, read again once the window is idle after each write, offer them too.
  await expect(app.locator('#filter-activity option', { hasText: 'Padel' })).toHaveCount(1);
  await expect(app.locator('#filter-sensation option', { hasText: 'heavy legs' })).toHaveCount(1);

  await app.getByRole('button', { name: 'Log workout' }).click();
  const again = app.getByRole('dialog', { name: 'Log a workout' });
  const firstGroup = again.getByLabel('Activity', { exact: true }).locator('optgroup').first();
  await expect(firstGroup).toHaveAttribute('label', 'Your activities');
  await expect(firstGroup.locator('option').first()).toHaveText('Padel');
});

test('"same as last time" fills in the last workout of that activity', async ({ app }) => {
  await app.getByRole('button', { name: 'Log workout' }).click();
  let form = app.getByRole('dialog', { name: 'Log a workout' });
  await form.getByLabel('Activity', { exact: true }).selectOption({ label: 'Yoga' });
  await form.getByLabel('Duration (minutes)').fill('75');
  await form.getByLabel('Longest hold (minutes)').fill('4');
  await form.getByRole('group', { name: 'Warm-up' }).getByRole('button', { name: 'No' }).click();
  await form.getByRole('button', { name: 'Save workout' }).click();

  await app.getByRole('button', { name: 'Log workout' }).click();
  form = app.getByRole('dialog', { name: 'Log a workout' });
  await form.getByLabel('Activity', { exact: true }).selectOption({ label: 'Yoga' });
  await form.getByRole('button', { name: 'Same as last time' }).click();
  await expect(form.getByLabel('Duration (minutes)')).toHaveValue('75');
  await expect(form.getByLabel('Longest hold (minutes)')).toHaveValue('4');
  await expect(form.getByRole('group', { name: 'Warm-up' }).getByRole('button', { name: 'No' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(form.getByRole('status').filter({ hasText: 'Filled in from your workout on' })).toBeVisible();
});

test('an entry opens for editing, and the change is saved', async ({ app }) => {
  await logWorkout(app, { activity: 'Running', durationMinutes: '30' });
  await logSymptom(app, { sensations: ['Soreness'], places: ['Left calf'], severity: '3' });

  await timeline(app).getByRole('button', { name: 'Edit Running' }).click();
  const form = app.getByRole('dialog', { name: 'Edit workout' });
  await expect(form.getByLabel('Duration (minutes)')).toHaveValue('30');
  await form.getByLabel('Duration (minutes)').fill('42');
  await form.getByRole('button', { name: 'Save workout' }).click();
  await expect(timeline(app).getByRole('article', { name: 'Running' })).toContainText('42 min');

  await timeline(app).getByRole('button', { name: 'Edit Soreness' }).click();
  const symptom = app.getByRole('dialog', { name: 'Edit symptom' });
  await expect(symptom.getByRole('checkbox', { name: 'Soreness', exact: true })).toBeChecked();
  await symptom.getByLabel('Severity (0–10)').fill('6');
  await symptom.getByRole('button', { name: 'Save symptom' }).click();
  await expect(timeline(app).getByRole('article', { name: 'Soreness' })).toContainText('severity 6/10');

  await reloadApp(app);
  await expect(timeline(app).getByRole('article', { name: 'Running' })).toContainText('42 min');
  await expect(timeline(app).getByRole('article', { name: 'Soreness' })).toContainText('severity 6/10');
});

/** Eight evening runs on one day: more than the timeline shows without scrolling. */
async function logEveningRuns(page: Page): Promise<void> {
  for (let workout = 0; workout < 8; workout++) {
    await page.getByRole('button', { name: 'Log workout' }).click();
    const form = page.getByRole('dialog', { name: 'Log a workout' });
    await form.getByLabel('Activity', { exact: true }).selectOption({ label: 'Running' });
    await form.getByLabel('Start', { exact: true }).fill('2026-01-10T20:00');
    await form.getByLabel('Duration (minutes)').fill('30');
    await form.getByRole('button', { name: 'Save workout' }).click();
    await expect(form).toBeHidden();
  }
}

/** Whether the entry is inside the timeline's scrolled area, not just in the page: the timeline scrolls on its own. */
function shownInTimeline(page: Page, name: string): Promise<boolean> {
  return timeline(page).evaluate((region, label) => {
    const entry = [...region.querySelectorAll('article')].find(
      (article) => article.getAttribute('aria-label') === label,
    );
    if (entry === undefined) return false;
    const box = region.getBoundingClientRect();
    const rect = entry.getBoundingClientRect();
    return rect.top >= box.top && rect.bottom <= box.bottom;
  }, name);
}

test('a symptom saved below the fold of a busy day is scrolled into view', async ({ app }) => {
  // That morning's symptom, without a workout, comes after the evening's runs.
  await logEveningRuns(app);
  await app.getByRole('button', { name: 'Log symptom' }).click();
  const form = app.getByRole('dialog', { name: 'Log a symptom' });
  await form.getByRole('checkbox', { name: 'Numbness', exact: true }).check();
  await form.getByRole('checkbox', { name: 'Left calf', exact: true }).first().check();
  await form.getByLabel('Severity (0–10)').fill('3');
  await form.getByLabel('When you felt it').fill('2026-01-10T08:00');
  await form.getByLabel('Workout').selectOption({ label: 'Not linked to a workout' });
  await form.getByRole('button', { name: 'Save symptom' }).click();
  await expect(form).toBeHidden();
  await expect.poll(() => shownInTimeline(app, 'Numbness')).toBe(true);
  // It is below the workouts: the timeline had to scroll to show it.
  expect(await timeline(app).evaluate((region) => region.scrollTop)).toBeGreaterThan(0);
});

test('an edit that moves an entry out of sight scrolls to where it went', async ({ app }) => {
  await logEveningRuns(app);
  await expect(timeline(app).getByRole('article', { name: 'Running' })).toHaveCount(8);
  // The top run becomes the day before's ride, at the bottom of the timeline.
  await timeline(app).getByRole('button', { name: 'Edit Running' }).first().click();
  const form = app.getByRole('dialog', { name: 'Edit workout' });
  await form.getByLabel('Activity', { exact: true }).selectOption({ label: 'Cycling' });
  await form.getByLabel('Start', { exact: true }).fill('2026-01-09T20:00');
  await form.getByRole('button', { name: 'Save workout' }).click();
  await expect(form).toBeHidden();
  await expect.poll(() => shownInTimeline(app, 'Cycling')).toBe(true);
  expect(await timeline(app).evaluate((region) => region.scrollTop)).toBeGreaterThan(0);
});

test('delete, then Undo puts the entry back exactly, links included', async ({ app }) => {
  await logWorkout(app, { activity: 'Cycling', durationMinutes: '50' });
  await logSymptom(app, { sensations: ['Tingling / pins and needles'], places: ['Right hand'], severity: '2' });

  await timeline(app).getByRole('button', { name: 'Delete Cycling' }).click();
  await expect(timeline(app).getByRole('article', { name: 'Cycling' })).toBeHidden();
  // Its symptom stays, no longer linked.
  await expect(timeline(app).getByRole('article', { name: 'Tingling / pins and needles' })).toContainText(
    'Not linked to a workout',
  );
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Entry restored.' })).toBeVisible();
  await expect(timeline(app).getByRole('article', { name: 'Cycling' })).toBeVisible();
  await expect(timeline(app).getByRole('article', { name: 'Tingling / pins and needles' })).not.toContainText(
    'Not linked',
  );

  await timeline(app).getByRole('button', { name: 'Delete Tingling / pins and needles' }).click();
  await expect(timeline(app).getByRole('article', { name: 'Tingling / pins and needles' })).toBeHidden();
  await reloadApp(app);
  await expect(timeline(app).getByRole('article', { name: 'Tingling / pins and needles' })).toBeHidden();
  await expect(timeline(app).getByRole('article', { name: 'Cycling' })).toBeVisible();
});

test('filters narrow the timeline by activity, sensation, region, severity and words in the notes', async ({ app }) => {
  await logWorkout(app, { activity: 'Yoga', durationMinutes: '60', notes: 'Long pigeon holds' });
  await logSymptom(app, { sensations: ['Numbness'], places: ['Left calf'], severity: '5' });
  await logWorkout(app, { activity: 'Running', durationMinutes: '30', notes: 'Cold morning' });
  await logSymptom(app, { sensations: ['Tingling / pins and needles'], places: ['Right hand'], severity: '2' });

  const entries = timeline(app);
  await app.getByLabel('Activity', { exact: true }).selectOption({ label: 'Yoga' });
  await expect(entries.getByRole('article', { name: 'Yoga' })).toBeVisible();
  await expect(entries.getByRole('article', { name: 'Running' })).toBeHidden();
  await app.getByRole('button', { name: 'Clear filters' }).click();

  await app.getByLabel('Sensation', { exact: true }).selectOption({ label: 'Tingling / pins and needles' });
  await expect(entries.getByRole('article', { name: 'Running' })).toBeVisible();
  await expect(entries.getByRole('article', { name: 'Numbness' })).toBeHidden();
  await app.getByRole('button', { name: 'Clear filters' }).click();

  await app.getByLabel('Body region', { exact: true }).selectOption({ label: 'Calf' });
  await expect(entries.getByRole('article', { name: 'Numbness' })).toBeVisible();
  await expect(entries.getByRole('article', { name: 'Tingling / pins and needles' })).toBeHidden();
  await app.getByRole('button', { name: 'Clear filters' }).click();

  await app.getByLabel('Severity at least').selectOption('3');
  await expect(entries.getByRole('article', { name: 'Numbness' })).toBeVisible();
  await expect(entries.getByRole('article', { name: 'Tingling / pins and needles' })).toBeHidden();
  await expect(app.getByRole('status').filter({ hasText: 'match' })).toHaveText('2 entries match');
  await app.getByRole('button', { name: 'Clear filters' }).click();

  // "/" jumps to the search box; words match regardless of case.
  await app.locator('body').press('/');
  await expect(app.getByLabel('Search notes')).toBeFocused();
  await app.keyboard.type('PIGEON');
  await expect(entries.getByRole('article', { name: 'Yoga' })).toBeVisible();
  await expect(entries.getByRole('article', { name: 'Running' })).toBeHidden();

  const today = await app.evaluate(() => new Date().toLocaleDateString('sv'));
  await app.getByLabel('Search notes').fill('');
  await app.getByLabel('From', { exact: true }).fill('2000-01-01');
  await app.getByLabel('To', { exact: true }).fill('2000-12-31');
  await expect(entries).toContainText('No entries match these filters.');
  await app.getByLabel('To', { exact: true }).fill(today);
  await expect(entries.getByRole('article', { name: 'Running' })).toBeVisible();
});

test('the shortcuts are listed in a help dialog', async ({ app }) => {
  await app.locator('body').press('?');
  const help = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Log a workout');
  await expect(help).toContainText('Log a symptom');
  await expect(help).toContainText('Search notes');
  expect(await seriousAxeViolations(app)).toEqual([]);
  await app.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('the journal, its forms and dialogs pass an accessibility scan, empty and with entries', async ({ app }) => {
  expect(await seriousAxeViolations(app)).toEqual([]);
  await logWorkout(app, { activity: 'Cycling', durationMinutes: '45' });
  await logSymptom(app, { sensations: ['Numbness', 'Burning'], places: ['Left sole', 'Right sole'], severity: '3' });
  expect(await seriousAxeViolations(app)).toEqual([]);
  await app.getByRole('button', { name: 'Log workout' }).click();
  expect(await seriousAxeViolations(app)).toEqual([]);
  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Log symptom' }).click();
  await app.getByRole('dialog').locator('summary', { hasText: 'Warning signs' }).click();
  expect(await seriousAxeViolations(app)).toEqual([]);
});

test('what a person types is shown as text, never run as markup', async ({ app }) => {
  const markup = '<img src=x onerror="document.title=\'pwned\'"><b>bold?</b>';
  await logWorkout(app, { activity: 'Running', durationMinutes: '25', notes: markup });
  const running = timeline(app).getByRole('article', { name: 'Running' });
  await expect(running).toContainText(markup);
  await expect(running.locator('img, b')).toHaveCount(0);
  expect(await app.title()).not.toBe('pwned');
});
