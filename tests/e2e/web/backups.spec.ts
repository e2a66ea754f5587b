import { expect, logSymptom, logWorkout, reloadApp, seriousAxeViolations, test } from './fixtures';

test('backups are kept, erasing takes one first, and an empty journal is offered the newest', async ({ app }) => {
  await logWorkout(app, { activity: 'Running', durationMinutes: '40' });
  await logSymptom(app, { sensations: ['Tingling / pins and needles'], places: ['Right hand'], severity: '3' });

  const nav = app.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Settings' }).click();
  const data = app.getByRole('region', { name: 'Your data' });
  await expect(data).toContainText('Nothing is ever sent anywhere.');
  await data.getByRole('button', { name: 'Back up now' }).click();
  await expect(data.getByRole('status')).toHaveText('Backup saved.');
  await expect(data.getByRole('button', { name: /^Restore the backup from/ })).toHaveCount(1);

  await data.getByRole('button', { name: 'Erase all journal entries…' }).click();
  const confirm = app.getByRole('dialog', { name: 'Erase all journal entries?' });
  await expect(confirm).toBeVisible();
  expect(await seriousAxeViolations(app)).toEqual([]);
  await confirm.getByRole('button', { name: 'Erase everything' }).click();
  await expect(data.getByRole('status')).toContainText('A backup was taken first.');
  await expect(data.getByRole('button', { name: /^Restore the backup from/ })).toHaveCount(2);

  await nav.getByRole('link', { name: 'Journal' }).click();
  await expect(app.getByRole('region', { name: 'Journal entries' })).toContainText('No entries yet');

  // What a person sees after Chromium wiped the database: an empty journal, backups on disk.
  await reloadApp(app);
  const offer = app.getByRole('dialog', { name: 'Restore your journal?' });
  await expect(offer).toBeVisible();
  expect(await seriousAxeViolations(app)).toEqual([]);
  await offer.getByRole('button', { name: 'Restore backup' }).click();
  await expect(offer).toBeHidden();
  await expect(app.getByRole('status').filter({ hasText: 'was restored' })).toBeVisible();
  const entries = app.getByRole('region', { name: 'Journal entries' });
  await expect(entries.getByRole('article', { name: 'Running' })).toContainText('40 min');
  await expect(entries.getByRole('article', { name: 'Tingling / pins and needles' })).toContainText('Right hand');

  // Restored rows are real rows: they survive the next reload, and no offer appears any more.
  await reloadApp(app);
  await expect(app.getByRole('dialog', { name: 'Restore your journal?' })).toBeHidden();
  await expect(app.getByRole('article', { name: 'Running' })).toBeVisible();
});

test('an empty journal can decline the offer and start afresh', async ({ app }) => {
  await logWorkout(app, { activity: 'Swimming', durationMinutes: '30' });
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await app.getByRole('button', { name: 'Erase all journal entries…' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Erase everything' }).click();
  await expect(app.getByRole('region', { name: 'Your data' }).getByRole('status')).toContainText('erased');

  await reloadApp(app);
  const offer = app.getByRole('dialog', { name: 'Restore your journal?' });
  await offer.getByRole('button', { name: 'Start with an empty journal' }).click();
  await expect(offer).toBeHidden();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Settings');
});

test('a daily backup is taken at start when the journal has entries', async ({ app }) => {
  await logWorkout(app, { activity: 'Walking at pace', durationMinutes: '20' });
  await reloadApp(app);
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(app.getByRole('button', { name: /^Restore the backup from/ })).toHaveCount(1);
  // At most once a day: another start the same day adds none.
  await reloadApp(app);
  await expect(app.getByRole('button', { name: /^Restore the backup from/ })).toHaveCount(1);
});
