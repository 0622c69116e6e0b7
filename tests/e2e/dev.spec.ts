/** Live authoring: `astro dev` reflects edits on disk in the edited page and the pages that depend on it. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { devOrigin } from '../../playwright.config.ts';

const content = path.resolve(import.meta.dirname, '../.tmp/dev-content');
const file = (relative: string) => path.join(content, 'notes', relative);
const edit = (relative: string, from: string | RegExp, to: string) =>
  writeFileSync(file(relative), readFileSync(file(relative), 'utf8').replace(from, to));

// Each test waits on the dev server twice (the edit, then its undo), up to 30 s and 45 s: on a cold checkout the first
// page compiles slowly, so the default 30 s for a whole test is not enough.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

/**
 * The page as the dev server renders it, read over HTTP: on a fresh checkout the open tab is reloaded again and again
 * (Vite optimising dependencies, then each content change), which aborts its navigations.
 */
async function served(page: Page, path: string): Promise<string> {
  const response = await page.request.get(`${devOrigin}${path}`);
  expect(response.status()).toBe(200);
  return response.text();
}

test('editing a note title updates its page and a page that links to it', async ({ page }) => {
  await expect(async () => expect(await served(page, '/topics/kubernetes/')).toMatch(/<a\b[^>]*class="wikilink"[^>]*>Containers</)).toPass({
    timeout: 30_000,
  });
  edit('basics/containers.mdx', 'title: Containers\n', 'title: Containers and images\n');
  await expect(async () => expect(await served(page, '/topics/containers/')).toMatch(/<h1\b[^>]*>Containers and images<\/h1>/)).toPass({
    timeout: 30_000,
  });
  await expect(async () => {
    const html = await served(page, '/topics/kubernetes/');
    expect(html).toMatch(/<a\b[^>]*class="wikilink"[^>]*>Containers and images</);
    expect(html).toMatch(/class="facts[\s\S]*Containers and images/);
  }).toPass({ timeout: 30_000 });
});

test('a new note appears and a deleted one disappears without a restart', async ({ page }) => {
  writeFileSync(
    file('basics/gpus.mdx'),
    '---\ntitle: GPUs\nsummary: Accelerators for training.\nphase: foundations\n---\n\n## Why\n\nText.\n',
  );
  // Over HTTP, as below: the tab's own full reloads after a change can keep aborting its navigations.
  await expect(async () => {
    const home = await page.request.get(`${devOrigin}/`);
    expect(home.status()).toBe(200);
    expect(await home.text()).toMatch(/<a\b[^>]*href="\/topics\/gpus\/"[^>]*>GPUs</);
  }).toPass({ timeout: 30_000 });
  rmSync(file('basics/gpus.mdx'));
  // Read the page over HTTP rather than in the open tab: the dev server's full reloads after the deletion can
  // abort a navigation in progress, which says nothing about what the server renders.
  await expect(async () => {
    const home = await page.request.get(`${devOrigin}/`);
    expect(home.status()).toBe(200);
    expect(await home.text()).not.toContain('/topics/gpus/');
  }).toPass({ timeout: 15_000 });
});

test('a note saved in two steps (emptied, then written) shows what was written last', async ({ page }) => {
  // Editors and writeFileSync truncate a file before writing it; the server must end on the file as written.
  const containers = file('basics/containers.mdx');
  const text = readFileSync(containers, 'utf8').replace(/^title: .*$/m, 'title: Containers saved twice');
  writeFileSync(containers, '');
  await new Promise((resolve) => setTimeout(resolve, 10));
  writeFileSync(containers, text);
  await expect(async () => expect(await served(page, '/topics/containers/')).toMatch(/<h1\b[^>]*>Containers saved twice<\/h1>/)).toPass({
    timeout: 30_000,
  });
});

/**
 * Breaks the pipelines note with `broken`, expects the content check's `message` in the browser's error overlay,
 * then undoes the edit and expects the page back (`recovered` holds when it is).
 */
async function expectOverlayUntilFixed(page: Page, [from, broken]: [string, string], message: string, recovered: (html: string) => void) {
  edit('platforms/pipelines.mdx', from, broken);
  const overlayText = () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
  await expect(async () => {
    await page.goto(`${devOrigin}/topics/pipelines/`);
    // Astro sends the overlay over its websocket shortly after the error page loads.
    await page.waitForSelector('vite-error-overlay', { state: 'attached', timeout: 3000 });
    expect(await overlayText()).toContain(message);
  }).toPass({ timeout: 30_000 });
  // Leave the dev server before the fix: the overlay reloads the open tab again and again as the server recovers,
  // and a tab caught mid-reload can hold up closing the browser context after the test.
  await page.goto('about:blank');
  edit('platforms/pipelines.mdx', broken, from);
  // The fixed page is read over HTTP: the open tab's error overlay reloads it as the server recovers, which aborts
  // a navigation in progress and says nothing about what the server renders.
  await expect(async () => {
    const response = await page.request.get(`${devOrigin}/topics/pipelines/`);
    expect(response.status()).toBe(200);
    recovered(await response.text());
  }).toPass({ timeout: 45_000 });
}

test('a broken link shows the content-check message in the browser, and the page recovers when fixed', async ({ page }) => {
  await expectOverlayUntilFixed(
    page,
    ['Steps depend on [[kubernetes#pods]].', 'Steps depend on [[kubernetes#pods]] and [[kubernets]].'],
    '[[kubernets]]: no note has the slug "kubernets". Did you mean "kubernetes"?',
    // Astro's dev server adds source attributes to elements.
    (html) => expect(html).toMatch(/<h1\b[^>]*>Pipelines<\/h1>/),
  );
});

test('a Mermaid syntax error shows the content-check message in the browser, and the page recovers when fixed', async ({ page }) => {
  await expectOverlayUntilFixed(
    page,
    ['check -->|no| train', 'check -->|no| [train'],
    'mermaid: Mermaid syntax error in "check -->|no| [train"',
    (html) => expect(html).toMatch(/<svg\b[^>]*aria-label="A training pipeline run"/),
  );
});
