/**
 * External links, for the opt-in `npm run check -- --external`: which addresses the notes point at (resources
 * and links in the body, each with where it is written), and the warnings for the ones that are dead. Pure: the
 * network is in src/node/external-links.ts.
 */
import type { Diagnostic } from './diagnostics.ts';
import type { NoteRecord } from './note-record.ts';

/** One place where a note points at an address on the web. */
export interface ExternalLink {
  url: string;
  file: string;
  line: number;
  column?: number;
  /** `resources[2].url` or `link`. */
  field: string;
}

/** What asking an address gave: an answer, or why there was none. */
export type LinkCheckResult =
  { url: string; ok: true; status: number } | { url: string; ok: false; status?: number; reason: string; attempts: number };

const HTTP = /^https?:\/\//i;

/**
 * Every http(s) address of the notes, in file order. `resourceLine` gives the frontmatter line of a resource's
 * url (the record keeps values, not lines).
 */
export function externalLinksOf(notes: readonly NoteRecord[], resourceLine: (file: string, index: number) => number): ExternalLink[] {
  const links: ExternalLink[] = [];
  for (const note of notes) {
    note.resources.forEach((resource, i) => {
      if (HTTP.test(resource.url))
        links.push({ url: resource.url, file: note.file, line: resourceLine(note.file, i), field: `resources[${i}].url` });
    });
    for (const link of note.links) {
      if (link.kind === 'markdown' && HTTP.test(link.href))
        links.push({ url: link.href, file: note.file, line: link.line, column: link.column, field: 'link' });
    }
  }
  return links;
}

/** The addresses to ask, each once, in first-seen order. */
export function uniqueUrls(links: readonly ExternalLink[]): string[] {
  return [...new Set(links.map((l) => l.url))];
}

function describeFailure(result: Extract<LinkCheckResult, { ok: false }>): { message: string; hint: string } {
  const tries = result.attempts === 1 ? '' : ` (${result.attempts} tries)`;
  if (result.status === 404 || result.status === 410) {
    return {
      message: `${result.url} answered ${result.status}: the page is gone${tries}`,
      hint: 'Find where it moved and update the link, or remove it.',
    };
  }
  if (result.status !== undefined) {
    return {
      message: `${result.url} answered ${result.status} ${result.reason}${tries}`,
      hint: 'Open it in a browser: if it works there, the site may refuse scripts; else update or remove the link.',
    };
  }
  return {
    message: `${result.url} could not be reached: ${result.reason}${tries}`,
    hint: 'Check the address; if the site is down for now, check again later.',
  };
}

/** One warning per place that points at a dead address. */
export function deadLinkWarnings(links: readonly ExternalLink[], results: readonly LinkCheckResult[]): Diagnostic[] {
  const byUrl = new Map(results.map((r) => [r.url, r]));
  const found: Diagnostic[] = [];
  for (const link of links) {
    const result = byUrl.get(link.url);
    if (!result || result.ok) continue;
    const { message, hint } = describeFailure(result);
    found.push({
      severity: 'warning',
      file: link.file,
      line: link.line,
      ...(link.column !== undefined ? { column: link.column } : {}),
      field: link.field,
      code: 'dead-link',
      message,
      hint,
    });
  }
  return found;
}
