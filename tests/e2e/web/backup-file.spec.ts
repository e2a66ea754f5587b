import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import {
  count,
  countsOf,
  expect,
  freshProfile,
  logSymptom,
  logWorkout,
  seriousAxeViolations,
  test,
  timeline,
} from './fixtures';

/** A backup file as the person saved it, to be opened again. */
interface SavedFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

interface BackupJson {
  schemaVersion: number;
  tables: { sessions: unknown[]; symptoms: { severity: number }[]; settings: unknown[]; articles: unknown[] };
}

const PASSPHRASE = 'correct horse battery staple';
/** Deriving the key from a passphrase takes a moment on purpose (PBKDF2, 600,000 rounds). */
const DECRYPT_TIMEOUT = 20_000;

function nav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

async function openDataScreen(page: Page): Promise<Locator> {
  await nav(page).getByRole('link', { name: 'Data in & out' }).click();
  return page.getByRole('region', { name: 'Your own backup' });
}

/** Loads the sample data from Settings and returns how many sample entries the journal holds. */
async function loadSampleData(page: Page): Promise<string> {
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  const sample = page.getByRole('region', { name: 'Sample data' });
  await sample.getByRole('button', { name: 'Load sample data' }).click();
  await expect(sample.getByRole('status')).toHaveText('Sample data loaded.');
  return sampleCount(page);
}

async function sampleCount(page: Page): Promise<string> {
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  const text = await page
    .getByRole('region', { name: 'Sample data' })
    .getByText(/Your journal holds/)
    .textContent();
  return /holds (\S+) sample/.exec(text ?? '')?.[1] ?? '';
}

/** Saves a backup from the Data screen; in the browser that is a download. */
async function saveBackup(page: Page, passphrase?: string): Promise<SavedFile> {
  const panel = await openDataScreen(page);
  const save = panel.getByRole('form', { name: 'Save a backup' });
  if (passphrase !== undefined) {
    await save.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
    await save.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await save.getByLabel('Repeat the passphrase').fill(passphrase);
  }
  const download = page.waitForEvent('download');
  await save.getByRole('button', { name: 'Save a backup…' }).click();
  const saved = await download;
  const path = await saved.path();
  const name = saved.suggestedFilename();
  await expect(save.getByRole('status')).toHaveText(
    passphrase === undefined ? `Saved ${name}.` : `Saved ${name}, protected with your passphrase.`,
  );
  return {
    name,
    mimeType: passphrase === undefined ? 'application/json' : 'application/octet-stream',
    buffer: readFileSync(path),
  };
}

function backupJson(file: SavedFile): BackupJson {
  return JSON.parse(file.buffer.toString('utf8')) as BackupJson;
}

function editedBackup(file: SavedFile, name: string, edit: (backup: BackupJson) => void): SavedFile {
  const backup = backupJson(file);
  edit(backup);
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) };
}

async function openBackup(panel: Locator, file: SavedFile): Promise<void> {
  await panel.getByLabel('Backup file').setInputFiles(file);
}

function openStatus(panel: Locator): Locator {
  return panel.getByRole('group', { name: 'Open a backup' }).getByRole('status').first();
}

function preview(panel: Locator, file: SavedFile): Locator {
  return panel.getByRole('region', { name: `What is in ${file.name}` });
}

async function replaceJournal(page: Page, previewRegion: Locator): Promise<void> {
  await previewRegion.getByRole('button', { name: 'Replace my journal with this backup' }).click();
  const confirm = page.getByRole('dialog', { name: 'Replace your journal with this backup?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Replace my journal' }).click();
  await expect(confirm).toBeHidden();
}

