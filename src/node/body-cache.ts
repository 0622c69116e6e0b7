/**
 * A cache of read note bodies (headings, links, word count, syntax errors) keyed by a hash of the body text,
 * kept across runs in the project cache (src/node/cache-dir.ts). Parsing MDX is most of what `npm run check` does; an unchanged note
 * is parsed once, ever. The cache is only an optimisation: when it is missing or unreadable, bodies are parsed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readNoteBody, type NoteBody } from '../lib/note-body.ts';
import { projectCacheDir } from './cache-dir.ts';

// Bump when readNoteBody's output changes shape or meaning, so old entries are not reused.
const CACHE_VERSION = 8;

export interface BodyCache {
  read(bodyWithFileLines: string): NoteBody;
  /** Writes the cache when something was added; drops entries no longer used. */
  save(): void;
}

export function openBodyCache(root: string): BodyCache {
  const file = path.join(projectCacheDir(root), 'note-bodies.json');
  let stored: Record<string, NoteBody> = {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; bodies?: Record<string, NoteBody> };
    if (parsed.version === CACHE_VERSION && parsed.bodies) stored = parsed.bodies;
  } catch {
    stored = {};
  }
  const used: Record<string, NoteBody> = {};
  let added = 0;

  return {
    read(body) {
      const key = createHash('sha256').update(body).digest('base64url');
      const hit = stored[key] ?? used[key];
      if (hit) {
        used[key] = hit;
        // Heading ids are shared by reference with the remark plugin's index; hand out a copy.
        return structuredClone(hit);
      }
      const read = readNoteBody(body);
      used[key] = structuredClone(read);
      added++;
      return read;
    },
    save() {
      if (!added && Object.keys(used).length === Object.keys(stored).length) return;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        // Write then rename, so a concurrent reader never sees half a file.
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ version: CACHE_VERSION, bodies: used }));
        renameSync(temporary, file);
      } catch {
        // A read-only or full disk only costs speed.
      }
    },
  };
}
