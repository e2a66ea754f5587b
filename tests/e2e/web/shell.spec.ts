import { expect, openApp, reloadApp, seriousAxeViolations, test, unopenedProfile } from './fixtures';

test('the main navigation reaches every screen, each passing the accessibility scan', async ({ app }) => {
  const nav = app.getByRole('navigation', { name: 'Main' });
  const screens = [
    ['Journal', 'Journal'],
    ['Trends', 'Trends'],
    ['Guidance', 'Guidance'],
    ['Report', 'Visit report'],
    ['Data in & out', 'Data in & out'],
  ] as const;
  for (const [link] of screens) await expect(nav.getByRole('link', { name: link })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Journal' })).toHaveAttribute('aria-current', 'page');

  for (const [link, heading] of screens) {
    await nav.getByRole('link', { name: link }).click();
    await expect(app.getByRole('heading', { level: 1 }).first()).toHaveText(heading);
    await expect(nav.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
    expect(await seriousAxeViolations(app)).toEqual([]);
  }

  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Settings');
  expect(await seriousAxeViolations(app)).toEqual([]);
  // The open screen survives a reload.
  await reloadApp(app);
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Settings');
});

test('a screen whose code cannot be loaded says so in plain words and offers a reload', async ({ browser }) => {
  const { context, page, problems } = await unopenedProfile(browser);
  const guidanceCode = /\/assets\/guidance-screen-[^/]*\.js$/;
  await page.route(guidanceCode, (route) => route.abort());
  await openApp(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guidance' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'This screen could not be opened. Your journal is safe; reload the window to try again.Reload',
  );
  // The rest of the window still works.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.unroute(guidanceCode);
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guidance');
  await context.close();
  // Only the refused file and the failed import it caused were logged.
  expect(problems).toHaveLength(2);
  expect(problems[0]).toContain('net::ERR_FAILED');
  expect(problems[1]).toContain('Failed to fetch dynamically imported module');
});

test('the theme follows the system and can be pinned in Settings', async ({ app }) => {
  const html = app.locator('html');
  await expect(html).not.toHaveAttribute('data-theme');
  await app.emulateMedia({ colorScheme: 'dark' });
  const background = () => app.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const darkSystem = await background();
  await app.emulateMedia({ colorScheme: 'light' });
  const lightSystem = await background();
  expect(darkSystem).not.toBe(lightSystem);

  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await app.getByRole('radio', { name: 'Dark' }).check();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe(darkSystem);

  await reloadApp(app);
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(app.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await app.getByRole('radio', { name: 'Match the system' }).check();
  await expect(html).not.toHaveAttribute('data-theme');
});

test('the page is served with a Content-Security-Policy that forbids eval and inline script', async ({ page }) => {
  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).toMatch(/script-src 'self'(;|$)/);
  expect(policy).toContain("object-src 'none'");
  // An inline script is refused by the browser under this policy.
  await expect(page.locator('html[data-app-state="ready"]')).toBeAttached();
  const ranInline = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ranInline).toBe(false);
});

test('a second visit opens straight into the journal without errors', async ({ page }) => {
  await openApp(page);
  await openApp(page, '/#/journal');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal');
});
