import { expect, test, type Page } from '@playwright/test';

/** Reads the timeline as the reader sees it: visible rows in order, with their dates and filter data. */
async function visibleRows(page: Page) {
  return page.$$eval('.tl-months li', (items) =>
    items
      .filter((li) => (li as HTMLElement).checkVisibility())
      .map((li) => ({
        today: li.classList.contains('tl-today'),
        date: li.querySelector('time')?.getAttribute('datetime') ?? '',
        phase: (li as HTMLElement).dataset['phase'] ?? '',
        status: (li as HTMLElement).dataset['status'] ?? '',
        kind: (li as HTMLElement).dataset['kind'] ?? '',
      })),
  );
}

/** Phase and status pairs of all events, to pick filters that the content actually has. */
async function eventData(page: Page) {
  return page.$$eval('.tl-event', (items) =>
    items.map((li) => ({ phase: (li as HTMLElement).dataset['phase']!, status: (li as HTMLElement).dataset['status']! })),
  );
}

test('the <time> elements of the timeline never go back in time', async ({ page }) => {
  await page.goto('/timeline/');
  const dates = await page.$$eval('.tl-months time', (times) => times.map((t) => t.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThan(10);
  for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(dates).toEqual([...dates].sort());
});

test('the today marker sits between past and future events', async ({ page }) => {
  await page.goto('/timeline/');
  const rows = await visibleRows(page);
  const markers = rows.filter((r) => r.today);
  expect(markers).toHaveLength(1);
  const today = markers[0]!.date;
  const at = rows.findIndex((r) => r.today);
  for (const row of rows.slice(0, at)) expect(row.date <= today, `${row.date} ${row.kind} is before the marker`).toBe(true);
  for (const row of rows.slice(at + 1)) {
    expect(row.date >= today, `${row.date} ${row.kind} is after the marker`).toBe(true);
    expect(row.kind === 'target' || row.date > today).toBe(true);
  }
  await expect(page.locator('#today')).toContainText('Today');
  await page.getByRole('link', { name: 'Jump to today' }).click();
  await expect(page).toHaveURL(/#today$/);
  await expect(page.locator('#today')).toBeInViewport();
});

test('planned events look planned: dashed and without a fill', async ({ page }) => {
  await page.goto('/timeline/');
  const planned = page.locator('.tl-event--target .tl-card').first();
  await expect(planned).toHaveCSS('border-top-style', 'dashed');
  await expect(planned).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(page.locator('.tl-event--target .tl-kind').first()).toHaveText('Planned');
});

for (const javaScriptEnabled of [true, false]) {
  test(`the phase and status filters work with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/timeline/');
    const all = await eventData(page);
    const total = (await visibleRows(page)).filter((r) => !r.today).length;
    expect(total).toBe(all.length);

    // A phase that has events, but not all of them.
    const phase = all.map((e) => e.phase).find((p) => all.some((e) => e.phase !== p))!;
    await page.locator(`label[for="tl-phase-${phase}"]`).click();
    let shown = (await visibleRows(page)).filter((r) => !r.today);
    expect(shown.length).toBe(all.filter((e) => e.phase === phase).length);
    expect(shown.every((r) => r.phase === phase)).toBe(true);
    // Months without a matching event disappear; today's month stays.
    const emptyMonthsShown = await page.$$eval(
      '.tl-month',
      (sections) => sections.filter((s) => s.checkVisibility() && ![...s.querySelectorAll('li')].some((li) => li.checkVisibility())).length,
    );
    expect(emptyMonthsShown).toBe(0);
    await expect(page.locator('#today')).toBeVisible();

    // Both filters at once.
    const status = all.find((e) => e.phase === phase)!.status;
    await page.locator(`label[for="tl-status-${status}"]`).click();
    shown = (await visibleRows(page)).filter((r) => !r.today);
    expect(shown.length).toBe(all.filter((e) => e.phase === phase && e.status === status).length);
    expect(shown.every((r) => r.phase === phase && r.status === status)).toBe(true);
    if (javaScriptEnabled) {
      await expect(page).toHaveURL(new RegExp(`\\?phase=${phase}&status=${status}$`));
      await expect(page.locator('[data-timeline-count]')).toHaveText(`Showing ${shown.length} of ${all.length} events`);
    }

    // A pair with no event shows the written empty state.
    const phases = [...new Set(all.map((e) => e.phase))];
    const empty = phases
      .flatMap((p) => ['done', 'in-progress', 'planned'].map((s) => [p, s] as const))
      .find(([p, s]) => !all.some((e) => e.phase === p && e.status === s));
    if (empty) {
      await page.locator(`label[for="tl-phase-${empty[0]}"]`).click();
      await page.locator(`label[for="tl-status-${empty[1]}"]`).click();
      await expect(page.locator('.tl-empty')).toBeVisible();
      expect((await visibleRows(page)).filter((r) => !r.today)).toEqual([]);
    }

    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(page.locator('.tl-empty')).toBeHidden();
    expect((await visibleRows(page)).filter((r) => !r.today)).toHaveLength(all.length);
    await context.close();
  });
}

test('the filters can be chosen with the keyboard', async ({ page }) => {
  await page.goto('/timeline/');
  await page.locator('#tl-status-all').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#tl-status-done')).toBeChecked();
  const shown = (await visibleRows(page)).filter((r) => !r.today);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.every((r) => r.status === 'done')).toBe(true);
});

test('a filter in the address bar is applied on load', async ({ page }) => {
  await page.goto('/timeline/');
  const phase = (await eventData(page)).at(-1)!.phase;
  await page.goto(`/timeline/?phase=${phase}`);
  await expect(page.locator(`#tl-phase-${phase}`)).toBeChecked();
  const shown = (await visibleRows(page)).filter((r) => !r.today);
  expect(shown.every((r) => r.phase === phase)).toBe(true);
});

test('the study chart is an accessible SVG with its data as tables', async ({ page }) => {
  await page.goto('/timeline/');
  const gantt = page.locator('svg[aria-labelledby="gantt-title gantt-desc"]');
  await expect(gantt).toHaveAttribute('role', 'img');
  await expect(page.locator('#gantt-desc')).toContainText('topics from');
  await expect(page.locator('svg[aria-labelledby="hours-title hours-desc"]')).toHaveCount(1);
  await page.getByText('The chart data as tables').click();
  await expect(page.getByRole('table', { name: 'Topics and their dates' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Study hours per week' })).toBeVisible();
});

test('the timeline has no horizontal scroll at phone width; the chart scrolls in its own box', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/timeline/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const chart = await page
    .locator('.chart__scroll')
    .first()
    .evaluate((box) => ({ scroll: box.scrollWidth, client: box.clientWidth }));
  expect(chart.scroll).toBeGreaterThan(chart.client);
  await context.close();
});

test('the calendar feed is served and linked from the timeline', async ({ page, request }) => {
  await page.goto('/timeline/');
  const href = await page.getByRole('link', { name: 'Subscribe to the plan' }).getAttribute('href');
  expect(href).toBe('/timeline.ics');
  const response = await request.get(href!);
  expect(response.ok()).toBe(true);
  const body = await response.text();
  expect(body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(body).toContain('BEGIN:VEVENT');
});

test('the header links to the timeline and marks it as the current page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page).toHaveURL(/\/timeline\/$/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.locator('h1')).toHaveText('Timeline');
});
