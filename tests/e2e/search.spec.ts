import { expect, test, type Page } from '@playwright/test';
import { fixtureOrigin } from '../../playwright.config.ts';

async function searchFor(page: Page, query: string) {
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search the notes' });
  await expect(box).toBeFocused();
  await box.fill(query);
  return box;
}

test('pages ship no search code until search is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/topics/kubeflow/', { waitUntil: 'networkidle' });
  expect(scripts.filter((url) => /search|pagefind/.test(url))).toEqual([]);
  await page.getByRole('button', { name: 'Search notes' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect.poll(() => scripts.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('search finds a note by a word from its body, with title, phase and excerpt', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'tolerations');
  const first = page.getByRole('option').first();
  await expect(first).toContainText('Advanced Kubernetes');
  await expect(first).toContainText('Infrastructure');
  await expect(first.locator('mark').first()).toHaveText(/toleration/i);
});

test('results are keyboard-navigable and Enter opens the chosen one', async ({ page }) => {
  await page.goto('/');
  const box = await searchFor(page, 'drift');
  await expect(page.getByRole('option').first()).toBeVisible();
  await box.press('ArrowDown');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  const href = await page.getByRole('option').first().locator('a').getAttribute('href');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('under a base path search finds notes, links under the base, and never a draft', async ({ page }) => {
  await page.goto(`${fixtureOrigin}/sub/`);
  await searchFor(page, 'scheduler');
  const option = page.getByRole('option').first();
  await expect(option).toContainText('Kubernetes');
  await expect(option.locator('a')).toHaveAttribute('href', '/sub/topics/kubernetes/');
  const box = page.getByRole('combobox', { name: 'Search the notes' });
  await box.fill('xylophonist');
  await expect(page.getByRole('status')).toContainText('No notes match');
});

test('without JavaScript there is no search button that does nothing', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Search notes' })).toBeHidden();
  await context.close();
});
