/**
 * What a reader sees of a topic beyond its text, on the good fixture under /sub/: Mermaid diagrams drawn at build
 * time that follow the theme with no script and no policy violation, the reading line (reading time, last updated,
 * "Edit this page"), reading time on cards, and an old URL that still leads to the note.
 */
import { expect, test, type Page } from '@playwright/test';
import { fixtureOrigin } from '../../playwright.config.ts';
import { policyViolations, recordPolicyViolations } from '../quality/headers.ts';
import { watchForErrors } from './site.ts';

/** The painted colours of a diagram: its first label's fill and its first node's fill and stroke. */
function diagramColours(page: Page) {
  return page
    .locator('figure.diagram svg')
    .first()
    .evaluate((svg) => {
      const label = getComputedStyle(svg.querySelector('g.node text')!);
      const shape = getComputedStyle(svg.querySelector('g.node rect, g.node polygon')!);
      const page = getComputedStyle(document.body);
      return { label: label.fill, nodeFill: shape.fill, nodeStroke: shape.stroke, pageText: page.color };
    });
}

for (const theme of ['light', 'dark'] as const) {
  test(`Mermaid diagrams are inline SVG in the ${theme} theme, painted with the theme's colours, with no script and a clean console`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: theme });
    await recordPolicyViolations(context);
    const page = await context.newPage();
    const problems = watchForErrors(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${fixtureOrigin}/sub/topics/pipelines/`);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);

    const diagram = page.getByRole('img', { name: 'A training pipeline run' });
    await expect(diagram).toBeVisible();
    await expect(page.getByRole('img', { name: /^Sequence diagram: / })).toBeVisible();
    await expect(diagram.locator('text', { hasText: 'Good enough?' })).toBeVisible();
    const box = await diagram.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(80);

    const colours = await diagramColours(page);
    // Labels are painted in the page's text colour, nodes are filled and outlined (no black boxes, no missing fills).
    expect(colours.label).toBe(colours.pageText);
    expect(colours.nodeFill).not.toMatch(/^(none|rgb\(0, 0, 0\))$/);
    expect(colours.nodeStroke).not.toBe('none');

    expect(scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
    expect(await page.locator('style').count()).toBe(0);
    expect([...problems, ...(await policyViolations(page))]).toEqual([]);
    await context.close();
  });
}

test('the diagram colours change with the theme toggle, without reloading', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${fixtureOrigin}/sub/topics/pipelines/`);
  const light = await diagramColours(page);
  await page.getByRole('button', { name: /theme/i }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await diagramColours(page);
  expect(dark.label).not.toBe(light.label);
  expect(dark.nodeFill).not.toBe(light.nodeFill);
  expect(dark.label).toBe(dark.pageText);
});

test('a wide diagram scrolls inside its frame from the keyboard on a phone, never the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${fixtureOrigin}/sub/topics/pipelines/`);
  const frame = page.getByRole('group', { name: /^Flowchart/ });
  await frame.focus();
  await expect(frame).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('a topic shows its reading time and an "Edit this page" link to the note in the repository', async ({ page }) => {
  await page.goto(`${fixtureOrigin}/sub/topics/kubernetes/`);
  const line = page.locator('.topic-meta');
  await expect(line).toContainText(/^\d+ min read/);
  await expect(line.getByRole('link', { name: 'Edit this page (external site)', exact: true })).toHaveAttribute(
    'href',
    'https://github.com/example/notes/edit/main/tests/fixtures/good/content/notes/basics/kubernetes.mdx',
  );
});

test('topic cards show their reading time', async ({ page }) => {
  await page.goto(`${fixtureOrigin}/sub/`);
  const card = page.locator('.note-card', { has: page.getByRole('link', { name: 'Kubernetes', exact: true }) });
  await expect(card).toContainText(/\d+ min read/);
});

test('task-list checkboxes are named by their item', async ({ page }) => {
  await page.goto(`${fixtureOrigin}/sub/topics/kubernetes/`);
  await expect(page.getByRole('checkbox', { name: 'Read the docs' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Deploy something' })).not.toBeChecked();
});

test("an old URL (an alias) carries the note's preview tags and leads to the note", async ({ page, request }) => {
  const html = await (await request.get(`${fixtureOrigin}/sub/topics/docker-basics/`)).text();
  expect(html).toContain('<meta property="og:title" content="Containers">');
  expect(html).toContain('<meta property="og:url" content="https://notes.example.org/sub/topics/containers/">');
  await page.goto(`${fixtureOrigin}/sub/topics/docker-basics/`);
  await expect(page).toHaveURL(`${fixtureOrigin}/sub/topics/containers/`);
  const redirects = await (await request.get(`${fixtureOrigin}/sub/_redirects`)).text();
  expect(redirects).toContain('/sub/topics/docker-basics/ /sub/topics/containers/ 301');
});
