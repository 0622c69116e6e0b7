/** What the frame of every page shows (header, navigation, footer, link-preview defaults), from the analysed site. */
import { reviewHref, sitePath, weekHref } from '../lib/urls.ts';
import { shareImageAlt, shareImagePath, siteShareImageOf } from '../lib/share-image.ts';
import { base, siteOrigin } from './base.ts';
import type { Site } from './site.ts';

export type Section = 'home' | 'roadmap' | 'timeline' | 'weeks' | 'review' | 'tags';

export interface NavItem {
  id: Section;
  label: string;
  href: string;
}

export interface ShareImage {
  /** Site path with the base. */
  path: string;
  alt: string;
}

/** Props of BaseLayout. */
export interface LayoutView {
  /** The page's own title; the site title is appended. */
  title?: string | undefined;
  description: string;
  /** Which header link is the current section. */
  section?: Section | undefined;
  ogType: 'website' | 'article';
  /** The link-preview image. */
  image: ShareImage;
  /** The page's own site path for its canonical URL, when it is not the route's (the not-found page is `404.html`). */
  path?: string | undefined;
  siteTitle: string;
  author: string | undefined;
  /** Done topics and all topics, for the footer. */
  done: number;
  total: number;
  homeHref: string;
  faviconHref: string;
  nav: readonly NavItem[];
  /** Where absolute URLs start (`https://example.com/` without a configured site). */
  origin: string;
}

export interface PageOptions {
  title?: string;
  description?: string;
  section?: Section;
  ogType?: 'website' | 'article';
  image?: ShareImage;
  path?: string;
}

/** The frame of a page: the site's description and share image unless the page has its own. */
export function layoutView(site: Site, page: PageOptions = {}): LayoutView {
  return {
    title: page.title,
    description: page.description ?? site.roadmap.description,
    section: page.section,
    ogType: page.ogType ?? 'website',
    image: page.image ?? { path: shareImagePath(base), alt: shareImageAlt(siteShareImageOf(site)) },
    path: page.path,
    siteTitle: site.roadmap.title,
    author: site.roadmap.author,
    done: site.progress.counts.done,
    total: site.progress.total,
    homeHref: base,
    faviconHref: sitePath(base, 'favicon.svg'),
    nav: [
      { id: 'roadmap', label: 'Roadmap', href: sitePath(base, 'roadmap/') },
      { id: 'timeline', label: 'Timeline', href: sitePath(base, 'timeline/') },
      { id: 'weeks', label: 'Weeks', href: weekHref(base) },
      { id: 'review', label: 'Review', href: reviewHref(base) },
      { id: 'tags', label: 'Tags', href: sitePath(base, 'tags/') },
    ],
    origin: siteOrigin,
  };
}
