/**
 * A file-based crawl of a built site: every internal link, asset and `#anchor` of every page must resolve to a file
 * in the output folder (and an anchor to an element with that id). No server, no browser: it reads `dist/` the way
 * a static host maps URLs to files, so it is fast enough to run over hundreds of pages.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { attr, elementsOf, type Element } from './html.ts';
import { PLACEHOLDER_ORIGIN } from '../../src/lib/site-address.ts';
import { normalizeBase, sitePages } from './site-files.ts';

/** Where a crawl looks. */
export interface CrawlOptions {
  /** The output folder (`dist/`). */
  dir: string;
  /** The base path the site was built with (`BASE_PATH`), default `/`. */
  base?: string;
  /**
   * The origin the site was built for (`SITE_URL`): absolute URLs on it (canonical, og:image, JSON-LD) are internal
   * too. Default the build's own placeholder, `PLACEHOLDER_ORIGIN`.
   */
  site?: string;
}

/** What a crawl found. */
export interface CrawlResult {
  /** Pages read. */
  pages: number;
  /** Internal references checked (links, assets, anchors), counting each distinct one once per page. */
  references: number;
  /** One line per broken reference: `<page> → <reference>: <problem>`. */
  problems: string[];
}

/** The URLs of a `srcset` (`a.png 1x, b.png 2x`): each candidate is a URL, then an optional descriptor. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Meta tags whose content is a URL of this site. */
const URL_METAS = new Set(['og:image', 'og:url', 'twitter:image', 'og:image:url', 'og:image:secure_url']);

/** Every URL an element refers to, with the kind of reference (for the message). */
function referencesOf(el: Element): { kind: string; url: string }[] {
  const refs: { kind: string; url: string }[] = [];
  const add = (kind: string, value: string | undefined) => {
    if (value !== undefined) refs.push({ kind, url: value });
  };
  switch (el.tagName) {
    case 'a':
    case 'area':
      // SVG links (the roadmap graph) may use xlink:href.
      add('link', attr(el, 'href') ?? attr(el, 'xlink:href'));
      break;
    case 'link':
      add(`<link rel="${attr(el, 'rel') ?? ''}">`, attr(el, 'href'));
      for (const url of srcsetUrls(attr(el, 'imagesrcset') ?? '')) add('<link imagesrcset>', url);
      break;
    case 'img':
    case 'source':
    case 'video':
    case 'audio':
    case 'iframe':
    case 'embed':
    case 'track':
      add(`<${el.tagName} src>`, attr(el, 'src'));
      add(`<${el.tagName} poster>`, attr(el, 'poster'));
      for (const url of srcsetUrls(attr(el, 'srcset') ?? '')) add(`<${el.tagName} srcset>`, url);
      break;
    case 'script':
      add('<script src>', attr(el, 'src'));
      break;
    case 'use':
    case 'image':
      add(`<${el.tagName} href>`, attr(el, 'href') ?? attr(el, 'xlink:href'));
      break;
    case 'object':
      add('<object data>', attr(el, 'data'));
      break;
    case 'form':
      add('<form action>', attr(el, 'action'));
      break;
    case 'meta': {
      const key = attr(el, 'property') ?? attr(el, 'name') ?? '';
      if (URL_METAS.has(key)) add(`<meta ${key}>`, attr(el, 'content'));
      // <meta http-equiv="refresh" content="0; url=/topics/x/">: an alias's redirect.
      const refresh = attr(el, 'http-equiv')?.toLowerCase() === 'refresh' ? /url=(.+)$/i.exec(attr(el, 'content') ?? '') : null;
      if (refresh?.[1]) add('<meta refresh>', refresh[1].trim());
      break;
    }
  }
  return refs;
}

/** `url(...)` references of a stylesheet (fonts, images), without data: URLs. */
function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!).filter((u) => !u.startsWith('data:'));
}

/**
 * Checks every internal reference of every page of the site in `dir`. A reference is internal when it resolves to
 * the crawl origin or to the site's own origin (`site`); it must stay under the base path and name a file that
 * exists (`/x/` → `x/index.html`; `/x` → `x`, `x.html` or `x/index.html`, as a static host serves it). A `#id`
 * must name an element of the target page. Stylesheets are followed for their `url(...)` references.
 * `javascript:` and other non-web schemes in links are problems; external http(s) links are not followed.
 */
