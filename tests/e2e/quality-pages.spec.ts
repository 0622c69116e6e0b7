/**
 * Every page of the built starter site in Chromium, served as Netlify or Cloudflare Pages would serve it (the
 * headers of `_headers`, and each page's own `<meta>` policy sent as a header too, so that it also governs the
 * head): no console error, no failed request, and no Content-Security-Policy violation. Then the interactive
 * parts (search with Pagefind's WebAssembly, copy buttons, theme toggle, timeline filters) under the same policy.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { distDir } from '../quality/config.ts';
import { metaPolicy, policyViolations, recordPolicyViolations, serveWithHeaders } from '../quality/headers.ts';
import { sitePages, templatePages } from '../quality/site-files.ts';
import { watchForErrors } from './site.ts';

const pages = sitePages(distDir);
const templates = templatePages(distDir);

/** A context that serves the site with its headers and records policy violations. */
async function securedContext(context: BrowserContext): Promise<void> {
  await serveWithHeaders(context, distDir);
  await recordPolicyViolations(context);
}

/** Console errors, failed requests and policy violations of `page` while `action` runs. */
async function problemsDuring(page: Page, action: () => Promise<unknown>): Promise<string[]> {
  const problems = watchForErrors(page);
  await action();
  problems.push(...(await policyViolations(page)).map((v) => `CSP: ${v}`));
  page.removeAllListeners();
  return problems;
}

test('every page has a policy without unsafe-inline or unsafe-eval for scripts, and no inline <style> without a hash', () => {
  for (const page of pages) {
    const policy = metaPolicy(readFileSync(path.join(distDir, page.file), 'utf8'));
    expect(policy, page.path).toBeTruthy();
    const directives = new Map(
      policy!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('script-src'), page.path).toContain("'self'");
    for (const name of ['script-src', 'script-src-elem', 'style-src', 'style-src-elem', 'default-src']) {
      expect(directives.get(name) ?? [], `${page.path} ${name}`).not.toContain("'unsafe-inline'");
      expect(directives.get(name) ?? [], `${page.path} ${name}`).not.toContain("'unsafe-eval'");
    }
    expect(directives.get('object-src'), page.path).toEqual(["'none'"]);
  }
});

test('every page loads without console errors, failed requests or policy violations', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext();
  await securedContext(context);
  const page = await context.newPage();
  const problems: string[] = [];
  for (const { path: sitePath } of pages) {
    const found = await problemsDuring(page, async () => {
      // Until the network is quiet: the favicon, fonts and late requests count too.
      await page.goto(sitePath, { waitUntil: 'networkidle' });
    });
    problems.push(...found.map((p) => `${sitePath}: ${p}`));
  }
  expect(problems).toEqual([]);
  await context.close();
});

// Pagefind runs its WebAssembly in a web worker (governed by the worker script's own headers) and falls back to
// the page's main thread where workers are unavailable; there the page's policy must allow 'wasm-unsafe-eval'.
for (const where of ['in its web worker', 'on the main thread (no workers)'] as const) {
  test(`search works under the policy with Pagefind ${where}`, async ({ browser }) => {
    const context = await browser.newContext();
    await securedContext(context);
    if (where !== 'in its web worker') await context.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
    const page = await context.newPage();
    const problems = await problemsDuring(page, async () => {
      await page.goto(templates.topic);
      await page.getByRole('button', { name: 'Search notes' }).click();
      const box = page.getByRole('combobox', { name: 'Search the notes' });
      await box.fill('kubernetes');
      await expect(page.getByRole('option').first()).toBeVisible();
      await expect(page.getByRole('option').first().locator('mark').first()).toBeVisible();
    });
    expect(problems).toEqual([]);
    await context.close();
  });
}

test('copy buttons, the theme toggle and the timeline filters work under the policy', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 390, height: 844 } });
  await securedContext(context);
  const page = await context.newPage();
  const problems = await problemsDuring(page, async () => {
    await page.goto(templates.topic);
    const copy = page.getByRole('button', { name: /^Copy code/ }).first();
    await copy.click();
    await expect(copy).toHaveText('Copied');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.locator('.nav-menu summary').click();
    await page.locator('.nav-menu__panel').getByRole('link', { name: 'Timeline' }).click();
    await expect(page).toHaveURL(/\/timeline\/$/);
    const statusFilter = page.locator('label[for="tl-status-done"]');
    await statusFilter.click();
    await expect(page).toHaveURL(/status=done/);
    await expect(page.locator('.tl-event[data-status="planned"]').first()).toBeHidden();
  });
  expect(problems).toEqual([]);
  await context.close();
});
