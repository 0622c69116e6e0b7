/**
 * Reading a topic in a real browser: link previews (hover, keyboard, touch, under /sub/ and the site's policy),
 * the phase rail, the neighbourhood graph, and a roadmap graph one can follow, on a phone too.
 */
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { fixtureOrigin } from '../../playwright.config.ts';
import { distDir } from '../quality/config.ts';
import { policyViolations, recordPolicyViolations, serveWithHeaders } from '../quality/headers.ts';
import { watchForErrors } from './site.ts';

/** The starter served with its headers and each page's policy as a header too, recording policy violations. */
async function secured(context: BrowserContext): Promise<void> {
  await serveWithHeaders(context, distDir);
  await recordPolicyViolations(context);
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function expectCardBesideLink(page: Page, link: Locator): Promise<void> {
  const card = page.locator('.link-preview');
  await expect(card).toBeVisible();
  const [linkBox, cardBox] = [await link.boundingBox(), await card.boundingBox()];
  expect(overlaps(linkBox!, cardBox!)).toBe(false);
  await expect(link).toHaveAttribute('aria-describedby', 'link-preview');
}

test.describe('link previews', () => {
  test('hovering a topic link shows its card after a moment, loading the script only then; leaving or Escape hides it', async ({
    browser,
  }) => {
    const context = await browser.newContext();
    await secured(context);
    const page = await context.newPage();
    const problems = watchForErrors(page);
    const scripts: string[] = [];
    page.on('request', (r) => r.url().includes('link-preview') && scripts.push(r.url()));
    await page.goto('/topics/ml-pipelines/', { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);

    const link = page.locator('.prose a[href="/topics/experiment-tracking/"]').first();
    await link.hover();
    await expectCardBesideLink(page, link);
    const card = page.locator('.link-preview');
    await expect(card.locator('.link-preview__title')).toHaveText('Experiment tracking and metadata');
    await expect(card.locator('.link-preview__meta')).toHaveText('Done · 4. Core MLOps');
    await expect(card.locator('.link-preview__summary')).toContainText('MLflow tracking API');
    expect(scripts).toEqual(['http://127.0.0.1:' + new URL(page.url()).port + '/scripts/link-preview.js']);

    await page.mouse.move(5, 5);
    await expect(card).toBeHidden();
    await link.hover();
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    expect(problems).toEqual([]);
    expect(await policyViolations(page)).toEqual([]);
    await context.close();
  });

  test('a quick pass over a link shows no card', async ({ page }) => {
    await page.goto('/topics/ml-pipelines/', { waitUntil: 'networkidle' });
    const link = page.locator('.prose a[href="/topics/experiment-tracking/"]').first();
    await link.hover();
    await page.mouse.move(5, 5);
    await page.waitForTimeout(600);
    await expect(page.locator('.link-preview')).toBeHidden();
  });

  test('keyboard focus shows the card, with the heading for a #heading link, under the /sub/ base path; blur hides it', async ({
    page,
  }) => {
    const problems = watchForErrors(page);
    await page.goto(`${fixtureOrigin}/sub/topics/kubernetes/`, { waitUntil: 'networkidle' });
    const link = page.locator('.prose a[href="/sub/topics/containers/#build-cache"]');
    // Tab to it from the link just before it, as a keyboard user would.
    await page.locator('.prose a[href="/sub/topics/containers/#images-and-layers"]').focus();
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await expectCardBesideLink(page, link);
    const card = page.locator('.link-preview');
    await expect(card.locator('.link-preview__title')).toHaveText('Containers');
    await expect(card.locator('.link-preview__heading')).toHaveText('§ Build cache');
    await expect(card.locator('.link-preview__meta')).toHaveText('Done · 1. Foundations');
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(card).toBeVisible();
    await link.blur();
    await expect(card).toBeHidden();
    await expect(link).not.toHaveAttribute('aria-describedby', /./);
    expect(problems).toEqual([]);
  });

  test('a tap on a touch screen just follows the link', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/topics/ml-pipelines/', { waitUntil: 'networkidle' });
    await page.locator('.prose a[href="/topics/experiment-tracking/"]').first().tap();
    await expect(page).toHaveURL(/\/topics\/experiment-tracking\/$/);
    await context.close();
  });

  test('writes a hostile title and summary as text', async ({ page }) => {
    const hostile = {
      title: '<img src=x onerror=alert(1)> <b>T</b>',
      status: 'done',
      statusLabel: 'Done',
      phase: '1. <i>P</i>',
      summary: '</p><script>alert(2)</script>',
      headings: {},
    };
    await page.route('**/preview.json', (route) => route.fulfill({ json: hostile }));
    let dialogs = 0;
    page.on('dialog', (d) => (dialogs++, void d.dismiss()));
    await page.goto('/topics/ml-pipelines/', { waitUntil: 'networkidle' });
    await page.locator('.prose a[href="/topics/experiment-tracking/"]').first().hover();
    const card = page.locator('.link-preview');
    await expect(card.locator('.link-preview__title')).toHaveText(hostile.title);
    await expect(card.locator('.link-preview__summary')).toHaveText(hostile.summary);
    expect(await card.locator('img, b, i, script').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});

test.describe('the phase rail', () => {
  test('on a wide screen: the phase’s topics with their status, this one marked, the other phases as links with progress', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/topics/ml-pipelines/');
    const rail = page.getByRole('navigation', { name: 'Where am I in the journey' });
    await expect(rail).toBeVisible();
    await expect(page.getByRole('button', { name: /Where am I/ })).toBeHidden();
    await expect(rail.locator('[aria-current="page"]')).toHaveText('Pipelines and continuous training');
    await expect(rail.locator('.phase-rail__topics li')).toHaveCount(13); // the starter's core MLOps phase: 13 topics, under the bound of 25, so all are shown
    await expect(rail.getByRole('link', { name: '5. Platforms' })).toHaveAttribute('href', '/#phase-platforms');
    // It stays in view while the page scrolls.
    await page.mouse.wheel(0, 2500);
    await expect(rail.locator('[aria-current="page"]')).toBeInViewport();
    // Left of the text.
    expect((await rail.boundingBox())!.x + (await rail.boundingBox())!.width).toBeLessThan((await page.locator('h1').boundingBox())!.x);
  });

  test('on a phone: folded behind one button; it opens, and Escape closes it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/topics/ml-pipelines/');
    const rail = page.getByRole('navigation', { name: 'Where am I in the journey' });
    await expect(rail).toBeHidden();
    await page.getByRole('button', { name: /Where am I/ }).click();
    await expect(rail).toBeVisible();
    await expect(rail.locator('[aria-current="page"]')).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(rail).toBeHidden();
    await page.getByRole('button', { name: /Where am I/ }).click();
    await rail.getByRole('button', { name: 'Close' }).click();
    await expect(rail).toBeHidden();
  });
});

test.describe('the neighbourhood', () => {
  for (const width of [1280, 390]) {
    test(`at ${width} px: fits the screen, and every box is a link to its topic`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/topics/ml-pipelines/');
      const graph = page.locator('.neighbourhood__figure svg');
      await expect(graph).toBeVisible();
      expect((await graph.boundingBox())!.width).toBeLessThanOrEqual(width);
      const prerequisite = graph.getByRole('link', { name: 'MLOps maturity levels Done', exact: true });
      await expect(prerequisite).toHaveAccessibleDescription('Study first');
      await prerequisite.click();
      await expect(page.locator('h1')).toHaveText('MLOps maturity levels');
    });
  }
});

