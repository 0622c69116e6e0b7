import { expect, test } from '@playwright/test';
import { internalPages, watchForErrors } from './site.ts';

test('every page linked from home loads without console errors or failed requests', async ({ page }) => {
  // One page load per linked page (every topic, and the review, weeks and portfolio pages): more than the default 30 s.
  test.setTimeout(120_000);
  const paths = await internalPages(page);
  expect(paths.length).toBeGreaterThan(5);
  for (const path of paths) {
    const problems = watchForErrors(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(problems, path).toEqual([]);
    page.removeAllListeners();
  }
});

test('a topic page has one h1, a status in words, and landmarks', async ({ page }) => {
  await page.goto('/topics/kubernetes-advanced/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Advanced Kubernetes');
  await expect(page.locator('.facts .status').first()).toHaveText(/Done|In progress|Planned/);
  await expect(page.locator('header')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('footer')).toHaveCount(1);
});

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the theme follows the system until toggled, and the toggle survives reloads and navigation', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  const theme = () => page.evaluate(() => document.documentElement.dataset['theme']);
  expect(await theme()).toBe('dark');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await theme()).toBe('light');
  await page.reload();
  expect(await theme()).toBe('light');
  await page.goto('/topics/kubeflow/');
  expect(await theme()).toBe('light');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
  await context.close();
});

test('the stored theme is applied before the first paint', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
  const page = await context.newPage();
  // The theme script runs in <head>, so the attribute is set before <body> is parsed.
  await page.route('**/*', (route) => route.continue());
  await page.goto('/', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  await context.close();
});

for (const path of ['/', '/topics/kubernetes-advanced/', '/topics/ml-refresher/', '/404.html']) {
  test(`${path} has no horizontal scroll at phone width`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
}

test('dates show as calendar dates', async ({ page }) => {
  await page.goto('/topics/what-is-mlops/');
  await expect(page.locator('.facts time[datetime="2026-08-03"]')).toHaveText('3 August 2026');
});
