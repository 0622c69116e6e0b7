/**
 * What goes into a share image (the Open Graph / Twitter card picture): a plain model built from the notes.
 * Rendering lives in `src/node/render-share-image.ts`; the cache key is a hash of exactly this model, so an image
 * is rendered again only when something it shows changes.
 */
// node:crypto only hashes a string: no I/O, so this module stays pure.
import { createHash } from 'node:crypto';
import type { NoteStatus } from '../schemas/note.ts';
import type { Progress } from './graph.ts';
import type { NoteRecord } from './note-record.ts';
import { STATUS_LABELS } from './status.ts';
import { studyHours } from './study.ts';
import { routeHref } from './routes.ts';
import { countLabel } from './plural.ts';
import { weekRangeLabel, weekTitle, type WeekDigest } from './weeks.ts';
import { compareCodePoints } from './compare.ts';
import { truncate } from './truncate.ts';

/** Open Graph's recommended size for `summary_large_image` cards. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** A title sized to fit: shorter titles get larger type; very long ones are cut at a word with an ellipsis. */
export interface FittedText {
  text: string;
  fontSize: number;
}

/** The share image of one topic. */
export interface TopicShareImage {
  kind: 'topic';
  siteTitle: string;
  title: FittedText;
  summary: string;
  /** `Phase 2 · Infrastructure`. */
  phase: string;
  status: NoteStatus;
  statusLabel: string;
  prerequisites: { done: number; total: number; label: string };
  /** `6.5 h studied in 4 sessions`, or `No sessions logged yet`. */
  studied: string;
}

/** The share image of every other page: the roadmap as a whole. */
export interface SiteShareImage {
  kind: 'site';
  siteTitle: FittedText;
  description: string;
  author: string | undefined;
  /** `6 phases · 32 topics`. */
  scope: string;
  counts: Record<NoteStatus, number>;
  total: number;
  /** `12 of 32 topics done (38%)`. */
  progressLabel: string;
}

/** The share image of one week's digest. */
export interface WeekShareImage {
  kind: 'week';
  siteTitle: string;
  /** `Week 48, 2026`. */
  title: string;
  /** `23–29 November 2026`. */
  range: string;
  /** `6.5 h of study`. */
  hours: string;
  /** The topics studied, as one line: `Docker, Kubernetes Core and 2 more`. */
  topics: string;
  /** `4 sessions · 2 topics`. */
  sessions: string;
  /** `1 completed · 1 review`, or empty. */
  highlights: string;
}

export type ShareImage = TopicShareImage | SiteShareImage | WeekShareImage;

// Font-size tiers for the title, from the widest measure we can afford (1200 px less 2 × 80 px margins) and Inter
// Bold's average advance (~0.55 em): each tier keeps the title within three lines.
const TITLE_TIERS = [
  { maxLength: 32, fontSize: 76 },
  { maxLength: 56, fontSize: 66 },
  { maxLength: 84, fontSize: 56 },
] as const;
const SMALLEST_TITLE = { maxLength: 100, fontSize: 50 } as const;

/** Sizes a title for the image; longer than the last tier, it is cut at a word boundary and ends with `…`. */
export function fitTitle(title: string): FittedText {
  const text = title.trim().replace(/\s+/g, ' ');
  const tier = TITLE_TIERS.find((t) => text.length <= t.maxLength) ?? SMALLEST_TITLE;
  return { text: truncate(text, SMALLEST_TITLE.maxLength, { atWord: true }), fontSize: tier.fontSize };
}

/** `2 of 3 prerequisites done`, `0 of 1 prerequisite done`, `No prerequisites`. */
export function prerequisitesLabel(done: number, total: number): string {
  if (total === 0) return 'No prerequisites';
  return `${done} of ${countLabel(total, 'prerequisite')} done`;
}

export interface TopicShareImageInput {
  siteTitle: string;
  note: Pick<NoteRecord, 'title' | 'summary' | 'status' | 'log' | 'prerequisites'>;
  phaseNumber: number;
  phaseTitle: string;
  /** Status of each note by slug, for counting prerequisites that are done. */
  statusOf: (slug: string) => NoteStatus | undefined;
}

/** The model of a topic's image: title, summary, phase, status, prerequisites done, hours studied, site title. */
export function topicShareImage({ siteTitle, note, phaseNumber, phaseTitle, statusOf }: TopicShareImageInput): TopicShareImage {
  const total = note.prerequisites.length;
  const done = note.prerequisites.filter((slug) => statusOf(slug) === 'done').length;
  const hours = studyHours(note.log);
  const sessions = note.log.length;
  return {
    kind: 'topic',
    siteTitle,
    title: fitTitle(note.title),
    summary: truncate(note.summary.trim().replace(/\s+/g, ' '), 140, { atWord: true }),
    phase: `Phase ${phaseNumber} · ${phaseTitle}`,
    status: note.status,
    statusLabel: STATUS_LABELS[note.status],
    prerequisites: { done, total, label: prerequisitesLabel(done, total) },
    studied:
      sessions === 0
        ? 'No sessions logged yet'
        : hours.total > 0
          ? `${hours.label} studied in ${countLabel(sessions, 'session')}`
          : `${countLabel(sessions, 'session')} logged`,
  };
}

export interface SiteShareImageInput {
  title: string;
  description: string;
  author?: string | undefined;
  phaseCount: number;
  progress: Progress;
}

