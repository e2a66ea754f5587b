import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, reloadApp, seriousAxeViolations, test, timeline } from './fixtures';

// Garmin writes local times without a zone; the fixtures are an athlete's in Berlin.
test.use({ timezoneId: 'Europe/Berlin' });

const FIXTURES = join(__dirname, '../../fixtures/import');
const STRAVA = join(FIXTURES, 'strava-activities.csv');
const GARMIN = join(FIXTURES, 'garmin-activities.csv');

async function openDataScreen(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data in & out' }).click();
  return page.getByRole('region', { name: 'Import workouts from Strava or Garmin' });
}

async function openJournal(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
}

test('a Strava export is previewed, mapped by the person, imported once, and its mapping remembered', async ({
  app,
}) => {
  const panel = await openDataScreen(app);
  const file = panel.getByLabel('Choose a file…');
  await file.setInputFiles(STRAVA);

  const preview = panel.getByRole('region', { name: 'Check before importing' });
  await expect(panel.getByRole('status')).toHaveText(
    'Read strava-activities.csv. Check below what will be added, then import.',
  );
  await expect(preview).toContainText('“strava-activities.csv” is a list of workouts from Strava.');
  const summary = preview.getByRole('listitem');
  await expect(summary).toHaveText([
    '14 workouts will be added.',
    '1 row repeats a workout listed earlier in the file; it is added only once.',
    '4 workouts are left out until you choose an activity for their type (below).',
    '3 rows could not be read (see below).',
  ]);

  const rows = preview.getByRole('region', { name: 'Rows that can’t be imported' }).getByRole('row');
  await expect(rows).toHaveText([
    'LineWhyColumn',
    '16The date and time are missing or not written the way this service writes them.Activity Date',
    '17The activity type is empty or longer than 60 characters.Activity Type',
    '24The duration is zero or longer than 24 hours.Elapsed Time',
  ]);

  // Defaults are filled in; the types Strava has no journal activity for wait for the person.
  await expect(preview.getByRole('combobox', { name: 'Run', exact: true })).toHaveValue('running');
  await expect(preview.getByRole('combobox', { name: 'Mountain Bike Ride' })).toHaveValue('cycling');
  const workout = preview.getByRole('combobox', { name: 'Workout', exact: true });
  await expect(workout).toHaveValue('');
  await expect(workout).toHaveAccessibleDescription('Left out until you choose.');

  expect(await seriousAxeViolations(app)).toEqual([]);
  await app.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousAxeViolations(app)).toEqual([]);
  await app.emulateMedia({ colorScheme: 'light' });

  // Choosing an activity recomputes the plan; a default can be overridden too.
  await workout.selectOption({ label: 'Aerobics' });
  await expect(summary.first()).toHaveText('15 workouts will be added.');
  await preview.getByRole('combobox', { name: 'Rock Climb' }).selectOption({ label: 'Its own activity, “Rock Climb”' });
  await expect(summary.first()).toHaveText('16 workouts will be added.');
  await expect(summary).toContainText(['2 workouts are left out until you choose an activity for their type (below).']);
  await preview.getByRole('combobox', { name: 'Weight Training' }).selectOption({ label: 'Squats and holds' });

  await preview.getByRole('button', { name: 'Import 16 workouts' }).click();
  await expect(panel.getByRole('status')).toHaveText('16 workouts were added.');
  await expect(preview).toBeHidden();
  await expect(file).toBeFocused();

  await openJournal(app);
  const newest = timeline(app).getByRole('article').first();
  await expect(newest).toHaveAccessibleName('Running');
  await expect(newest).toContainText('Strava: Tempo "fast" run');
  await expect(newest).toContainText('Felt "great", then tingling in both hands');
  await expect(newest).toContainText('52 min · RPE 8');
  await app.getByLabel('Search notes').fill('Legs went numb');
  const legDay = timeline(app).getByRole('article', { name: 'Squats and holds' });
  await expect(legDay).toContainText('Strava: Leg day');
  await expect(legDay).toContainText('Legs went numb on the last set');
  await app.getByLabel('Search notes').fill('Bouldering');
  await expect(timeline(app).getByRole('article', { name: 'Rock Climb' })).toContainText('Strava: Bouldering');

  // The same file again: everything it can add is already there.
  await openDataScreen(app);
  await file.setInputFiles(STRAVA);
  await expect(summary).toHaveText([
    'There is nothing new to add.',
    '17 workouts are already in your journal.',
    '2 workouts are left out until you choose an activity for their type (below).',
    '3 rows could not be read (see below).',
  ]);
  await expect(preview.getByRole('button', { name: 'Import 0 workouts' })).toBeDisabled();
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('status')).toHaveText('Nothing was imported.');
  await expect(preview).toBeHidden();

  // After a restart, a new file with the same types starts from the person's choices.
  await reloadApp(app);
  const strava = readFileSync(STRAVA, 'utf8');
  const header = strava.slice(0, strava.indexOf('\n'));
  const columns = header.split(',').length;
  const row = (id: string, date: string, name: string, type: string, seconds: string) =>
    [id, `"${date}"`, name, type, '""', seconds, ...Array<string>(columns - 6).fill('')].join(',');
  const later = [
    header,
    row('12000000001', 'Sep 2, 2024, 5:30:00 PM', 'Circuit class', 'Workout', '2700'),
    row('12000000002', 'Sep 3, 2024, 6:15:00 PM', 'Leg day', 'Weight Training', '3600'),
  ].join('\n');
  await file.setInputFiles({ name: 'activities.csv', mimeType: 'text/csv', buffer: Buffer.from(later) });
  await expect(summary.first()).toHaveText('2 workouts will be added.');
  await expect(preview.getByRole('combobox', { name: 'Workout', exact: true })).toHaveValue('aerobics');
  await expect(preview.getByRole('combobox', { name: 'Weight Training' })).toHaveValue('squats-holds');
});

