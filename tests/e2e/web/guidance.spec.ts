import type { Page } from '@playwright/test';
import { expect, logWorkout, reloadApp, seriousAxeViolations, test, timeline } from './fixtures';

async function openGuidance(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guidance' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guidance');
}

test('the library lists the five articles with their languages, and reads each in its own language', async ({
  app,
}) => {
  await openGuidance(app);
  const library = app.getByRole('navigation', { name: 'Articles' });
  await expect(library.getByRole('link')).toHaveCount(5);
  await expect(library.getByText('EN', { exact: true })).toHaveCount(4);
  await expect(library.getByText('ID', { exact: true })).toHaveCount(1);
  await expect(app.getByText('not medical advice').first()).toBeVisible();

  await library.getByRole('link', { name: /Mati rasa/i }).click();
  const reader = app.getByRole('article').first();
  await expect(reader).toHaveAttribute('lang', 'id');
  const contents = reader.getByRole('navigation', { name: 'Contents' });
  await expect(contents.getByRole('link')).toHaveText([
    'Kaki Mati Rasa Setelah Latihan',
    'Gejala mati rasa',
    'Hentikan Aktivitas Latihan',
    'Kondisi Medis yang Mendasari',
    'Peringatan dan Risiko',
  ]);
  await contents.getByRole('link', { name: 'Peringatan dan Risiko' }).click();
  await expect(reader.getByRole('heading', { name: 'Peringatan dan Risiko' })).toBeInViewport();
  expect(await seriousAxeViolations(app)).toEqual([]);

  await library
    .getByRole('link', { name: /Muscle|twitch/i })
    .first()
    .click();
  await expect(app.getByRole('article').first()).toHaveAttribute('lang', 'en');
  await expect(app.getByRole('article').first()).not.toContainText("Couldn't find what you looking for?");
  await app.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousAxeViolations(app)).toEqual([]);
});

test('numb calves after yoga with long holds bring the sections about held positions, with the reason', async ({
  app,
}) => {
  await app.getByRole('button', { name: 'Log workout' }).click();
  const workout = app.getByRole('dialog', { name: 'Log a workout' });
  await workout.getByLabel('Activity', { exact: true }).selectOption({ label: 'Yoga' });
  await workout.getByLabel('Duration (minutes)').fill('60');
  await workout.getByLabel('Longest hold (minutes)').fill('5');
  await workout.getByRole('button', { name: 'Save workout' }).click();
  await expect(workout).toBeHidden();

  await app.getByRole('button', { name: 'Log symptom' }).click();
  const form = app.getByRole('dialog', { name: 'Log a symptom' });
  await form.getByRole('checkbox', { name: 'Numbness', exact: true }).check();
  await form.getByRole('checkbox', { name: 'Left calf', exact: true }).check();
  const guidance = form.getByRole('region', { name: 'Guidance for this symptom' });
  await expect(guidance.getByRole('listitem')).toHaveCount(3);
  const first = guidance.getByRole('listitem').first();
  await expect(first).toContainText('numbness');
  await expect(first).toContainText('after yoga');
  await expect(first).toContainText('held positions');
  await first.locator('summary').click();
  await expect(first).toContainText('blood flow');
  expect(await seriousAxeViolations(app)).toEqual([]);

  await form.getByLabel('Severity (0–10)').fill('3');
  await form.getByRole('button', { name: 'Save symptom' }).click();
  const entry = timeline(app).getByRole('article', { name: 'Numbness' });
  await entry.locator('summary', { hasText: 'Guidance for this symptom' }).click();
  await expect(entry.getByRole('listitem').first()).toContainText('held positions');
  await entry.getByRole('listitem').first().locator('summary').click();
  await entry
    .getByRole('link', { name: /Read the whole article/ })
    .first()
    .click();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Guidance');
});

test.describe('on a computer in the United Kingdom', () => {
  test.use({ locale: 'en-GB' });

  test('ticking slurred speech raises an unmissable alert at once, naming the local emergency number', async ({
    app,
  }) => {
    await app.getByRole('button', { name: 'Log symptom' }).click();
    const form = app.getByRole('dialog', { name: 'Log a symptom' });
    await expect(form.getByRole('alert')).toHaveCount(0);
    await form.getByRole('checkbox', { name: 'Numbness', exact: true }).check();
    await form.locator('summary', { hasText: 'Warning signs' }).click();
    await form.getByRole('checkbox', { name: 'Slurred speech' }).check();
    const alert = form.getByRole('alert');
    await expect(alert).toContainText('Seek medical attention now');
    await expect(alert).toContainText('Call 999, your local emergency number');
    await expect(alert).toContainText('Slurred speech.');
    await expect(alert).toContainText('When to Call the Doctor');
    expect(await seriousAxeViolations(app)).toEqual([]);

    await form.getByRole('checkbox', { name: 'Slurred speech' }).uncheck();
    await expect(form.getByRole('alert')).toHaveCount(0);
    await form.getByRole('checkbox', { name: 'Slurred speech' }).check();
    await form.getByRole('checkbox', { name: 'Left calf', exact: true }).check();
    await form.getByLabel('Severity (0–10)').fill('6');
    await form.getByRole('button', { name: 'Save symptom' }).click();

    const entry = timeline(app).getByRole('article', { name: 'Numbness' });
    await expect(entry).toContainText('Seek help now');
    await expect(entry).toContainText('Call 999, your local emergency number');
    await reloadApp(app);
    await expect(timeline(app).getByRole('article', { name: 'Numbness' })).toContainText('Seek help now');
  });
});

