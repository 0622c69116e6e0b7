/**
 * Structured data (schema.org JSON-LD) for topic pages, and its safe serialisation into a `<script>` element.
 */
import type { CalendarDate } from './calendar-date.ts';
import type { NoteRecord } from './note-record.ts';

/** A JSON value (what JSON.stringify keeps; `undefined` properties are dropped). */
export type JsonValue = string | number | boolean | null | undefined | JsonValue[] | { [key: string]: JsonValue };

/**
 * Serialises `data` as JSON that can sit inside an HTML `<script>` element, whatever its strings hold.
 *
 * The HTML parser ends a script at the first `</script` and treats `<!--` specially, whatever the JSON means, so
 * every `<` becomes `\u003c`; `>` and `&` are escaped too so the text is also safe in XHTML and CDATA contexts.
 * U+2028 and U+2029 are valid in JSON but were line terminators in JavaScript before ES2019; escaping them keeps the
 * text valid JavaScript too. Each escape is an ordinary JSON string escape, so `JSON.parse` gives back `data`.
 */
export function jsonLdText(data: JsonValue): string {
  return (JSON.stringify(data) ?? 'null').replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `data` as a complete `<script type="application/ld+json">` element, safe to insert as raw HTML. */
export function jsonLdScript(data: JsonValue): string {
  return `<script type="application/ld+json">${jsonLdText(data)}</script>`;
}

export interface TopicJsonLdInput {
  note: Pick<NoteRecord, 'title' | 'summary' | 'tags' | 'started' | 'completed'>;
  /** The day the note's file last changed (from git), when known. */
  lastChanged?: CalendarDate | undefined;
  /** The absolute URL of the topic page. */
  url: string;
  /** The absolute URL of the topic's share image. */
  imageUrl?: string;
  site: { title: string; description: string; url: string; author?: string | undefined };
}

/**
 * A topic page as a schema.org `LearningResource`.
 * `datePublished` is when study started (else when it was completed), `dateModified` when the note's file last
 * changed (else when it was completed); all are calendar dates (`YYYY-MM-DD`, valid ISO 8601) and left out when unknown.
 */
export function topicJsonLd({ note, lastChanged, url, imageUrl, site }: TopicJsonLdInput): { [key: string]: JsonValue } {
  const author = site.author ? { '@type': 'Person', name: site.author } : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: note.title,
    headline: note.title,
    description: note.summary,
    url,
    mainEntityOfPage: url,
    image: imageUrl,
    inLanguage: 'en',
    learningResourceType: 'Study notes',
    datePublished: note.started ?? note.completed,
    dateModified: lastChanged ?? note.completed,
    keywords: note.tags.length > 0 ? note.tags.join(', ') : undefined,
    about: note.tags.length > 0 ? note.tags.map((tag) => ({ '@type': 'Thing', name: tag })) : undefined,
    author,
    isPartOf: { '@type': 'WebSite', name: site.title, description: site.description, url: site.url },
  };
}
