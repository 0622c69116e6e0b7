/**
 * Sharing: link previews, share images, JSON-LD, tags, the feed, the sitemap and robots.txt, on real builds.
 * - the hostile fixture, whose every text field tries to break out of HTML, attributes, JSON-LD and XML;
 * - the good fixture under SITE_URL=https://notes.example.org and BASE_PATH=/sub/;
 * - the same site built again after one note changed: only that note's share image is rendered again.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, globSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, elementsOf as elements, type Element } from '../quality/html.ts';
import { buildFixture, fixtureContent, projectRoot } from './run-build.ts';

/** The calendar day of the file's last commit, or undefined outside git (or for a file not committed yet). */
function lastCommitDay(file: string): string | undefined {
  try {
    return (
      execFileSync('git', ['log', '-1', '--format=%cs', '--', file], {
        cwd: projectRoot,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

const text = (el: Element): string =>
  el.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : 'tagName' in c ? text(c) : '')).join('');
/** The `content` of `<meta property|name="key">`. */
function metaContent(html: string, key: string): string | undefined {
  const el = elements(html).find((e) => e.tagName === 'meta' && (attr(e, 'property') === key || attr(e, 'name') === key));
  return el && attr(el, 'content');
}
function linkHref(html: string, rel: string): string | undefined {
  const el = elements(html).find((e) => e.tagName === 'link' && attr(e, 'rel') === rel);
  return el && attr(el, 'href');
}
/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number; signature: string } {
  const bytes = readFileSync(file);
  return { signature: bytes.subarray(1, 4).toString('latin1'), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category', 'url', 'sitemap'].includes(name) });
function parseXml(source: string): Record<string, any> {
  // Well-formed, and strict about what XML allows but a careless writer leaves in: `]]>` in text, `<` in attributes.
  expect(SyntaxValidator.validate(source, { invalidCharSequence: { tagValue: true, attrLt: true, comment: true } })).toBe(true);
  return xml.parse(source) as Record<string, any>;
}
const htmlFiles = (dir: string) => globSync('**/*.html', { cwd: dir }).sort();

/** The build ran and reported no error (the content check's "0 errors" summary line aside). */
function expectCleanBuild(result: { status: number | null; stderr: string }): void {
  expect(result.stderr).not.toMatch(/^(?!Content check: 0 errors).*\berror/im);
  expect(result.status).toBe(0);
}

// Exactly what the hostile fixture's frontmatter holds.
const SITE_TITLE = `Hostile <script>alert('site')</script> & "Notes" &amp;`;
const PHASE_TITLE = `Basics <script>alert('phase')</script> & "more"`;
const SCRIPT_TITLE = `<script>alert(1)</script> "quotes" 'single' &amp; & </script>`;
const SCRIPT_SUMMARY = `Summary </script><script>alert(2)</script> with "quotes", 'single', &amp; and & and <!-- ]]> in it.`;
const AMPERSAND_TITLE = `Tom & Jerry's "MLOps" &amp; </script>`;
const RESOURCE_TITLE = `Resource <script>alert(3)</script> "R" 'S' &amp; & </script>`;

describe('a site whose titles, summaries and resources hold markup, quotes and ampersands', () => {
  let out = '';
  const read = (file: string) => readFileSync(path.join(out, file), 'utf8');

  beforeAll(() => {
    // West of UTC, so a date that went through local time would show the previous day.
    const result = buildFixture('hostile', {
      TZ: 'America/Los_Angeles',
      SHARE_IMAGE_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'og-cache-')),
    });
    expectCleanBuild(result);
    out = result.outDir;
  });

  it('runs no script from the content on any page: every script element is the site’s own', () => {
    for (const file of htmlFiles(out)) {
      for (const script of elements(read(file)).filter((e) => e.tagName === 'script')) {
        if (attr(script, 'type') === 'application/ld+json') {
          // The one script element that holds content: data that parses, with no markup in its text.
          expect(() => JSON.parse(text(script)), file).not.toThrow();
          expect(text(script), file).not.toMatch(/[<>]/);
        } else {
          expect(text(script), file).not.toContain('alert(');
        }
      }
      // No element the content spelled out (<b>, <em>) became real markup.
      expect(
        elements(read(file)).filter((e) => e.tagName === 'b' || e.tagName === 'em'),
        file,
      ).toEqual([]);
    }
  });

  it('shows the exact text in the page title, heading, lede and resources', () => {
    const html = read('topics/script-note/index.html');
    const all = elements(html);
    expect(text(all.find((e) => e.tagName === 'title')!)).toBe(`${SCRIPT_TITLE} · ${SITE_TITLE}`);
    expect(text(all.find((e) => e.tagName === 'h1')!)).toBe(SCRIPT_TITLE);
    expect(text(all.find((e) => attr(e, 'class') === 'lede')!)).toBe(SCRIPT_SUMMARY);
    expect(all.filter((e) => attr(e, 'class') === 'external').map(text)).toContain(`${RESOURCE_TITLE} (external site)`);
    expect(html).toContain(
      '<h1>&lt;script&gt;alert(1)&lt;/script&gt; &quot;quotes&quot; &#39;single&#39; &amp;amp; &amp; &lt;/script&gt;</h1>',
    );
  });

  it('draws a diagram whose labels hold markup as text: no element and no event handler comes from a label', () => {
    const all = elements(read('topics/script-note/index.html'));
    const labels = all.filter((e) => e.tagName === 'text').map(text);
    expect(labels).toEqual(expect.arrayContaining(['<script>alert(4)</script>', '<img src=x onerror=alert(5)>', 'Plain & simple']));
    expect(all.filter((e) => e.tagName === 'img')).toEqual([]);
    expect(all.flatMap((e) => e.attrs.map((a) => a.name)).filter((name) => /^on/i.test(name))).toEqual([]);
  });

  it('escapes every meta and link attribute, < and > included, and a parser reads back the exact text', () => {
    const html = read('topics/script-note/index.html');
    expect(html).toContain(
      '<meta property="og:title" content="&lt;script&gt;alert(1)&lt;/script&gt; &quot;quotes&quot; &#39;single&#39; &amp;amp; &amp; &lt;/script&gt;">',
    );
    for (const key of ['og:title', 'twitter:title']) expect(metaContent(html, key)).toBe(SCRIPT_TITLE);
    for (const key of ['description', 'og:description', 'twitter:description']) expect(metaContent(html, key)).toBe(SCRIPT_SUMMARY);
    expect(metaContent(html, 'og:site_name')).toBe(SITE_TITLE);
    expect(metaContent(html, 'og:image:alt')).toContain(SCRIPT_TITLE);
    const rss = elements(html).find((e) => attr(e, 'type') === 'application/rss+xml')!;
    expect(attr(rss, 'title')).toBe(`${SITE_TITLE} (RSS)`);
    // Within <head>, no content text appears unescaped.
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toContain('<script>alert');
  });

  it('keeps the JSON-LD inside its script element and parseable to the exact text', () => {
    const html = read('topics/script-note/index.html');
    const blocks = elements(html).filter((e) => attr(e, 'type') === 'application/ld+json');
    expect(blocks).toHaveLength(1);
    const raw = text(blocks[0]!);
    expect(raw).not.toMatch(/[<>]/);
    const data = JSON.parse(raw) as Record<string, any>;
    expect(data).toMatchObject({
      '@type': 'LearningResource',
      name: SCRIPT_TITLE,
      description: SCRIPT_SUMMARY,
      url: 'https://example.com/topics/script-note/',
      datePublished: '2026-03-01',
      // The day the note was last committed (this fixture lives in the project's repository), else its completion.
      dateModified: lastCommitDay(path.join(fixtureContent('hostile'), 'notes/script-note.mdx')) ?? '2026-03-04',
      keywords: 'script, quotes-and-ampersands',
      isPartOf: { '@type': 'WebSite', name: SITE_TITLE, url: 'https://example.com/' },
    });
  });

  it('writes a well-formed RSS 2.0 feed with the exact text, calendar-day dates in UTC, and no draft', () => {
    const feed = parseXml(read('rss.xml'));
    expect(feed['rss']['@_version']).toBe('2.0');
    const channel = feed['rss']['channel'];
    expect(channel['title']).toBe(SITE_TITLE);
    const items = channel['item'] as Record<string, any>[];
    expect(items.map((i) => i['title'])).toEqual([AMPERSAND_TITLE, SCRIPT_TITLE, 'Planned <em>later</em> & "undated"']);
    const script = items[1]!;
    expect(script['description']).toBe(SCRIPT_SUMMARY);
    expect(script['link']).toBe('https://example.com/topics/script-note/');
    expect(script['pubDate']).toBe('Wed, 04 Mar 2026 00:00:00 GMT');
    expect(script['category']).toEqual([PHASE_TITLE, 'script', 'quotes-and-ampersands']);
    expect(items[2]).not.toHaveProperty('pubDate');
    expect(read('rss.xml')).not.toContain('Secret draft');
  });

  it('leaves drafts and alias redirect pages out of the sitemap and the tag pages', () => {
    const index = parseXml(read('sitemap-index.xml'));
    expect(index['sitemapindex']['sitemap'].map((s: Record<string, string>) => s['loc'])).toEqual(['https://example.com/sitemap-0.xml']);
    const locs = parseXml(read('sitemap-0.xml'))['urlset']['url'].map((u: Record<string, string>) => u['loc']) as string[];
    expect(locs).toContain('https://example.com/topics/script-note/');
    expect(locs).toContain('https://example.com/tags/script/');
    expect(locs.filter((l) => /old-script-note|secret-draft|draft-only|404/.test(l))).toEqual([]);
    const tagDirs = readdirSync(path.join(out, 'tags'), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(tagDirs.map((d) => d.name).sort()).toEqual(['quotes-and-ampersands', 'script']);
  });

  it('writes the calendar feed as iCalendar text that reads back to the exact titles, with no line breaking out', () => {
    const source = read('timeline.ics');
    // Every line folded to 75 octets and ended by CRLF: a newline in a title cannot start a property of its own.
    for (const line of source.split('\r\n').slice(0, -1)) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    expect(source.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const calendar = new ICAL.Component(ICAL.parse(source));
    // An X- property has no declared type, so ical.js keeps it raw: undo TEXT escaping (RFC 5545 3.3.11) here.
    const unescapeText = (raw: string) => raw.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
    expect(unescapeText(String(calendar.getFirstPropertyValue('x-wr-calname')))).toBe(`${SITE_TITLE}: study plan`);
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => [e.summary, e.description])).toEqual([
      ['Study: ' + SCRIPT_TITLE, 'Session </script> & "notes". (2 h)'],
      ...[1, 2, 3, 4].map((n) => [
        'Review: ' + SCRIPT_TITLE,
        `Review ${n} of the self-check questions of ${SCRIPT_TITLE}, finished on 4 March 2026.`,
      ]),
    ]);
    expect(source).not.toContain('Secret draft');
  });

  it('keeps the exact titles in the search index, which the search dialog shows as text', () => {
    // Pagefind's fragments: gzip, then a "pagefind_dcd" signature, then JSON.
    const fragments = globSync('pagefind/fragment/*.pf_fragment', { cwd: out }).map(
      (file) =>
        JSON.parse(
          gunzipSync(readFileSync(path.join(out, file)))
            .subarray(12)
            .toString('utf8'),
        ) as { url: string; meta: Record<string, string> },
    );
    const byUrl = new Map(fragments.map((f) => [f.url, f.meta]));
    // Topic pages, and the weekly digests (sessions by week); no other page is indexed.
    expect([...byUrl.keys()].sort()).toEqual([
      '/topics/ampersand-note/',
      '/topics/script-note/',
      '/topics/undated-note/',
      '/weeks/2026-W09/',
    ]);
    expect(byUrl.get('/topics/script-note/')).toMatchObject({ title: SCRIPT_TITLE, phase: PHASE_TITLE });
    expect(byUrl.get('/topics/ampersand-note/')).toMatchObject({ title: AMPERSAND_TITLE });
    // The dialog writes title and phase with textContent; only Pagefind's excerpt (escaped, plus <mark>) is HTML.
    const dialog = readFileSync(path.join(projectRoot, 'src/client/search.ts'), 'utf8');
    expect(dialog.match(/\.innerHTML\s*=/g)).toHaveLength(1);
    expect(dialog).toContain('excerpt.innerHTML = result.excerpt');
  });

  it('lets no link or source become a script URL in a browser', () => {
    // A scheme with a tab hidden in it ("java\tscript:", which a browser reads as javascript:) is a content error:
    // see the broken-links fixture.
    for (const file of htmlFiles(out)) {
      const page = new URL(`https://example.com/${file}`);
      for (const el of elements(read(file))) {
        for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster']) {
          const value = attr(el, name);
          if (value === undefined) continue;
          expect(['http:', 'https:', 'mailto:'], `${file} <${el.tagName} ${name}="${value}">`).toContain(new URL(value, page).protocol);
        }
      }
    }
  });

  it('leaves every title out of the sitemap, which lists URLs of slugs only', () => {
    expect(read('sitemap-0.xml')).not.toMatch(/alert|script>|&amp;amp;/);
  });

  it('renders a share image per published note and one for the site', () => {
    expect(readdirSync(path.join(out, 'og/topics')).sort()).toEqual(['ampersand-note.png', 'script-note.png', 'undated-note.png']);
    for (const file of ['og/site.png', 'og/topics/script-note.png']) {
      expect(pngSize(path.join(out, file))).toEqual({ signature: 'PNG', width: 1200, height: 630 });
    }
  });
});

describe('the good fixture under SITE_URL=https://notes.example.org and BASE_PATH=/sub/', () => {
  const PREFIX = 'https://notes.example.org/sub/';
  let out = '';
  let content = '';
  let cacheDir = '';
  let env: Record<string, string> = {};
  const read = (file: string) => readFileSync(path.join(out, file), 'utf8');

  beforeAll(() => {
    // A copy of the content, so the cache test below can change a note.
    content = path.join(mkdtempSync(path.join(tmpdir(), 'notes-good-copy-')), 'content');
    cpSync(path.join(projectRoot, fixtureContent('good')), content, { recursive: true });
    cacheDir = mkdtempSync(path.join(tmpdir(), 'og-cache-'));
    env = {
      TZ: 'UTC',
      SITE_URL: 'https://notes.example.org',
      BASE_PATH: '/sub/',
      CONTENT_DIR: content,
      SHARE_IMAGE_CACHE_DIR: cacheDir,
      // A cache of its own per copy: one kept from an earlier run names that run's (deleted) content folder.
      ASTRO_CACHE_DIR: path.join(path.dirname(content), '.astro-cache'),
    };
    const result = buildFixture('good', env);
    expectCleanBuild(result);
    out = result.outDir;
  });

  it('gives every page an absolute canonical URL, Open Graph and Twitter tags under the base path', () => {
    for (const file of htmlFiles(out).filter((f) => !f.startsWith('topics/docker-basics/'))) {
      const html = read(file);
      const canonical = linkHref(html, 'canonical');
      expect(canonical, file).toMatch(new RegExp(`^${PREFIX}`));
      expect(metaContent(html, 'og:url'), file).toBe(canonical);
      expect(metaContent(html, 'og:image'), file).toMatch(new RegExp(`^${PREFIX}og/(site|topics/[a-z0-9-]+|weeks/\\d{4}-W\\d{2})\\.png$`));
      expect(metaContent(html, 'twitter:image'), file).toBe(metaContent(html, 'og:image'));
      expect([metaContent(html, 'og:image:width'), metaContent(html, 'og:image:height')], file).toEqual(['1200', '630']);
      expect(metaContent(html, 'og:image:alt'), file).toBeTruthy();
      expect(metaContent(html, 'twitter:card'), file).toBe('summary_large_image');
      for (const key of [
        'og:title',
        'og:description',
        'og:type',
        'og:site_name',
        'twitter:title',
        'twitter:description',
        'twitter:image:alt',
        'description',
      ]) {
        expect(metaContent(html, key), `${file} ${key}`).toBeTruthy();
      }
      expect(
        elements(html).find((e) => attr(e, 'type') === 'application/rss+xml' && attr(e, 'rel') === 'alternate')?.attrs,
        file,
      ).toContainEqual({
        name: 'href',
        value: `${PREFIX}rss.xml`,
      });
    }
  });

  it('points a topic page at its own share image, and other pages at the site image', () => {
    const topic = read('topics/kubernetes/index.html');
    expect(linkHref(topic, 'canonical')).toBe(`${PREFIX}topics/kubernetes/`);
    expect(metaContent(topic, 'og:type')).toBe('article');
    expect(metaContent(topic, 'og:image')).toBe(`${PREFIX}og/topics/kubernetes.png`);
    expect(metaContent(topic, 'og:image:alt')).toBe(
      'Kubernetes (Fixture Roadmap): In progress, Phase 1 · Foundations. 1 of 1 prerequisite done; 1 h studied in 1 session.',
    );
    expect(metaContent(read('index.html'), 'og:image')).toBe(`${PREFIX}og/site.png`);
    expect(metaContent(read('tags/index.html'), 'og:image')).toBe(`${PREFIX}og/site.png`);
  });

  it('writes 1200×630 PNGs at those URLs', () => {
    for (const file of ['og/site.png', 'og/topics/containers.png', 'og/topics/kubernetes.png', 'og/topics/pipelines.png']) {
      expect(pngSize(path.join(out, file)), file).toEqual({ signature: 'PNG', width: 1200, height: 630 });
    }
    expect(readdirSync(path.join(out, 'og/topics'))).not.toContain('secret-plans.png');
  });

  it('describes a topic with JSON-LD whose URLs carry the base path', () => {
    const block = elements(read('topics/containers/index.html')).find((e) => attr(e, 'type') === 'application/ld+json')!;
    expect(JSON.parse(text(block))).toMatchObject({
      url: `${PREFIX}topics/containers/`,
      image: `${PREFIX}og/topics/containers.png`,
      datePublished: '2026-03-01',
      dateModified: '2026-03-04',
      about: [
        { '@type': 'Thing', name: 'docker' },
        { '@type': 'Thing', name: 'containers' },
      ],
      isPartOf: { url: PREFIX },
    });
  });

  it('links every item of the feed, and the feed itself, under the base path', () => {
    const channel = parseXml(read('rss.xml'))['rss']['channel'];
    expect(channel['link']).toBe(PREFIX);
    expect(channel['atom:link']['@_href']).toBe(`${PREFIX}rss.xml`);
    const items = channel['item'] as Record<string, any>[];
    expect(items.map((i) => i['link'])).toEqual([
      `${PREFIX}topics/kubernetes/`,
      `${PREFIX}topics/containers/`,
      `${PREFIX}topics/pipelines/`,
    ]);
    expect(items[0]!['category']).toEqual(['Foundations', 'kubernetes']);
    expect(items[0]!['pubDate']).toBe('Thu, 05 Mar 2026 00:00:00 GMT');
  });

  it('lists only real pages in the sitemap, and robots.txt points to it', () => {
    const index = parseXml(read('sitemap-index.xml'));
    expect(index['sitemapindex']['sitemap'].map((s: Record<string, string>) => s['loc'])).toEqual([`${PREFIX}sitemap-0.xml`]);
    const locs = parseXml(read('sitemap-0.xml'))['urlset']['url'].map((u: Record<string, string>) => u['loc']) as string[];
    expect(locs.every((l) => l.startsWith(PREFIX))).toBe(true);
    expect(locs).toEqual(expect.arrayContaining([PREFIX, `${PREFIX}topics/kubernetes/`, `${PREFIX}tags/`, `${PREFIX}tags/kubernetes/`]));
    expect(locs.filter((l) => /docker-basics|secret-plans|404/.test(l))).toEqual([]);
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${PREFIX}sitemap-index.xml\n`);
  });

  it('lists tags by count then name, and a tag’s notes in roadmap order', () => {
    const index = elements(read('tags/index.html'));
    // Links to one tag (not the header's link to the index), in document order.
    const names = (els: Element[]) =>
      els.map((e) => (e.tagName === 'a' ? attr(e, 'href') : undefined)).filter((h) => h?.startsWith('/sub/tags/') && h !== '/sub/tags/');
    expect(names(index)).toEqual(['/sub/tags/kubernetes/', '/sub/tags/containers/', '/sub/tags/docker/', '/sub/tags/workflows/']);
    const tagPage = elements(read('tags/kubernetes/index.html'));
    expect(tagPage.filter((e) => attr(e, 'class') === 'note-card__title').map(text)).toEqual(['Kubernetes', 'Pipelines']);
    expect(tagPage.filter((e) => attr(e, 'class')?.startsWith('status status--')).map((e) => text(e).trim())).toEqual([
      'In progress',
      'Planned',
    ]);
  });

  it('links a topic’s tags to their tag pages', () => {
    const links = elements(read('topics/containers/index.html')).filter((e) => attr(e, 'class') === 'tag tag--link');
    expect(links.map((e) => [attr(e, 'href'), text(e)])).toEqual([
      ['/sub/tags/docker/', 'docker'],
      ['/sub/tags/containers/', 'containers'],
    ]);
  });

  it('renders only the changed note’s share image again on the next build', () => {
    const cached = () => new Map(readdirSync(cacheDir).map((f) => [f, statSync(path.join(cacheDir, f)).mtimeMs]));
    const before = cached();
    expect(before.size).toBe(6); // three notes, the site and two weeks
    const containersPng = readFileSync(path.join(out, 'og/topics/containers.png'));
    const kubernetesPng = readFileSync(path.join(out, 'og/topics/kubernetes.png'));

    const note = path.join(content, 'notes/basics/kubernetes.mdx');
    writeFileSync(note, readFileSync(note, 'utf8').replace('title: Kubernetes', 'title: Kubernetes in practice'));
    const result = buildFixture('good', env);
    expectCleanBuild(result);

    const after = cached();
    // Every image rendered before is still there, untouched; exactly two new images: the changed note's, and that of
    // the week it was studied in (which names its topics).
    for (const [file, mtime] of before) expect(after.get(file), file).toBe(mtime);
    expect([...after.keys()].filter((f) => !before.has(f))).toHaveLength(2);
    expect(readFileSync(path.join(result.outDir, 'og/topics/containers.png')).equals(containersPng)).toBe(true);
    expect(readFileSync(path.join(result.outDir, 'og/topics/kubernetes.png')).equals(kubernetesPng)).toBe(false);
  });
});
