import type { Locator, Page } from '@playwright/test';
import { MAP_LOCATIONS } from '../../../shared/domain/body-locations';
import { expect, seriousAxeViolations, test } from './fixtures';

// The map lives in the symptom form, which opens in a dialog.
test.beforeEach(async ({ app }) => {
  await app.getByRole('button', { name: 'Log symptom' }).click();
});

function symptomForm(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Log a symptom' });
}

function bodyMap(page: Page): Locator {
  return symptomForm(page).getByRole('group', { name: 'Where you felt it' });
}

function place(map: Locator, name: string): Locator {
  return map.getByRole('checkbox', { name, exact: true });
}

function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
}

test.describe('the body map', () => {
  test('offers every place once, named by its side, left and right on the two views', async ({ app }) => {
    const map = bodyMap(app);
    await expect(map.getByRole('checkbox')).toHaveCount(MAP_LOCATIONS.length);
    for (const name of ['Left calf', 'Right calf', 'Neck', 'Lower back', 'Below the left knee', 'Right toes']) {
      await expect(place(map, name)).toHaveAttribute('aria-checked', 'false');
    }
    await expect(map.getByRole('figure', { name: 'Front' })).toBeVisible();
    await expect(map.getByRole('figure', { name: 'Back' })).toBeVisible();
    await expect(map).toContainText('Nothing selected yet');
  });

  test('a click selects a place, a second click clears it, and the selection is announced', async ({ app }) => {
    const map = bodyMap(app);
    await place(map, 'Left calf').click();
    await expect(place(map, 'Left calf')).toHaveAttribute('aria-checked', 'true');
    await place(map, 'Right calf').click();
    await expect(map.getByText('Selected: Left calf, Right calf')).toHaveAttribute('aria-live', 'polite');

    await place(map, 'Left calf').click();
    await expect(place(map, 'Left calf')).toHaveAttribute('aria-checked', 'false');
    await expect(map).toContainText('Selected: Right calf');
  });

  test('a place drawn on both views shows the same state on both', async ({ app }) => {
    const map = bodyMap(app);
    await place(map, 'Right hand').click();
    const back = map.getByRole('figure', { name: 'Back' });
    await expect(back.locator('.body-map-place-selected')).toHaveCount(1);
    await back.locator('.body-map-place-selected').click();
    await expect(place(map, 'Right hand')).toHaveAttribute('aria-checked', 'false');
  });
});

test.describe('the body map from the keyboard', () => {
  test('is one tab stop, moved around with the arrow keys, Home and End', async ({ app }) => {
    const map = bodyMap(app);
    await expect(map.locator('[role="checkbox"][tabindex="0"]')).toHaveCount(1);
    await map.getByRole('button', { name: 'Show as a list' }).focus();
    await app.keyboard.press('Tab');
    expect(await focusedName(app)).toBe('Right forearm or arm');

    await app.keyboard.press('End');
    expect(await focusedName(app)).toBe('Right sole');
    await app.keyboard.press('ArrowUp');
    expect(await focusedName(app)).toBe('Right calf');
    await app.keyboard.press('ArrowLeft');
    expect(await focusedName(app)).toBe('Left calf');
    await app.keyboard.press('Home');
    expect(await focusedName(app)).toBe('Right forearm or arm');

    await app.keyboard.press('Tab');
    await expect(map.locator(':focus')).toHaveCount(0);
    await app.keyboard.press('Shift+Tab');
    expect(await focusedName(app)).toBe('Right forearm or arm');
  });

  test('finds a place by typing its name, and Space or Enter selects it without submitting', async ({ app }) => {
    const map = bodyMap(app);
    await place(map, 'Left hand').focus();
    await app.keyboard.type('calf');
    expect(await focusedName(app)).toBe('Left calf');
    await app.keyboard.press('Space');
    await expect(place(map, 'Left calf')).toHaveAttribute('aria-checked', 'true');

    // Selecting ends the typed search, so the next name starts afresh.
    await app.keyboard.type('right c');
    expect(await focusedName(app)).toBe('Right calf');
    await app.keyboard.press('Enter');
    await expect(place(map, 'Right calf')).toHaveAttribute('aria-checked', 'true');
    await expect(symptomForm(app).locator('[aria-invalid="true"]')).toHaveCount(0);
    await expect(map).toContainText('Selected: Left calf, Right calf');
  });
});

test.describe('the body map as a list', () => {
  test('offers the same places as checkboxes and keeps the selection when switching back', async ({ app }) => {
    const map = bodyMap(app);
    await place(map, 'Neck').click();
    await map.getByRole('button', { name: 'Show as a list' }).click();
    await expect(map.getByRole('checkbox')).toHaveCount(MAP_LOCATIONS.length);
    await expect(place(map, 'Neck')).toBeChecked();
    await map.getByRole('group', { name: 'Sole' }).getByRole('checkbox', { name: 'Left sole' }).check();
    await expect(map).toContainText('Selected: Neck, Left sole');

    await map.getByRole('button', { name: 'Show the body map' }).click();
    await expect(place(map, 'Left sole')).toHaveAttribute('aria-checked', 'true');
    await expect(place(map, 'Neck')).toHaveAttribute('aria-checked', 'true');
  });

  test('has no serious accessibility problems, as a map or as a list', async ({ app }) => {
    const map = bodyMap(app);
    await place(map, 'Left knee').click();
    expect(await seriousAxeViolations(app)).toEqual([]);
    await map.getByRole('button', { name: 'Show as a list' }).click();
    expect(await seriousAxeViolations(app)).toEqual([]);
  });
});
