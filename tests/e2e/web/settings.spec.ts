import { expect, logSymptom, logWorkout, openApp, reloadApp, seriousAxeViolations, test, timeline } from './fixtures';

test('the follow-up reminder appears the set time after a workout and leads to the symptom form', async ({ page }) => {
  await page.clock.install();
  await openApp(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const reminder = page.getByRole('region', { name: 'Follow-up reminder' });
  await expect(reminder.getByLabel('After I log a workout, remind me to note how I feel')).toBeChecked();
  await reminder.getByLabel('Remind me after (minutes)').fill('0');
  await reminder.getByRole('button', { name: 'Save reminder' }).click();
  await expect(reminder.getByLabel('Remind me after (minutes)')).toHaveAccessibleDescription(/from 1 minute/);
  await reminder.getByLabel('Remind me after (minutes)').fill('30');
  await reminder.getByRole('button', { name: 'Save reminder' }).click();
  await expect(reminder.getByRole('status')).toHaveText('Reminder saved.');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await logWorkout(page, { activity: 'Trail running', durationMinutes: '80' });
  const banner = page.getByRole('status').filter({ hasText: 'How do you feel after your Trail running workout?' });
  await page.clock.fastForward('25:00');
  await expect(banner).toBeHidden();
  await page.clock.fastForward('06:00');
  await expect(banner).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Still there after a restart, until answered.
  await reloadApp(page);
  await expect(banner).toBeVisible();
  await banner.getByRole('link', { name: 'Log a symptom' }).click();
  await expect(page.getByRole('dialog', { name: 'Log a symptom' })).toBeVisible();
  await expect(banner).toBeHidden();
});

test('no reminder is shown when reminders are switched off', async ({ page }) => {
  await page.clock.install();
  await openApp(page, '/#/settings');
  const reminder = page.getByRole('region', { name: 'Follow-up reminder' });
  await reminder.getByLabel('After I log a workout, remind me to note how I feel').uncheck();
  await reminder.getByRole('button', { name: 'Save reminder' }).click();
  await expect(reminder.getByRole('status')).toHaveText('Reminder saved.');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await logWorkout(page, { activity: 'Swimming', durationMinutes: '40' });
  await page.clock.fastForward('05:00:00');
  await expect(page.getByText('How do you feel after your')).toBeHidden();
});

test('the language can be switched to Indonesian and back, and the choice is kept', async ({ app }) => {
  await logWorkout(app, { activity: 'Running', durationMinutes: '35' });
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Bahasa Indonesia' });
  await expect(app.locator('html')).toHaveAttribute('lang', 'id');
  const nav = app.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Pengaturan' })).toBeVisible();
  expect(await seriousAxeViolations(app)).toEqual([]);

  await reloadApp(app);
  await expect(app.locator('html')).toHaveAttribute('lang', 'id');
  await nav.getByRole('link', { name: 'Jurnal' }).click();
  await expect(app.getByRole('button', { name: 'Catat latihan' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Entri jurnal' })).toContainText('35 menit');
  expect(await seriousAxeViolations(app)).toEqual([]);

  await nav.getByRole('link', { name: 'Pengaturan' }).click();
  await app.getByRole('combobox', { name: 'Bahasa' }).selectOption({ label: 'English' });
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible();
});

test.describe('on a computer set to Indonesian', () => {
  test.use({ locale: 'id-ID' });

  test('the app starts in Indonesian, with dates in Indonesian', async ({ app }) => {
    await expect(app.locator('html')).toHaveAttribute('lang', 'id');
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('Jurnal');
    await app.getByRole('button', { name: 'Catat latihan' }).click();
    const form = app.getByRole('dialog', { name: 'Catat latihan' });
    await form.getByLabel('Aktivitas', { exact: true }).selectOption('yoga');
    await form.getByLabel('Durasi (menit)').fill('60');
    await form.getByRole('button', { name: 'Simpan latihan' }).click();
    const weekday = await app.evaluate(() => new Intl.DateTimeFormat('id-ID', { weekday: 'long' }).format(new Date()));
    await expect(app.getByRole('region', { name: 'Entri jurnal' })).toContainText(weekday);
  });
});

test('sample data is loaded, marked, and removed without touching the person’s own entries', async ({ app }) => {
  await logWorkout(app, { activity: 'Swimming', durationMinutes: '40', notes: 'My own swim' });
  const nav = app.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Settings' }).click();
  const sample = app.getByRole('region', { name: 'Sample data' });
  await sample.getByRole('button', { name: 'Load sample data' }).click();
  await expect(sample.getByRole('status')).toHaveText('Sample data loaded.');
  await expect(sample).toContainText(/Your journal holds \d+ sample entries/);

  await nav.getByRole('link', { name: 'Journal' }).click();
  await expect(timeline(app).getByText('Sample').first()).toBeVisible();
  expect(await seriousAxeViolations(app)).toEqual([]);
  // Scrolling ten screens down the virtual list keeps rendering entries.
  await timeline(app).evaluate((element) => element.scrollBy(0, element.clientHeight * 10));
  await expect(timeline(app).getByRole('article').first()).toBeVisible();

  await nav.getByRole('link', { name: 'Settings' }).click();
  await sample.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(sample.getByRole('status')).toHaveText('Sample data removed.');
  await nav.getByRole('link', { name: 'Journal' }).click();
  await expect(timeline(app).getByText('Sample')).toHaveCount(0);
  await expect(timeline(app).getByRole('article', { name: 'Swimming' })).toContainText('My own swim');
});

test('a symptom logged against a sample workout is kept when the sample data goes', async ({ app }) => {
  const nav = app.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Settings' }).click();
  await app.getByRole('button', { name: 'Load sample data' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Sample data loaded.' })).toBeVisible();
  await nav.getByRole('link', { name: 'Journal' }).click();
  await app.getByRole('button', { name: 'Log symptom' }).click();
  const form = app.getByRole('dialog', { name: 'Log a symptom' });
  const workout = form.getByLabel('Workout', { exact: true });
  const firstSample = await workout.locator('option').nth(1).getAttribute('value');
  await workout.selectOption(firstSample ?? '');
  await form.getByRole('checkbox', { name: 'Cramp or spasm', exact: true }).check();
  await form.getByRole('checkbox', { name: 'Left calf', exact: true }).first().check();
  await form.getByLabel('Severity (0–10)').fill('3');
  await form.getByRole('button', { name: 'Save symptom' }).click();
  await expect(form).toBeHidden();

  await nav.getByRole('link', { name: 'Settings' }).click();
  await app.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Sample data removed.' })).toBeVisible();
  await nav.getByRole('link', { name: 'Journal' }).click();
  await expect(timeline(app).getByRole('article', { name: 'Cramp or spasm' })).toContainText('Not linked to a workout');
  await logSymptom(app, { sensations: ['Pain'], places: ['Left knee'], severity: '1' });
});