test('a saved backup opens on another computer, previews its counts, and replaces the empty journal', async ({
  app,
  browser,
}) => {
  const samples = await loadSampleData(app);
  const file = await saveBackup(app);
  expect(file.name).toMatch(/^journal-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const { tables } = backupJson(file);
  expect(tables.sessions.length).toBeGreaterThan(0);

  const other = await freshProfile(browser);
  const page = other.page;
  const panel = await openDataScreen(page);
  await openBackup(panel, file);
  await expect(openStatus(panel)).toHaveText(`Opened ${file.name}. Check below what is in it, then choose what to do.`);
  const shown = preview(panel, file);
  await expect(shown).toContainText('Not protected');
  await expect(shown).toContainText('By hand');
  const sessions = count(tables.sessions.length);
  const symptoms = count(tables.symptoms.length);
  await expect(countsOf(shown, 'Workouts')).toHaveText([sessions, sessions, '0', '0', '0', '0']);
  await expect(countsOf(shown, 'Symptoms')).toHaveText([symptoms, symptoms, '0', '0', '0', '0']);
  await expect(shown.getByRole('button', { name: 'Merge into my journal' })).toBeEnabled();

  await shown.getByRole('button', { name: 'Replace my journal with this backup' }).click();
  const confirm = page.getByRole('dialog', { name: 'Replace your journal with this backup?' });
  await expect(confirm).toContainText(`the backup’s ${sessions} workouts and ${symptoms} symptoms`);
  await confirm.getByRole('button', { name: 'Replace my journal' }).click();
  await expect(confirm).toBeHidden();
  await expect(openStatus(panel)).toHaveText(
    `Replaced: your journal now holds ${sessions} workouts and ${symptoms} symptoms from the backup. Your journal had no entries, so no safety backup was needed.`,
  );
  await expect(shown).toBeHidden();
  await expect(panel.getByLabel('Backup file')).toBeFocused();

  await nav(page).getByRole('link', { name: 'Journal' }).click();
  await expect(timeline(page).getByText('Sample').first()).toBeVisible();
  expect(await sampleCount(page)).toBe(samples);
  await other.close();
});

test('a backup protected with a passphrase opens only with it', async ({ app, browser }) => {
  await logWorkout(app, { activity: 'Cycling', durationMinutes: '55', notes: 'Hands numb on the hoods' });
  let panel = await openDataScreen(app);
  const save = panel.getByRole('form', { name: 'Save a backup' });
  await save.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
  await expect(save).toContainText('If you forget it, this backup can never be opened');
  await save.getByRole('button', { name: 'Save a backup…' }).click();
  await expect(save.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(
    /Enter a passphrase, or untick “Protect with a passphrase”\./,
  );
  await expect(save.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await save.getByLabel('Passphrase', { exact: true }).fill('short');
  await save.getByRole('button', { name: 'Save a backup…' }).click();
  await expect(save.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(/Use at least 8 characters/);
  await save.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await save.getByLabel('Repeat the passphrase').fill(`${PASSPHRASE}!`);
  await save.getByRole('button', { name: 'Save a backup…' }).click();
  await expect(save.getByLabel('Repeat the passphrase')).toHaveAccessibleDescription(
    'The two passphrases are not the same. Type them again.',
  );
  await expect(save.getByRole('status')).toHaveText('');

  const file = await saveBackup(app, PASSPHRASE);
  expect(file.name).toMatch(/\.json\.enc$/);
  expect(file.buffer.toString('latin1')).not.toContain('Hands numb');

  const other = await freshProfile(browser);
  const page = other.page;
  panel = await openDataScreen(page);
  await openBackup(panel, file);
  await expect(openStatus(panel)).toHaveText(`${file.name} is protected with a passphrase.`);
  const passphrase = panel.getByLabel('Passphrase for this backup');
  await passphrase.fill('not the passphrase');
  await passphrase.press('Enter');
  await expect(passphrase).toHaveAccessibleDescription(
    /That passphrase does not open this backup\. Check it and try again\./,
    { timeout: DECRYPT_TIMEOUT },
  );
  await expect(preview(panel, file)).toBeHidden();
  await nav(page).getByRole('link', { name: 'Journal' }).click();
  await expect(timeline(page)).toContainText('No entries yet');

  panel = await openDataScreen(page);
  await openBackup(panel, file);
  await panel.getByLabel('Passphrase for this backup').fill(PASSPHRASE);
  await panel.getByRole('button', { name: 'Open', exact: true }).click();
  const shown = preview(panel, file);
  await expect(shown).toContainText('Protected with a passphrase', { timeout: DECRYPT_TIMEOUT });
  await expect(countsOf(shown, 'Workouts')).toHaveText(['1', '1', '0', '0', '0', '0']);
  await replaceJournal(page, shown);
  await expect(openStatus(panel)).toHaveText(/^Replaced: your journal now holds 1 workout and 0 symptoms/);

  await nav(page).getByRole('link', { name: 'Journal' }).click();
  await expect(timeline(page).getByRole('article', { name: 'Cycling' })).toContainText('Hands numb on the hoods');
  await other.close();
});

test('files that are not a usable backup are refused in plain words and change nothing', async ({ app }) => {
  await logWorkout(app, { activity: 'Running', durationMinutes: '40' });
  await logSymptom(app, { sensations: ['Tingling / pins and needles'], places: ['Right hand'], severity: '3' });
  const file = await saveBackup(app);
  const text = file.buffer.toString('utf8');
  const panel = await openDataScreen(app);
  const input = panel.getByLabel('Backup file');

  const refused: readonly [SavedFile, string][] = [
    [
      { name: 'cut-short.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, text.length / 2)) },
      'This backup is incomplete: it ends part of the way through, perhaps because copying or saving it was interrupted. Use another copy of it.',
    ],
    [
      { name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from('{"theme":"dark","volume":7}') },
      'This file is not a journal backup. Choose a file saved with “Save a backup…”.',
    ],
    [
      // Bytes no text editor would write: a high byte, NUL and control characters.
      {
        name: 'photo.json',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 0xd1) % 256)),
      },
      'This is not a journal backup: its contents are not backup text. It may be another kind of file, or the backup is damaged.',
    ],
    [
      editedBackup(file, 'from-the-future.json', (backup) => {
        backup.schemaVersion = 999;
      }),
      'This backup was made by a newer version of the app. Update the app, then open it again.',
    ],
    [
      { name: 'empty.json', mimeType: 'application/json', buffer: Buffer.alloc(0) },
      'This file is empty, so it is not a backup.',
    ],
  ];
  for (const [bad, message] of refused) {
    await input.setInputFiles(bad);
    await expect(openStatus(panel)).toHaveText(message);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expect(panel.getByRole('region', { name: /^What is in/ })).toHaveCount(0);
  }

  const invalid = editedBackup(file, 'edited.json', (backup) => {
    const symptom = backup.tables.symptoms[0];
    if (symptom !== undefined) symptom.severity = 99;
  });
  await input.setInputFiles(invalid);
  await expect(openStatus(panel)).toHaveText(
    'This backup has entries with problems, listed below, so it cannot be restored or merged.',
  );
  const shown = preview(panel, invalid);
  await expect(shown.getByRole('region', { name: 'Entries with problems' }).getByRole('row')).toHaveText([
    'KindEntry no.FieldProblem',
    'Symptoms1severityEnter a severity from 0 to 10.',
  ]);
  await expect(countsOf(shown, 'Symptoms')).toHaveText(['1', '1', '0', '0', '0', '0', '1']);
  const replace = shown.getByRole('button', { name: 'Replace my journal with this backup' });
  const merge = shown.getByRole('button', { name: 'Merge into my journal' });
  await expect(replace).toBeDisabled();
  await expect(merge).toBeDisabled();
  await expect(merge).toHaveAccessibleDescription(
    /^Replace and merge are turned off: this backup has entries with problems/,
  );
  await shown.getByRole('button', { name: 'Close' }).click();
  await expect(openStatus(panel)).toHaveText('Nothing was changed.');

  await nav(app).getByRole('link', { name: 'Journal' }).click();
  await expect(timeline(app).getByRole('article')).toHaveCount(2);
  await expect(timeline(app).getByRole('article', { name: 'Running' })).toContainText('40 min');
  await expect(timeline(app).getByRole('article', { name: 'Tingling / pins and needles' })).toContainText('3');
});

test('merging an earlier backup adds nothing twice and keeps what was logged since', async ({ app }) => {
  await loadSampleData(app);
  const file = await saveBackup(app);
  const { tables } = backupJson(file);
  await nav(app).getByRole('link', { name: 'Journal' }).click();
  await logWorkout(app, { activity: 'Swimming', durationMinutes: '30', notes: 'Logged after the backup' });

  const panel = await openDataScreen(app);
  await openBackup(panel, file);
  const shown = preview(panel, file);
  const sessions = count(tables.sessions.length);
  const symptoms = count(tables.symptoms.length);
  await expect(countsOf(shown, 'Workouts')).toHaveText([
    sessions,
    '0',
    sessions,
    '0',
    '0',
    count(tables.sessions.length + 1),
  ]);
  await expect(countsOf(shown, 'Symptoms')).toHaveText([symptoms, '0', symptoms, '0', '0', symptoms]);
  await shown.getByRole('button', { name: 'Merge into my journal' }).click();
  const unchanged = count(tables.sessions.length + tables.symptoms.length + tables.articles.length);
  await expect(openStatus(panel)).toHaveText(
    `Merged: 0 added, 0 updated, ${unchanged} unchanged. A safety backup was taken first.`,
  );

  await nav(app).getByRole('link', { name: 'Journal' }).click();
  await expect(timeline(app).getByRole('article', { name: 'Swimming' })).toContainText('Logged after the backup');
  await nav(app).getByRole('link', { name: 'Settings' }).click();
  await expect(app.getByRole('button', { name: /^Restore the backup from/ })).not.toHaveCount(0);
});

test('the preview and the replace question have no serious accessibility problems, light or dark', async ({ app }) => {
  await logWorkout(app, { activity: 'Yoga', durationMinutes: '60' });
  await logSymptom(app, { sensations: ['Twitching'], places: ['Left calf'], severity: '2' });
  const file = await saveBackup(app);
  const panel = await openDataScreen(app);
  await panel.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
  await openBackup(panel, file);
  await expect(preview(panel, file)).toBeVisible();
  expect(await seriousAxeViolations(app)).toEqual([]);
  await app.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousAxeViolations(app)).toEqual([]);

  const invalid = editedBackup(file, 'edited.json', (backup) => {
    const symptom = backup.tables.symptoms[0];
    if (symptom !== undefined) symptom.severity = 99;
  });
  await openBackup(panel, invalid);
  await expect(preview(panel, invalid).getByRole('region', { name: 'Entries with problems' })).toBeVisible();
  expect(await seriousAxeViolations(app)).toEqual([]);
  await app.emulateMedia({ colorScheme: 'light' });
  expect(await seriousAxeViolations(app)).toEqual([]);

  await openBackup(panel, file);
  await preview(panel, file).getByRole('button', { name: 'Replace my journal with this backup' }).click();
  const confirm = app.getByRole('dialog', { name: 'Replace your journal with this backup?' });
  await expect(confirm).toContainText('A safety backup of your journal is taken first');
  expect(await seriousAxeViolations(app)).toEqual([]);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
});
