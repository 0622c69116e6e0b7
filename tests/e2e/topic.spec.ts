import { expect, test } from '@playwright/test';
import { fixtureOrigin } from '../../playwright.config.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test('"Copy link" copies the absolute URL of the topic, base path included', async ({ page }) => {
  await page.goto(`${fixtureOrigin}/sub/topics/kubernetes/`);
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  expect(await clipboard(page)).toBe('https://notes.example.org/sub/topics/kubernetes/');
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
});

test('each heading has an anchor link to itself and a button that copies its absolute URL', async ({ page }) => {
  await page.goto(`${fixtureOrigin}/sub/topics/containers/`);
  const heading = page.getByRole('heading', { name: /Build cache/ });
  await expect(heading).toHaveAttribute('id', 'build-cache');
  const anchor = heading.locator('a.heading-anchor');
  await expect(anchor).toHaveAttribute('href', '#build-cache');
  await anchor.focus();
  await expect(anchor).toBeVisible();
  await anchor.click();
  await expect(page).toHaveURL(/#build-cache$/);
  await page.getByRole('button', { name: 'Copy link to “Build cache”' }).click();
  expect(await clipboard(page)).toBe('https://notes.example.org/sub/topics/containers/#build-cache');
});

test('code blocks have a copy button that copies the code', async ({ page }) => {
  await page.goto(`${fixtureOrigin}/sub/topics/containers/`);
  await page.getByRole('button', { name: 'Copy code (dockerfile)' }).click();
  expect(await clipboard(page)).toBe('FROM python:3.12-slim\nCOPY . /app\n'.trimEnd());
});

test('the table of contents marks the section in view without moving anything', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto('/topics/kubernetes-advanced/');
  const side = page.locator('.toc--side');
  const before = await side.boundingBox();
  const last = side.locator('a').last();
  const id = (await last.getAttribute('href'))!.slice(1);
  await page.locator(`[id="${id}"]`).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await expect(last).toHaveAttribute('aria-current', 'true');
  const after = await side.boundingBox();
  expect(after?.width).toBe(before?.width);
});

test('a reader can walk roadmap → topic → prerequisite → a note that mentions it', async ({ page }) => {
  await page.goto('/roadmap/');
  await page
    .locator('.roadmap-graph')
    .getByRole('link', { name: /Kubeflow Pipelines/ })
    .click();
  await expect(page.locator('h1')).toHaveText('Kubeflow Pipelines');
  const firstPrerequisite = page.locator('.facts__wide a').first();
  const name = (await firstPrerequisite.textContent())!.trim();
  await firstPrerequisite.click();
  await expect(page.locator('h1')).toHaveText(name);
  const mention = page.locator('section[aria-labelledby="rel-backlinks"] a').first();
  const mentionName = (await mention.textContent())!.trim();
  await mention.click();
  await expect(page.locator('h1')).toHaveText(mentionName);
});

test('an alias URL lands on its note', async ({ page }) => {
  await page.goto(`${fixtureOrigin}/sub/topics/docker-basics/`);
  await expect(page).toHaveURL(`${fixtureOrigin}/sub/topics/containers/`);
  await expect(page.locator('h1')).toHaveText('Containers');
});

test('every internal link and anchor of the site under /sub/ resolves', async ({ page, request }) => {
  const seen = new Set<string>();
  const queue = [`${fixtureOrigin}/sub/`];
  const broken: string[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await page.goto(url);
    if (!response || response.status() >= 400) {
      broken.push(`${url} → ${response?.status()}`);
      continue;
    }
    // SVG links (the roadmap graph) have no string .href: resolve the attribute against the page.
    const links = await page.$$eval('a[href]', (as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
    for (const link of links) {
      const target = new URL(link);
      if (target.origin !== fixtureOrigin) continue;
      if (!target.pathname.startsWith('/sub/')) broken.push(`${url} links outside the base: ${link}`);
      if (target.hash) {
        const html = await (await request.get(target.origin + target.pathname)).text();
        if (!html.includes(`id="${decodeURIComponent(target.hash.slice(1))}"`)) broken.push(`${url} → missing anchor ${link}`);
      }
      target.hash = '';
      if (!seen.has(target.href) && !/\.(xml|ics|png|svg|json|txt)$/.test(target.pathname)) queue.push(target.href);
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(5);
});
