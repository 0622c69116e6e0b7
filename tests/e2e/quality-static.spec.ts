/**
 * Quality gates that read the built starter site from disk, page by page, without a browser: every internal link,
 * asset and anchor resolves, and every page is valid HTML (html-validate, configured in .htmlvalidate.mjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { crawlSite } from '../quality/crawl.ts';
import { distDir, projectRoot } from '../quality/config.ts';
import { sitePages, templateOf } from '../quality/site-files.ts';

const pages = sitePages(distDir);

test('the crawl finds every page template in the built site', () => {
  const templates = new Set(pages.map((p) => templateOf(p.path)));
  expect([...templates].sort()).toEqual([
    '404',
    'home',
    'portfolio',
    'review',
    'roadmap',
    'tag',
    'tags',
    'timeline',
    'topic',
    'week',
    'weeks',
  ]);
});

test('every internal link, asset and anchor of every page resolves to a file and an id', () => {
  const result = crawlSite({ dir: distDir });
  expect(result.problems).toEqual([]);
  expect(result.pages).toBe(pages.length);
  expect(result.references).toBeGreaterThan(pages.length * 10);
  // Search loads its index on demand (a dynamic import that no page links to).
  expect(existsSync(path.join(distDir, 'pagefind/pagefind.js'))).toBe(true);
});

test('every page is valid HTML (html-validate)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const report = await validator.validateMultipleFiles(pages.map((p) => path.join(distDir, p.file)));
  const stylish = formatterFactory('stylish');
  // The whole report in the failure message: file, line, rule and what is wrong.
  expect(report.valid, stylish(report.results).replaceAll(`${projectRoot}/`, '')).toBe(true);
  expect(report.results.filter((r) => r.warningCount > 0).map((r) => r.filePath)).toEqual([]);
});

test('the policies a <meta> cannot carry are in _headers for Netlify and Cloudflare Pages', () => {
  const headers = readFileSync(path.join(distDir, '_headers'), 'utf8');
  expect(headers).toMatch(/^\/\*$/m);
  for (const header of [
    'Content-Security-Policy: .*frame-ancestors',
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: ',
    'Permissions-Policy: ',
  ]) {
    expect(headers).toMatch(new RegExp(`^\\s+${header}`, 'm'));
  }
});