test('a Garmin Connect export is imported, and the same workouts from Strava are then recognised', async ({ app }) => {
  const panel = await openDataScreen(app);
  const file = panel.getByLabel('Choose a file…');
  await file.setInputFiles(GARMIN);

  const preview = panel.getByRole('region', { name: 'Check before importing' });
  await expect(preview).toContainText('“garmin-activities.csv” is a list of workouts from Garmin Connect.');
  await expect(preview).toContainText('read as times in Europe/Berlin');
  const summary = preview.getByRole('listitem');
  await expect(summary).toHaveText([
    '12 workouts will be added.',
    '2 workouts are left out until you choose an activity for their type (below).',
    '2 rows could not be read (see below).',
  ]);
  await expect(preview.getByRole('region', { name: 'Rows that can’t be imported' }).getByRole('row')).toHaveText([
    'LineWhyColumn',
    '16The date and time are missing or not written the way this service writes them.Date',
    '17The duration is missing or is not a length of time.Elapsed Time',
  ]);
  await expect(preview.getByRole('combobox', { name: 'Open Water Swimming' })).toHaveValue('swimming');
  await preview.getByRole('combobox', { name: 'HIIT' }).selectOption({ label: 'Aerobics' });
  await preview.getByRole('button', { name: 'Import 13 workouts' }).click();
  await expect(panel.getByRole('status')).toHaveText('13 workouts were added.');

  await openJournal(app);
  await app.getByLabel('Search notes').fill('before breakfast');
  await expect(timeline(app).getByRole('article', { name: 'Swimming' })).toContainText(
    'Garmin Connect: Lake, before breakfast',
  );

  // The Strava list holds seven of the same workouts, synced from the same watch, one of them twice.
  await openDataScreen(app);
  await file.setInputFiles(STRAVA);
  await expect(summary.first()).toHaveText('7 workouts will be added.');
  await expect(summary.nth(1)).toHaveText('8 workouts are already in your journal.');
});

test('a file that is not a workout list gets a clear message, and the journal stays as it was', async ({ app }) => {
  const panel = await openDataScreen(app);
  const file = panel.getByLabel('Choose a file…');
  const preview = panel.getByRole('region', { name: 'Check before importing' });
  const alert = panel.getByRole('alert');

  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
  ]);
  await file.setInputFiles({ name: 'activities.csv', mimeType: 'text/csv', buffer: png });
  await expect(alert).toHaveText(
    'This is not a CSV file: it does not contain text. Choose activities.csv from Strava or Activities.csv from Garmin Connect.',
  );
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  await expect(file).toHaveAccessibleDescription(/does not contain text/);
  await expect(preview).toBeHidden();

  await file.setInputFiles({
    name: 'notes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('date,what\n2024-01-05,felt fine\n'),
  });
  await expect(alert).toHaveText(/^This is not a list of workouts from Strava or Garmin Connect\./);

  await file.setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('\n \n') });
  await expect(alert).toHaveText(/^This file is empty\./);

  await file.setInputFiles({
    name: 'activities.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Activity ID,Activity Date,Activity Type\n1,"Jan 5, 2024, 5:30:12 PM",Run\n'),
  });
  await expect(alert).toHaveText(/its “Elapsed Time” column is missing/);
  await expect(preview).toBeHidden();
  expect(await seriousAxeViolations(app)).toEqual([]);

  await openJournal(app);
  await expect(app.getByText('No entries yet.', { exact: false })).toBeVisible();
  await expect(timeline(app).getByRole('article')).toHaveCount(0);
});
