// Collections: loaders and schemas, no logic. Notes live in the top-level content/ folder (or CONTENT_DIR).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { noteFrontmatterSchema } from './schemas/note.ts';
import { slugOfNoteFile } from './lib/note-slug.ts';

const notesDir = pathToFileURL(`${path.resolve(process.env['CONTENT_DIR'] ?? 'content', 'notes')}/`);

/**
 * Astro's frontmatter parser is YAML 1.1 and turns an unquoted `2026-03-01` into a `Date` at UTC midnight.
 * Dates are calendar dates here, so turn them back into `YYYY-MM-DD` (in UTC, where the parser put them).
 * Impossible dates never reach this point: the content check reads them from the raw text first.
 */
function datesAsCalendarDates(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesAsCalendarDates);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, datesAsCalendarDates(v)]));
  }
  return value;
}

const notes = defineCollection({
  // The file name is the slug; folders are the author's own grouping and never change a URL.
  loader: glob({
    pattern: '**/*.mdx',
    base: notesDir,
    generateId: ({ entry }) => slugOfNoteFile(entry),
  }),
  schema: z.preprocess(datesAsCalendarDates, noteFrontmatterSchema),
});

export const collections = { notes };
