import { expect, logSymptom, logWorkout, reloadApp, seriousAxeViolations, test } from './fixtures';

test('a workout and a linked symptom are logged, listed, and still there after a reload', async ({ app }) => {
  const entries = app.getByRole('region', { name: 'Journal entries' });
  await expect(entries).toContainText('No entries yet');

  await logWorkout(app, { activity: 'Yoga', durationMinutes: '60', notes: 'Long pigeon holds' });
  const symptomForm = app.getByRole('form', { name: 'Log a symptom' });
  await expect(symptomForm.getByLabel('Workout')).toHaveValue(/.+/);
  await expect(symptomForm.getByLabel('Workout').locator('option:checked')).toContainText('Yoga');
  await logSymptom(app, { sensation: 'Numbness', region: 'Calf', side: 'Both sides', severity: '4' });

  const yoga = entries.getByRole('article', { name: 'Yoga' });
  await expect(yoga).toContainText('60 min');
  await expect(yoga).toContainText('Long pigeon holds');
  await expect(yoga.getByRole('listitem')).toContainText('Numbness · Calf (Both sides) · severity 4/10');

  await reloadApp(app);
  const afterReload = app.getByRole('region', { name: 'Journal entries' }).getByRole('article', { name: 'Yoga' });
  await expect(afterReload).toContainText('60 min');
  await expect(afterReload.getByRole('listitem')).toContainText('Numbness · Calf (Both sides) · severity 4/10');
});

test('bad input gets a plain message next to its field and nothing is saved', async ({ app }) => {
  const workout = app.getByRole('form', { name: 'Log a workout' });
  await workout.getByLabel('Activity').selectOption({ label: 'Running' });
  await workout.getByLabel('Duration (minutes)').fill('-5');
  await workout.getByRole('button', { name: 'Save workout' }).click();
  const duration = workout.getByLabel('Duration (minutes)');
  await expect(duration).toHaveAttribute('aria-invalid', 'true');
  await expect(duration).toHaveAccessibleDescription(/from 1 to 1,440/);
  await expect(duration).toBeFocused();
  // The draft is kept exactly as typed.
  await expect(workout.getByLabel('Activity')).toHaveValue('running');
  await expect(duration).toHaveValue('-5');

  await workout.getByLabel('Start').fill('2999-01-01T10:00');
  await duration.fill('30');
  await workout.getByRole('button', { name: 'Save workout' }).click();
  await expect(workout.getByLabel('Start')).toHaveAccessibleDescription(/in the future/);

  const symptom = app.getByRole('form', { name: 'Log a symptom' });
  await symptom.getByLabel('Severity').fill('11');
  await symptom.getByRole('button', { name: 'Save symptom' }).click();
  await expect(symptom.getByLabel('Severity')).toHaveAccessibleDescription(/from 0 to 10/);
  await expect(symptom.getByLabel('Sensation')).toHaveAccessibleDescription('Choose what you felt.');
  await expect(symptom.getByLabel('Body region')).toHaveAccessibleDescription(/body region and a side/);

  expect(await seriousAxeViolations(app)).toEqual([]);
  await reloadApp(app);
  await expect(app.getByRole('region', { name: 'Journal entries' })).toContainText('No entries yet');
});

test('what a person types is shown as text, never run as markup', async ({ app }) => {
  const markup = '<img src=x onerror="document.title=\'pwned\'"><b>bold?</b>';
  await logWorkout(app, { activity: 'Running', durationMinutes: '25', notes: markup });
  const running = app.getByRole('article', { name: 'Running' });
  await expect(running).toContainText(markup);
  await expect(running.locator('img, b')).toHaveCount(0);
  expect(await app.title()).not.toBe('pwned');
});

test('the journal passes an accessibility scan, empty and with entries', async ({ app }) => {
  expect(await seriousAxeViolations(app)).toEqual([]);
  await logWorkout(app, { activity: 'Cycling', durationMinutes: '45' });
  await logSymptom(app, { sensation: 'Tingling / pins and needles', region: 'Hand', side: 'Left', severity: '3' });
  expect(await seriousAxeViolations(app)).toEqual([]);
});