export function crawlSite(options: CrawlOptions): CrawlResult {
  const { dir } = options;
  const base = normalizeBase(options.base);
  const site = new URL(options.site ?? PLACEHOLDER_ORIGIN).origin;
  // Pages are resolved against a placeholder origin; internal URLs end up on it or on the site's.
  const local = 'http://crawl.invalid';
  const problems: string[] = [];
  const idsCache = new Map<string, Set<string> | null>();
  const cssChecked = new Set<string>();
  let references = 0;

  /** The file a site path maps to, or undefined when there is none. */
  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(base.length));
    } catch {
      return undefined;
    }
    const candidates =
      relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}.html`, `${relative}/index.html`];
    return candidates.map((c) => path.join(dir, c)).find((file) => existsSync(file) && statSync(file).isFile());
  };

  /** The ids of an HTML file (and `<a name>` targets), read once; null when it is not HTML. */
  const idsOf = (file: string): Set<string> | null => {
    if (!idsCache.has(file)) {
      if (!file.endsWith('.html')) idsCache.set(file, null);
      else {
        const ids = new Set<string>();
        for (const el of elementsOf(readFileSync(file, 'utf8'))) {
          const id = attr(el, 'id') ?? (el.tagName === 'a' ? attr(el, 'name') : undefined);
          if (id !== undefined) ids.add(id);
        }
        idsCache.set(file, ids);
      }
    }
    return idsCache.get(file)!;
  };

  /** Checks one reference made by `from` (a site path, for messages); returns the target file when it resolved. */
  const check = (from: string, kind: string, raw: string, against: string): string | undefined => {
    const value = raw.trim();
    if (value === '') {
      problems.push(`${from} → ${kind} "": an empty URL`);
      return undefined;
    }
    let url: URL;
    try {
      url = new URL(value, against);
    } catch {
      problems.push(`${from} → ${kind} "${value}": not a valid URL`);
      return undefined;
    }
    if (!['http:', 'https:'].includes(url.protocol)) {
      // mailto: and tel: are fine in a link; anything else (javascript:, data:, vbscript:) is not.
      if (!['mailto:', 'tel:'].includes(url.protocol) || kind !== 'link')
        problems.push(`${from} → ${kind} "${value}": the ${url.protocol} scheme is not allowed`);
      return undefined;
    }
    if (url.origin !== local && url.origin !== site) return undefined; // An external page: not ours to check.
    references++;
    const file = fileFor(url.pathname);
    if (!file) {
      problems.push(`${from} → ${kind} "${value}": ${url.pathname.startsWith(base) ? 'no such file' : `outside the base path ${base}`}`);
      return undefined;
    }
    const hash = url.hash.slice(1);
    if (hash) {
      let id: string;
      try {
        id = decodeURIComponent(hash);
      } catch {
        id = hash;
      }
      const ids = idsOf(file);
      if (ids && !ids.has(id)) problems.push(`${from} → ${kind} "${value}": the page has no element with id "${id}"`);
    }
    return file;
  };

  const pages = sitePages(dir, base);
  for (const page of pages) {
    const pageUrl = `${local}${page.path}`;
    const elements = elementsOf(readFileSync(path.join(dir, page.file), 'utf8'));
    // A <base href> would change how every relative URL resolves.
    const baseEl = elements.find((el) => el.tagName === 'base' && attr(el, 'href') !== undefined);
    const against = baseEl ? new URL(attr(baseEl, 'href')!, pageUrl).href : pageUrl;
    const seen = new Set<string>();
    for (const el of elements) {
      for (const { kind, url } of referencesOf(el)) {
        if (seen.has(`${kind} ${url}`)) continue;
        seen.add(`${kind} ${url}`);
        const file = check(page.path, kind, url, against);
        if (file?.endsWith('.css') && !cssChecked.has(file)) {
          cssChecked.add(file);
          const cssPath = `${base}${path.relative(dir, file).split(path.sep).join('/')}`;
          for (const ref of cssUrls(readFileSync(file, 'utf8'))) check(cssPath, 'CSS url()', ref, `${local}${cssPath}`);
        }
      }
    }
  }
  return { pages: pages.length, references, problems };
}
