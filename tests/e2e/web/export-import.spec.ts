import type { Browser, Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import {
  byId,
  count,
  countsOf,
  downloadsOf,
  expect,
  freshProfile,
  loadSampleData,
  seriousAxeViolations,
  storedRows,
  test,
  timeline,
  type StoredRows,
} from './fixtures';

/** A file as the person saved it, to be chosen again. */
interface SavedFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

function sorted(rows: StoredRows): StoredRows {
  return { sessions: byId(rows.sessions), symptoms: byId(rows.symptoms) };
}

function nav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

async function openDataScreen(page: Page): Promise<Locator> {
  await nav(page).getByRole('link', { name: 'Data in & out' }).click();
  return page.getByRole('region', { name: 'Bring back an export' });
}

interface Exports {
  readonly rows: StoredRows;
  readonly sessions: SavedFile;
  readonly symptoms: SavedFile;
  readonly fhir: SavedFile;
}

/** Loads the sample journal and exports it in both formats, from the Data screen. */
async function exportSample(page: Page): Promise<Exports> {
  await loadSampleData(page);
  await openDataScreen(page);
  const rows = await storedRows(page);
  expect(rows.sessions.length).toBeGreaterThan(50);
  const saved = (mimeType: string) => (file: { name: string; buffer: Buffer }) => ({ ...file, mimeType });
  const [sessions, symptoms] = (await downloadsOf(page, 'Spreadsheet (CSV, 2 files)', 2)).map(saved('text/csv'));
  const [fhir] = (await downloadsOf(page, 'Health record (FHIR R4)', 1)).map(saved('application/json'));
  if (sessions === undefined || symptoms === undefined || fhir === undefined) throw new Error('Missing an export');
  expect(sessions.name).toMatch(/^sessions-/);
  expect(symptoms.name).toMatch(/^symptoms-/);
  return { rows, sessions, symptoms, fhir };
}

function fileInput(panel: Locator): Locator {
  return panel.getByLabel('Exported files');
}

function status(panel: Locator): Locator {
  return panel.locator('#export-import-status');
}

function preview(panel: Locator): Locator {
  return panel.getByRole('region', { name: /^What is in / });
}

/** Brings an export into an empty journal on another computer and checks every stored row came back. */
async function bringBackIntoEmptyJournal(browser: Browser, exports: Exports, files: SavedFile[], useKeyboard: boolean) {
  const other = await freshProfile(browser);
  const page = other.page;
  const panel = await openDataScreen(page);
  await fileInput(panel).setInputFiles(files);
  const shown = preview(panel);
  await expect(shown).toBeVisible();
  await expect(status(panel)).toContainText('Check below what the export holds, then merge.');
  const workouts = count(exports.rows.sessions.length);
  const symptoms = count(exports.rows.symptoms.length);
  await expect(countsOf(shown, 'Workouts')).toHaveText([workouts, workouts, '0', '0', '0']);
  await expect(countsOf(shown, 'Symptoms')).toHaveText([symptoms, symptoms, '0', '0', '0']);

  const merge = shown.getByRole('button', { name: 'Merge into my journal' });
  if (useKeyboard) {
    // The keyboard path: from the file input, the next stop is the merge button.
    await fileInput(panel).focus();
    await page.keyboard.press('Tab');
    await expect(merge).toBeFocused();
    await page.keyboard.press('Enter');
  } else {
    await merge.click();
  }
  const added = count(exports.rows.sessions.length + exports.rows.symptoms.length);
  await expect(status(panel)).toHaveText(
    `Merged: ${added} added, 0 updated, 0 unchanged. Your journal had no entries, so no safety backup was needed.`,
  );
  await expect(shown).toBeHidden();
  await expect(fileInput(panel)).toBeFocused();

  expect(sorted(await storedRows(page))).toEqual(sorted(exports.rows));
  await nav(page).getByRole('link', { name: 'Journal' }).click();
  await expect(timeline(page).getByText('Sample').first()).toBeVisible();
  await other.close();
}

test('the two CSV files bring the whole journal back into an empty one, field for field', async ({ app, browser }) => {
  test.setTimeout(60_000);
  const exports = await exportSample(app);
  // Chosen symptoms first: which file is which is told by the header row, not the order or the name.
  await bringBackIntoEmptyJournal(browser, exports, [exports.symptoms, exports.sessions], true);
});

test('the FHIR file brings the whole journal back into an empty one, field for field', async ({ app, browser }) => {
  test.setTimeout(60_000);
  const exports = await exportSample(app);
  await bringBackIntoEmptyJournal(browser, exports, [exports.fhir], false);
});

test('an export brought back into the journal it came from adds nothing', async ({ app }) => {
  test.setTimeout(60_000);
  const exports = await exportSample(app);
  const panel = await openDataScreen(app);
  const workouts = count(exports.rows.sessions.length);
  const symptoms = count(exports.rows.symptoms.length);
  const all = count(exports.rows.sessions.length + exports.rows.symptoms.length);
  for (const files of [[exports.sessions, exports.symptoms], [exports.fhir]]) {
    await fileInput(panel).setInputFiles(files);
    const shown = preview(panel);
    await expect(countsOf(shown, 'Workouts')).toHaveText([workouts, '0', workouts, '0', '0']);
    await expect(countsOf(shown, 'Symptoms')).toHaveText([symptoms, '0', symptoms, '0', '0']);
    await expect(shown).toContainText('Every entry in this export is already in your journal as it is');
    await shown.getByRole('button', { name: 'Merge into my journal' }).click();
    await expect(status(panel)).toHaveText(`Merged: 0 added, 0 updated, ${all} unchanged.`);
    expect(sorted(await storedRows(app))).toEqual(sorted(exports.rows));
  }
});

/** The sessions CSV with cells changed in rows no symptom links to, so only those rows fail. */
function brokenSessions(exports: Exports): { file: SavedFile; durationLine: number; dateLine: number } {
  const symptomsText = exports.symptoms.buffer.toString('utf8');
  const parsed = Papa.parse<string[]>(exports.sessions.buffer.toString('utf8').replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
  });
  const [header = [], ...rows] = parsed.data;
  const column = (name: string) => header.indexOf(name);
  const unlinked = rows
    .map((row, index) => ({ row, line: index + 2 }))
    .filter(({ row }) => {
      const id = row[column('id')] ?? '';
      return !symptomsText.includes(id);
    });
  const [first, second] = unlinked;
  if (first === undefined || second === undefined) throw new Error('The sample has too few workouts without symptoms');
  first.row[column('durationMinutes')] = '2000';
  second.row[column('startedAt')] = '2026-02-30T10:00:00+01:00';
  const text = `\uFEFF${Papa.unparse([header, ...rows], { newline: '\r\n' })}\r\n`;
  return {
    file: { name: 'sessions-edited.csv', mimeType: 'text/csv', buffer: Buffer.from(text) },
    durationLine: first.line,
    dateLine: second.line,
  };
}

