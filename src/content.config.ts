// Collections: loaders only. Notes live in the top-level content/ folder (or CONTENT_DIR).
//
// The `notes` collection exists to compile and render each note's body (`render()` in src/data/note-content.ts).
// Its frontmatter is not read by anything: the one interpretation of the frontmatter is the content check's
// (src/node/load-site.ts, with the project's YAML 1.2 parser and line numbers), which every page reads through the
// analysed site. So there is no schema here, and no second YAML reading that could disagree with the check.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { slugOfNoteFile } from './lib/note-slug.ts';

const notesDir = pathToFileURL(`${path.resolve(process.env['CONTENT_DIR'] ?? 'content', 'notes')}/`);

const notes = defineCollection({
  // The file name is the slug; folders are the author's own grouping and never change a URL.
  loader: glob({
    pattern: '**/*.mdx',
    base: notesDir,
    generateId: ({ entry }) => slugOfNoteFile(entry),
  }),
});

export const collections = { notes };
