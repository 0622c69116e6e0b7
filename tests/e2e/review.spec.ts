/**
 * Spaced review in the browser: "due now" is worked out from the reader's own date (pinned with page.clock), and
 * without JavaScript the list stays in next-review order as of the build, which the page says.
 * The good fixture (built under /sub/): Containers was completed on 4 March 2026 and reviewed on 8 March, so its
 * next review is 18 March 2026.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fixtureOrigin } from '../../playwright.config.ts';
import { WCAG_TAGS } from '../quality/config.ts';

const reviewPage = `${fixtureOrigin}/sub/review/`;

test('a review is not due before its day, and due on it and after, by the reader’s date', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-16T10:00:00'));
  await page.goto(reviewPage);
  const item = page.locator('#review-containers');
  await expect(item.locator('[data-review-state]')).toHaveText('In 2 days');
  await expect(item).not.toHaveClass(/is-due/);
  await expect(page.locator('[data-review-summary]')).toHaveText('Nothing is due today (16 March 2026). 1 topic in review, soonest first.');

  await page.clock.setFixedTime(new Date('2026-03-17T23:30:00'));
  await page.reload();
  await expect(item.locator('[data-review-state]')).toHaveText('Due tomorrow');

  await page.clock.setFixedTime(new Date('2026-03-18T00:15:00'));
  await page.reload();
  await expect(item.locator('[data-review-state]')).toHaveText('Due now');
  await expect(item).toHaveClass(/is-due/);
  await expect(page.locator('[data-review-summary]')).toHaveText(
    '1 topic due for review today (18 March 2026), of 1 topic in review, soonest first.',
  );
});

test('"due now" follows the reader’s time zone, not UTC', async ({ browser }) => {
  // 18 March 2026, 02:00 UTC is still 17 March in Los Angeles: not due yet there.
  const context = await browser.newContext({ timezoneId: 'America/Los_Angeles' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-03-18T02:00:00Z'));
  await page.goto(reviewPage);
  await expect(page.locator('#review-containers [data-review-state]')).toHaveText('Due tomorrow');
  await context.close();
});

test('the home page marks what is due in its "Due for review" panel', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-20T09:00:00'));
  await page.goto(`${fixtureOrigin}/sub/`);
  const panel = page.locator('section[aria-labelledby="due-for-review"]');
  await expect(panel.getByRole('link', { name: 'Containers' })).toHaveAttribute('href', '/sub/review/#review-containers');
  await expect(panel.locator('[data-review-state]')).toHaveText('Due now');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list is ordered by next review as of the build, and the page says so', async ({ page }) => {
    await page.goto('/review/');
    await expect(page.locator('.review-summary')).toContainText(
      /^Ordered by next review date as of \d{1,2} \w+ \d{4}, the day this page was built/,
    );
    const dates = await page.locator('.review-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-next-review')!));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort());
    // Each date shown is the one the order uses.
    const shown = await page.locator('.review-item__next').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(shown).toEqual(dates);
  });

  test('answers stay hidden until opened, as on the topic page', async ({ page }) => {
    await page.goto(reviewPage);
    const answer = page.locator('#review-containers details');
    await expect(answer.getByText('The install layer is then cached')).toBeHidden();
    await answer.locator('summary').click();
    await expect(answer.getByText('The install layer is then cached')).toBeVisible();
    await expect(answer.getByRole('link', { name: 'Kubernetes' })).toHaveAttribute('href', '/sub/topics/kubernetes/');
  });
});

// The starter roadmap has no evidence yet and every review still due, so the axe gate over dist/ sees the written
// empty states; the fixture has the other states: a portfolio entry, a review not yet due, a week with a review.
for (const theme of ['light', 'dark'] as const) {
  test(`the fixture's portfolio, review, week and topic pages have no WCAG 2.1 AA violations (${theme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.clock.setFixedTime(new Date('2026-03-12T09:00:00'));
    for (const pagePath of ['portfolio/', 'review/', 'weeks/2026-W10/', 'topics/containers/']) {
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${fixtureOrigin}/sub/${pagePath}`);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(
          results.violations.map((v) => `${pagePath} ${width}px ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      }
    }
  });
}
