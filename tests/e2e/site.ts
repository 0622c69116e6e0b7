/** Helpers shared by the browser tests. */
import type { Page } from '@playwright/test';

/** Internal page URLs linked from the home page (topics included), as site paths. */
export async function internalPages(page: Page): Promise<string[]> {
  await page.goto('/');
  const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  const paths = hrefs.filter((h) => h.startsWith(origin)).map((h) => new URL(h).pathname);
  return [...new Set(['/', ...paths])].sort();
}

/** Collects console errors and failed requests while a page loads. */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