test.describe('the roadmap graph', () => {
  test('hovering or focusing a topic highlights its own edges and dims the rest', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/roadmap/');
    const graph = page.locator('.roadmap-graph--wide');
    const opacity = (selector: string) =>
      graph
        .locator(selector)
        .first()
        .evaluate((e) => Number(getComputedStyle(e).opacity));
    expect(await opacity('path[data-to="kubeflow"]')).toBe(1);
    await graph.locator('[data-slug="kubeflow"]').hover();
    await expect.poll(() => opacity('path[data-to="kubeflow"]')).toBe(1);
    // Its own edges are drawn in the accent colour, with the accent arrowhead.
    await expect
      .poll(() =>
        graph
          .locator('path[data-to="kubeflow"]')
          .first()
          .evaluate((e) => getComputedStyle(e).markerEnd),
      )
      .toBe('url("#arrow-active")');
    await expect.poll(() => opacity('path[data-to="docker"]')).toBeLessThan(0.5);
    await page.mouse.move(2, 2);
    await graph.locator('[data-slug="docker"]').focus();
    await expect.poll(() => opacity('path[data-to="docker"]')).toBe(1);
    await expect.poll(() => opacity('path[data-to="kubeflow"]')).toBeLessThan(0.5);
  });

  test('on a phone: laid out top to bottom, no wider than the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/roadmap/');
    await expect(page.locator('.roadmap-graph--wide')).toBeHidden();
    const svg = page.locator('.roadmap-graph--stacked svg');
    await expect(svg).toBeVisible();
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    expect(box.height).toBeGreaterThan(box.width * 3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Phases in order from top to bottom.
    const orientation = (await svg.getByRole('link', { name: /^What MLOps is/ }).boundingBox())!.y;
    const governance = (await svg.getByRole('link', { name: /^Model governance/ }).boundingBox())!.y;
    expect(governance).toBeGreaterThan(orientation);
  });
});
