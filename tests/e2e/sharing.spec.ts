import { expect, test, type Page } from '@playwright/test';
import { internalPages, watchForErrors } from './site.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { signature: string; width: number; height: number } {
  return { signature: bytes.subarray(1, 4).toString('latin1'), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');

test('every page has a share image with its size, and each image is a 1200×630 PNG', async ({ page, request }) => {
  const paths = [...new Set([...(await internalPages(page)), '/tags/', '/404.html'])];
  expect(paths.length).toBeGreaterThan(10);
  const images = new Set<string>();
  for (const path of paths) {
    await page.goto(path);
    const image = await meta(page, 'og:image');
    expect(image, path).toMatch(/^https?:\/\/[^/]+\/.*\.png$/);
    expect([await meta(page, 'og:image:width'), await meta(page, 'og:image:height')], path).toEqual(['1200', '630']);
    expect(await meta(page, 'og:image:alt'), path).toBeTruthy();
    expect(await meta(page, 'twitter:card'), path).toBe('summary_large_image');
    expect(await meta(page, 'twitter:image'), path).toBe(image);
    // The absolute URL names the configured site; this server answers for the same path.
    images.add(new URL(image!).pathname);
  }
  expect(images.size).toBeGreaterThan(5);
  for (const path of images) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(/^image\/png/);
    expect(pngSize(await response.body()), path).toEqual({ signature: 'PNG', width: 1200, height: 630 });
  }
});

test('a topic page points at its own share image', async ({ page }) => {
  await page.goto('/topics/kubeflow/');
  expect(new URL((await meta(page, 'og:image'))!).pathname).toBe('/og/topics/kubeflow.png');
  expect(await meta(page, 'og:type')).toBe('article');
  const structured = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
  expect(structured).toMatchObject({ '@type': 'LearningResource', name: 'Kubeflow' });
});

test('the tag index lists tags by count, and a tag page lists its topics with status and summary', async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto('/tags/');
  await expect(page.locator('h1')).toHaveText('Tags');
  await expect(page.getByRole('link', { name: 'Tags', exact: true }).first()).toHaveAttribute('aria-current', 'page');
  const counts = await page.locator('.tag-card__count').allTextContents();
  const numbers = counts.map((c) => Number.parseInt(c, 10));
  expect(numbers.length).toBeGreaterThan(0);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

  await page.locator('.tag-card__name a', { hasText: /^#?kubernetes$/ }).click();
  await expect(page).toHaveURL(/\/tags\/kubernetes\/$/);
  await expect(page.locator('h1')).toContainText('kubernetes');
  const cards = page.locator('.note-card');
  expect(await cards.count()).toBeGreaterThan(1);
  for (const card of await cards.all()) {
    await expect(card.locator('.status')).toHaveText(/Done|In progress|Planned/);
    await expect(card.locator('.note-card__summary')).not.toBeEmpty();
  }
  await cards.first().locator('a').click();
  await expect(page).toHaveURL(/\/topics\/[a-z0-9-]+\/$/);
  expect(problems).toEqual([]);
});

test('a topic’s tags link to their tag pages', async ({ page }) => {
  await page.goto('/topics/kubernetes-advanced/');
  await page.locator('a.tag--link', { hasText: 'kubernetes' }).first().click();
  await expect(page).toHaveURL(/\/tags\/kubernetes\/$/);
  await expect(page.locator('.note-card__title', { hasText: 'Advanced Kubernetes' })).toBeVisible();
});

test('on a phone the header stays one row and its menu reaches Roadmap, Timeline and Tags', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/topics/docker/');
  const header = await page.locator('.site-header__inner').boundingBox();
  expect(header!.height).toBeLessThanOrEqual(64);
  await expect(page.locator('.site-title')).toBeVisible();
  const menu = page.locator('.nav-menu summary');
  await expect(menu).toBeVisible();
  await menu.click();
  for (const name of ['Roadmap', 'Timeline', 'Tags'])
    await expect(page.locator('.nav-menu__panel').getByRole('link', { name })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.nav-menu__panel')).toBeHidden();
  await menu.click();
  await page.locator('.nav-menu__panel').getByRole('link', { name: 'Tags' }).click();
  await expect(page).toHaveURL(/\/tags\/$/);
  await context.close();
});

test('every page links the RSS feed, which is served as XML', async ({ page, request }) => {
  await page.goto('/');
  const feed = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
  const response = await request.get(new URL(feed!).pathname);
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
  const robots = await request.get('/robots.txt');
  expect(await robots.text()).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
});