/** The model of the site-wide image: title, description, author, size of the roadmap and progress by status. */
export function siteShareImage({ title, description, author, phaseCount, progress }: SiteShareImageInput): SiteShareImage {
  const { total, counts, percent } = progress;
  return {
    kind: 'site',
    siteTitle: fitTitle(title),
    description: truncate(description.trim().replace(/\s+/g, ' '), 160, { atWord: true }),
    author,
    scope: `${countLabel(phaseCount, 'phase')} · ${countLabel(total, 'topic')}`,
    counts: { ...counts },
    total,
    progressLabel: `${counts.done} of ${countLabel(total, 'topic')} done (${percent.done}%)`,
  };
}

/** The topics of a week's image: the first three titles, then how many more. */
function topicsLine(titles: readonly string[]): string {
  const shown = titles.slice(0, 3);
  const rest = titles.length - shown.length;
  const format = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
  return truncate(rest > 0 ? `${shown.join(', ')} and ${rest} more` : format.format(shown), 120, { atWord: true });
}

/** The model of a week's image: the week, its hours, its topics, sessions and what was completed or reviewed. */
export function weekShareImage(siteTitle: string, week: WeekDigest): WeekShareImage {
  return {
    kind: 'week',
    siteTitle,
    title: weekTitle(week),
    range: weekRangeLabel(week),
    hours: `${week.hours} h of study`,
    topics: topicsLine(week.topics.map((t) => t.title)),
    sessions: `${countLabel(week.sessions.length, 'session')} · ${countLabel(week.topics.length, 'topic')}`,
    highlights: [
      week.completed.length > 0 && `${week.completed.length} completed`,
      week.reviews.length > 0 && countLabel(week.reviews.length, 'review'),
    ]
      .filter(Boolean)
      .join(' · '),
  };
}

/** The week image model within `site` (structurally the `Site` of `src/data/site.ts`). */
export function weekShareImageOf(site: { roadmap: { title: string } }, week: WeekDigest): WeekShareImage {
  return weekShareImage(site.roadmap.title, week);
}

/** The site path of a week's share image: `og/weeks/2026-W48.png`. */
export function weekShareImagePath(base: string, weekId: string): string {
  return routeHref(base, { kind: 'weekShareImage', week: weekId });
}

/** The same JSON for the same model, whatever order its properties were built in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => compareCodePoints(a, b)))
      : v,
  );
}

/**
 * The cache key of an image: SHA-256 of the model (exactly what the image shows) and the renderer's version
 * (layout, fonts and library versions), as 64 hex digits.
 */
export function shareImageCacheKey(image: ShareImage, rendererVersion: string): string {
  return createHash('sha256')
    .update(`${rendererVersion}\n${canonicalJson(image)}`)
    .digest('hex');
}

/** The site path of a share image: a topic's (`og/topics/<slug>.png`) or, without a slug, the site's (`og/site.png`). */
export function shareImagePath(base: string, slug?: string): string {
  return routeHref(base, slug ? { kind: 'topicShareImage', slug } : { kind: 'siteShareImage' });
}

/** Text alternative of an image: what it shows, in one sentence (for `og:image:alt` and `twitter:image:alt`). */
export function shareImageAlt(image: ShareImage): string {
  if (image.kind === 'topic') {
    return `${image.title.text} (${image.siteTitle}): ${image.statusLabel}, ${image.phase}. ${image.prerequisites.label}; ${image.studied.replace(/^No/, 'no')}.`;
  }
  if (image.kind === 'week') {
    return `${image.title} (${image.range}) of ${image.siteTitle}: ${image.hours}, ${image.sessions}${image.highlights ? `, ${image.highlights}` : ''}. Topics: ${image.topics}.`;
  }
  return `${image.siteTitle.text}: study roadmap of ${image.scope}, ${image.progressLabel}.`;
}

/** The parts of the site a topic's image needs (structurally the `Site` of `src/data/site.ts`). */
export interface ShareImageSite {
  roadmap: { title: string; phases: readonly { id: string; title: string }[] };
  graph: { bySlug: ReadonlyMap<string, Pick<NoteRecord, 'status'>> };
}

/** The image model of `note` within `site`. */
export function topicShareImageOf(site: ShareImageSite, note: TopicShareImageInput['note'] & Pick<NoteRecord, 'phase'>): TopicShareImage {
  const phaseIndex = site.roadmap.phases.findIndex((p) => p.id === note.phase);
  return topicShareImage({
    siteTitle: site.roadmap.title,
    note,
    phaseNumber: phaseIndex + 1,
    phaseTitle: site.roadmap.phases[phaseIndex]?.title ?? note.phase,
    statusOf: (slug) => site.graph.bySlug.get(slug)?.status,
  });
}

/** The site-wide image model (structurally from the `Site` of `src/data/site.ts`). */
export function siteShareImageOf(site: {
  roadmap: { title: string; description: string; author?: string | undefined; phases: readonly unknown[] };
  progress: Progress;
}): SiteShareImage {
  return siteShareImage({
    title: site.roadmap.title,
    description: site.roadmap.description,
    author: site.roadmap.author,
    phaseCount: site.roadmap.phases.length,
    progress: site.progress,
  });
}

/** The parts of the site every share image needs (structurally the `Site` of `src/data/site.ts`). */
export interface EveryShareImageSite extends ShareImageSite {
  roadmap: ShareImageSite['roadmap'] & Parameters<typeof siteShareImageOf>[0]['roadmap'];
  progress: Progress;
  notes: readonly (TopicShareImageInput['note'] & Pick<NoteRecord, 'phase'>)[];
  weeks: readonly WeekDigest[];
}

/** Every share image of a build, as the endpoints under `og/` draw them: the site's, each topic's, each week's. */
export function everyShareImage(site: EveryShareImageSite): ShareImage[] {
  return [
    siteShareImageOf(site),
    ...site.notes.map((note) => topicShareImageOf(site, note)),
    ...site.weeks.map((week) => weekShareImageOf(site, week)),
  ];
}
