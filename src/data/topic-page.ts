/** The view model of `/topics/<slug>/` and of the redirect page of each of a note's aliases. */
import type { CalendarDate } from '../lib/calendar-date.ts';
import { evidenceOf, type EvidenceLink } from '../lib/evidence.ts';
import { jsonLdScript, topicJsonLd } from '../lib/json-ld.ts';
import { LINK_PREVIEW_SCRIPT } from '../lib/link-preview.ts';
import type { NoteRecord } from '../lib/note-record.ts';
import { phaseRail, type PhaseRail } from '../lib/phase-rail.ts';
import type { ScheduledReview } from '../lib/review.ts';
import { shareImageAlt, shareImagePath, topicShareImageOf } from '../lib/share-image.ts';
import { editPageUrl } from '../lib/topic-meta.ts';
import { topicHistory, topicRelations, type TopicHistory, type TopicRelations } from '../lib/topic-view.ts';
import { absoluteUrl, phaseHref, portfolioHref, sitePath, topicHref } from '../lib/urls.ts';
import { base, siteOrigin } from './base.ts';
import { layoutView, type LayoutView, type ShareImage } from './layout.ts';
import { getSite } from './site.ts';

/** Props of TopicPage. */
export interface TopicView extends TopicRelations {
  note: NoteRecord;
  phaseTitle: string;
  /** 1-based position of the note's phase in the roadmap. */
  phaseNumber: number;
  /** The phase on the home page. */
  phaseHref: string;
  homeHref: string;
  portfolioHref: string;
  /** Where link previews fetch their cards, and the script that shows them. */
  linkPreviews: { topicsPath: string; script: string };
  rail: PhaseRail | undefined;
  /** What the learner built, from the note's `evidence` and its log. */
  built: EvidenceLink[];
  overdueSince: CalendarDate | undefined;
  nextReview: ScheduledReview | undefined;
  lastChanged: CalendarDate | undefined;
  editUrl: string | undefined;
  history: TopicHistory;
  /** The page's schema.org `LearningResource` as a `<script type="application/ld+json">`. */
  structuredData: string;
}

export interface TopicPage {
  layout: LayoutView;
  content: TopicView;
}

/** Every note's page, then one redirect page per alias. */
export function topicPaths() {
  const { notes } = getSite();
  return [
    ...notes.map((note) => ({ params: { slug: note.slug }, props: { slug: note.slug, redirect: false } })),
    ...notes.flatMap((note) => note.aliases.map((alias) => ({ params: { slug: alias }, props: { slug: note.slug, redirect: true } }))),
  ];
}

function noteOf(slug: string): NoteRecord {
  const note = getSite().graph.bySlug.get(slug);
  if (!note) throw new Error(`No published note "${slug}".`);
  return note;
}

function shareImageOf(note: NoteRecord): ShareImage {
  return { path: shareImagePath(base, note.slug), alt: shareImageAlt(topicShareImageOf(getSite(), note)) };
}

export function topicPage(slug: string): TopicPage {
  const site = getSite();
  const note = noteOf(slug);
  const lastChanged = site.lastChanged(note);
  const structuredData = jsonLdScript(
    topicJsonLd({
      note,
      lastChanged,
      url: absoluteUrl(siteOrigin, topicHref(base, note.slug)),
      imageUrl: absoluteUrl(siteOrigin, shareImagePath(base, note.slug)),
      site: {
        title: site.roadmap.title,
        description: site.roadmap.description,
        url: absoluteUrl(siteOrigin, sitePath(base, '')),
        author: site.roadmap.author,
      },
    }),
  );
  return {
    layout: layoutView(site, { title: note.title, description: note.summary, ogType: 'article', image: shareImageOf(note) }),
    content: {
      note,
      ...topicRelations(site.graph, note),
      phaseTitle: site.phaseTitle(note.phase),
      phaseNumber: site.roadmap.phases.findIndex((p) => p.id === note.phase) + 1,
      phaseHref: phaseHref(base, note.phase),
      homeHref: base,
      portfolioHref: portfolioHref(base),
      linkPreviews: { topicsPath: sitePath(base, 'topics/'), script: sitePath(base, LINK_PREVIEW_SCRIPT) },
      rail: phaseRail(site.phases, note.slug),
      built: evidenceOf(note),
      overdueSince: site.overdue.get(note.slug),
      nextReview: site.reviewOf(note.slug)?.next,
      lastChanged,
      editUrl: editPageUrl(site.roadmap.repo, site.roadmap.editBranch, site.pathInRepository(note)),
      history: topicHistory(note, site.today),
      structuredData,
    },
  };
}

/** Props of RedirectPage: a former slug sends readers on to the note, with the note's own preview tags. */
export interface TopicRedirectView {
  to: string;
  title: string;
  description: string;
  siteTitle: string;
  image: ShareImage;
  origin: string;
}

export function topicRedirectPage(slug: string): TopicRedirectView {
  const note = noteOf(slug);
  return {
    to: topicHref(base, note.slug),
    title: note.title,
    description: note.summary,
    siteTitle: getSite().roadmap.title,
    image: shareImageOf(note),
    origin: siteOrigin,
  };
}