test('files that are not a whole, readable export are refused with a clear message, and nothing changes', async ({
  app,
}) => {
  test.setTimeout(60_000);
  const exports = await exportSample(app);
  const panel = await openDataScreen(app);
  const input = fileInput(panel);
  const expectUnchanged = async () => {
    await expect(preview(panel)).toHaveCount(0);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(sorted(await storedRows(app))).toEqual(sorted(exports.rows));
  };

  await input.setInputFiles([exports.sessions]);
  await expect(status(panel)).toHaveText(
    'This is the workouts file; the symptoms file is missing. Choose both CSV files at once: the symptoms file too (named like symptoms-2026-11-21.csv).Nothing was changed.',
  );
  await expectUnchanged();

  const broken = brokenSessions(exports);
  await input.setInputFiles([broken.file, exports.symptoms]);
  await expect(status(panel)).toHaveText(
    '2 lines of the files can’t be read (listed below), so nothing was brought back.',
  );
  const lines = panel.getByRole('region', { name: 'Lines that can’t be read' }).getByRole('table');
  const rows = lines.getByRole('row');
  await expect(rows).toHaveCount(3);
  // The first two workouts no symptom links to, in file order: the duration one comes first.
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText('Workouts');
  await expect(rows.nth(1).getByRole('cell')).toHaveText([
    String(broken.durationLine),
    'durationMinutes',
    'Enter the duration in minutes, from 1 to 1,440 (24 hours).',
  ]);
  await expect(rows.nth(2).getByRole('cell')).toHaveText([
    String(broken.dateLine),
    'startedAt',
    'This is not a date and time with its UTC offset, such as 2026-03-01T18:30:00+01:00.',
  ]);
  expect(await seriousAxeViolations(app)).toEqual([]);
  await expectUnchanged();

  await input.setInputFiles([
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') },
  ]);
  await expect(status(panel)).toHaveText(
    '“notes.json” is not a health record (FHIR Bundle) exported from this journal.Nothing was changed.',
  );
  await expectUnchanged();

  const noise = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256));
  await input.setInputFiles([{ name: 'noise.csv', mimeType: 'text/csv', buffer: noise }]);
  await expect(status(panel)).toHaveText(
    '“noise.csv” is not an export: its contents are not text. It may be another kind of file.Nothing was changed.',
  );
  await expectUnchanged();
});

test('the panel with a preview open has no serious accessibility violations, light or dark', async ({ app }) => {
  test.setTimeout(60_000);
  const exports = await exportSample(app);
  const panel = await openDataScreen(app);
  await fileInput(panel).setInputFiles([exports.sessions, exports.symptoms]);
  await expect(preview(panel)).toBeVisible();
  await expect(preview(panel).getByRole('table', { name: 'Compared with your journal' })).toBeVisible();
  expect(await seriousAxeViolations(app)).toEqual([]);
  await app.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousAxeViolations(app)).toEqual([]);
});