test('a sign to see a doctor is a calm note, not an alarm', async ({ app }) => {
  await app.getByRole('button', { name: 'Log symptom' }).click();
  const form = app.getByRole('dialog', { name: 'Log a symptom' });
  await form.getByRole('checkbox', { name: 'Tingling / pins and needles', exact: true }).check();
  await form.getByLabel('How long it lasted (minutes)').fill('90');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expect(form.getByRole('status').filter({ hasText: 'See a doctor soon' })).toContainText(
    'Tingling that lasted more than an hour.',
  );
});

test('one search finds article sections in both languages and the person’s own notes', async ({ app }) => {
  await logWorkout(app, {
    activity: 'Running',
    durationMinutes: '30',
    notes: 'Tingling fingers on the cold morning run',
  });
  await openGuidance(app);
  const search = app.getByLabel('Search articles and your notes');
  await search.fill('KESEMUTAN');
  const results = app.getByRole('region', { name: 'Search results' });
  await expect(results.locator('a[lang="id"]').first()).toBeVisible();
  await expect(results.locator('a[lang="en"]').first()).toBeVisible();
  await expect(results).toContainText('Tingling fingers on the cold morning run');

  await search.fill('pillow');
  await expect(results.locator('a[lang="en"]').first()).toBeVisible();
  await results.locator('a').first().click();
  await expect(app.getByRole('article').first()).toContainText(/pillow/i);

  await search.fill('zzzqqq');
  await expect(results).toContainText('Nothing found for these words.');
});

const SHIN_SPLINTS = `Shin splints after running

Shin splints are a dull pain along the inside of the shin, below the knee, that many runners feel when they add distance too quickly.

Why it happens
Repeated impact on hard ground overloads the muscles and the bone lining of the lower leg, especially without a warm-up.

What helps
Rest for a few days, ice the shin, and return to running slowly. Stretch the calves and warm up before every run.`;

test('an imported article is split, recognised, searchable, linked to matching entries, and removable', async ({
  app,
}) => {
  await openGuidance(app);
  await app.getByRole('button', { name: 'Import an article…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Import an article' });
  await dialog.getByLabel('Or paste the text').fill(SHIN_SPLINTS);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();

  const reader = app.getByRole('article').first();
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText('Shin splints after running');
  await expect(reader).toHaveAttribute('lang', 'en');
  await expect(reader.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveText([
    'Why it happens',
    'What helps',
  ]);
  await expect(app.getByRole('navigation', { name: 'Articles' }).getByText('Your article')).toBeVisible();

  await app.getByLabel('Search articles and your notes').fill('shin');
  await expect(app.getByRole('region', { name: 'Search results' })).toContainText('Shin splints');

  await reloadApp(app);
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await logWorkout(app, { activity: 'Running', durationMinutes: '40' });
  await app.getByRole('button', { name: 'Log symptom' }).click();
  const form = app.getByRole('dialog', { name: 'Log a symptom' });
  await form.getByRole('checkbox', { name: 'Pain', exact: true }).check();
  await form.getByRole('checkbox', { name: 'Below the left knee', exact: true }).check();
  await expect(form.getByRole('region', { name: 'Guidance for this symptom' })).toContainText('Shin splints');
  await form.getByRole('button', { name: 'Cancel' }).click();

  await openGuidance(app);
  await app
    .getByRole('navigation', { name: 'Articles' })
    .getByRole('link', { name: /Shin splints/ })
    .click();
  await app.getByRole('button', { name: 'Remove this article' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(app.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(5);
});

test('bad imports get a clear message and add nothing; a page with scripts is reduced to text', async ({ app }) => {
  await openGuidance(app);
  await app.getByRole('button', { name: 'Import an article…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Import an article' });
  const file = dialog.getByLabel('File');
  const importButton = dialog.getByRole('button', { name: 'Import' });

  await file.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('   \n\n ') });
  await importButton.click();
  await expect(dialog.getByRole('alert')).toHaveText('There is no text in it to read.');

  const junk = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 37) % 256));
  await file.setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: junk });
  await importButton.click();
  await expect(dialog.getByRole('alert')).toHaveText('This is not a text file. Choose a .txt, .md or .html file.');

  await file.setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(5 * 1024 * 1024, 'a') });
  await importButton.click();
  await expect(dialog.getByRole('alert')).toContainText('too large');

  const page = `<!doctype html><html><head><title>x</title><script>window.__ran = true</script></head>
    <body><nav>Home | About</nav><article><h1>Calf cramps at night</h1>
    <p>Night cramps in the calf often follow a hard run without enough water.</p>
    <img src="x" onerror="window.__ran = true"><h2>What helps</h2><p>Drink water and stretch the calf.</p>
    <script>window.__ran = true</script></article></body></html>`;
  await file.setInputFiles({ name: 'cramps.html', mimeType: 'text/html', buffer: Buffer.from(page) });
  await importButton.click();
  await expect(dialog).toBeHidden();
  const reader = app.getByRole('article').first();
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText('Calf cramps at night');
  await expect(reader).not.toContainText('window.__ran');
  await expect(reader).not.toContainText('Home | About');
  expect(await app.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
  await expect(app.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(6);
});
