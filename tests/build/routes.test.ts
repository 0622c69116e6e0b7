/**
 * The route table matches the site a build writes: every file of the output is a route of the table (or a file of
 * `public/`, or a bundled asset), and the published-URL manifest lists exactly the pages a reader can open, so a page
 * type added without its entry fails here. Built under a base path, so both sides are base-aware.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRoute, routeDefinition, routeHref, type Route } from '../../src/lib/routes.ts';
import { buildFixture, fixtureContent, projectRoot } from './run-build.ts';

const BASE = '/sub/';
let out = '';
let content = '';

/** The site path a browser asks for to get a file of the output: `topics/x/index.html` → `/sub/topics/x/`. */
const sitePathOf = (file: string) => BASE + file.replace(/(^|\/)index\.html$/, '$1');

beforeAll(() => {
  content = path.join(mkdtempSync(path.join(tmpdir(), 'notes-routes-')), 'content');
  cpSync(path.join(projectRoot, fixtureContent('good')), content, { recursive: true });
  // Record what the content publishes now, as an author does after writing notes.
  const record = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/permalinks.ts')], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', CONTENT_DIR: content, NO_COLOR: '1' },
  });
  expect(record.status, record.stderr).toBe(0);
  const result = buildFixture('good', {
    TZ: 'UTC',
    SITE_URL: 'https://notes.example.org',
    BASE_PATH: BASE,
    CONTENT_DIR: content,
    ASTRO_CACHE_DIR: path.join(path.dirname(content), '.astro-cache'),
  });
  expect(result.status, result.stderr).toBe(0);
  out = result.outDir;
});

describe('the route table and the built site', () => {
  it('has a route for every file the build writes', () => {
    const publicFiles = new Set(globSync('**/*', { cwd: path.join(projectRoot, 'public'), withFileTypes: false }));
    const written = globSync('**/*', { cwd: out, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      // Vite's bundled scripts, styles and fonts are named by their content; public/ is copied as it is.
      .filter((file) => !file.startsWith('_astro/') && !publicFiles.has(file));
    expect(written.length).toBeGreaterThan(20);
    const unrouted = written.filter((file) => parseRoute(BASE, sitePathOf(file)) === undefined);
    expect(unrouted).toEqual([]);
    // HTML files are pages, the others are files.
    for (const file of written) {
      expect(routeDefinition(parseRoute(BASE, sitePathOf(file))!.kind).type, file).toBe(file.endsWith('.html') ? 'page' : 'file');
    }
  });

  it('protects exactly the pages a reader can open: every page but the not-found page and the redirect pages of aliases', () => {
    const manifest = JSON.parse(readFileSync(path.join(content, 'permalinks.json'), 'utf8')) as { urls: Record<string, string[]> };
    const pages = globSync('**/*.html', { cwd: out })
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) => !file.startsWith('pagefind/'));
    const redirects = pages.filter((file) => /<meta http-equiv="refresh"/i.test(readFileSync(path.join(out, file), 'utf8')));
    expect(redirects.length).toBeGreaterThan(0);
    const readable = pages
      .filter((file) => !redirects.includes(file))
      .map((file) => parseRoute(BASE, sitePathOf(file))!)
      .filter((route) => routeDefinition(route.kind).published !== false)
      .map((route: Route) => routeHref('/', route));
    expect(readable.sort()).toEqual(Object.keys(manifest.urls).sort());
    for (const file of redirects) expect(parseRoute(BASE, sitePathOf(file))?.kind, file).toBe('topic');
  });
});
