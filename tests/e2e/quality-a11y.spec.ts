/**
 * Accessibility gate: axe-core with the WCAG 2.1 A and AA rules finds no violation on any page template (home,
 * topic, roadmap, timeline, tag index, a tag, not found) at desktop and phone width, in the light and the dark
 * theme, and every topic page at phone width in both themes. axe does not measure text inside inline SVG, so the
 * roadmap graph's and the study chart's text is measured here too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fixtureOrigin } from '../../playwright.config.ts';
import { VIEWPORTS, WCAG_TAGS, distDir } from '../quality/config.ts';
import { sitePages, templateOf, templatePages } from '../quality/site-files.ts';
import { svgTextContrast } from '../quality/svg-contrast.ts';

const templates = templatePages(distDir);
/** An alias's redirect page (a meta refresh), not a topic. */
const isRedirectPage = (file: string) => /<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8'));

for (const theme of ['light', 'dark'] as const) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${theme} theme, ${viewport.name} (${viewport.width}px)`, () => {
      test.use({ colorScheme: theme, viewport: { width: viewport.width, height: viewport.height } });

      for (const [template, sitePath] of Object.entries(templates)) {
        test(`the ${template} page (${sitePath}) has no WCAG 2.1 AA violations`, async ({ page }) => {
          await page.goto(sitePath);
          // Fonts change sizes, and scripts add controls: test the page a reader sees.
          await page.evaluate(() => document.fonts.ready);
          expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
          const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          const violations = results.violations.map((v) => ({
            rule: v.id,
            help: v.help,
            nodes: v.nodes
              .slice(0, 5)
              .map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').split('\n').slice(1).join(' ').trim()}`),
            count: v.nodes.length,
          }));
          expect(violations).toEqual([]);
          expect(await svgTextContrast(page)).toEqual([]);
        });
      }
    });
  }
}

// Notes differ in what they hold (code in many languages, tables, formulas, callouts): every topic page, at phone
// width, where content scrolls sideways, in both themes.
const topics = sitePages(distDir).filter((p) => templateOf(p.path) === 'topic' && !isRedirectPage(path.join(distDir, p.file)));
for (const theme of ['light', 'dark'] as const) {
  test(`every topic page has no WCAG 2.1 AA violations at phone width in the ${theme} theme`, async ({ browser }) => {
    test.setTimeout(300_000);
    const context = await browser.newContext({ colorScheme: theme, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const found: string[] = [];
    for (const topic of topics) {
      await page.goto(topic.path);
      await page.evaluate(() => document.fonts.ready);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      for (const v of results.violations)
        found.push(
          `${topic.path} ${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
        );
    }
    expect(topics.length).toBeGreaterThan(0);
    expect(found).toEqual([]);
    await context.close();
  });
}

// What the starter's notes do not hold yet: a GFM task list (kubernetes) and Mermaid diagrams (pipelines), in the
// good fixture built under /sub/. Text inside the diagrams is measured against what is painted under it.
for (const theme of ['light', 'dark'] as const) {
  for (const viewport of VIEWPORTS) {
    test(`fixture topics with a task list and diagrams have no WCAG 2.1 AA violations (${theme}, ${viewport.width}px)`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ colorScheme: theme, viewport: { width: viewport.width, height: viewport.height } });
      const page = await context.newPage();
      for (const topic of ['kubernetes', 'pipelines']) {
        await page.goto(`${fixtureOrigin}/sub/topics/${topic}/`);
        await page.evaluate(() => document.fonts.ready);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(results.violations.map((v) => `${topic} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(await svgTextContrast(page), topic).toEqual([]);
      }
      await context.close();
    });
  }
}
