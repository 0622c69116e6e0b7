/**
 * A cache of read note bodies (headings, links, word count, syntax errors) and parsed frontmatter (data, syntax
 * errors and the line of every field), each keyed by a hash of its text, kept across runs in the project cache
 * (src/node/cache-dir.ts). Parsing MDX and then YAML is most of what `npm run check` does; an unchanged note is
 * parsed once, ever. The cache is only an optimisation: when it is missing or unreadable, notes are parsed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readYaml, survivesJson, withLineOf, type ParsedYaml, type StoredYaml } from '../lib/frontmatter.ts';
import { readNoteBody, type NoteBody } from '../lib/note-body.ts';
import { projectCacheDir } from './cache-dir.ts';

// Bump when readNoteBody's output changes shape or meaning, so old entries are not reused.
const CACHE_VERSION = 9;

export interface BodyCache {
  read(bodyWithFileLines: string): NoteBody;
  readFrontmatter(yaml: string): ParsedYaml;
  /** The bodies (once each) that `read` would have to parse. */
  missing(bodiesWithFileLines: readonly string[]): string[];
  /** A body read elsewhere (a worker thread), for `read` to serve. */
  add(bodyWithFileLines: string, read: NoteBody): void;
  /** Writes the cache when something was added; drops entries no longer used. */
  save(): void;
}

export function openBodyCache(root: string): BodyCache {
  const file = path.join(projectCacheDir(root), 'note-bodies.json');
  let stored: Stored = { bodies: {}, frontmatter: {} };
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: number } & Partial<Stored>;
    if (parsed.version === CACHE_VERSION && parsed.bodies && parsed.frontmatter)
      stored = { bodies: parsed.bodies, frontmatter: parsed.frontmatter };
  } catch {
    // Missing or unreadable: start empty.
  }
  const used: Stored = { bodies: {}, frontmatter: {} };
  let added = 0;
  const keyOf = (text: string) => createHash('sha256').update(text).digest('base64url');

  /** Serves one section of the cache: a hit as a copy, else what `parse` gives, kept when `keep` says so. */
  function cached<T>(kept: Record<string, T>, using: Record<string, T>, parse: (text: string) => T, keep: (read: T) => boolean) {
    return (text: string): T => {
      const key = keyOf(text);
      const hit = kept[key] ?? using[key];
      // A copy: heading ids are shared by reference with the remark plugin's index, and the cache stays out of reach.
      if (hit) return structuredClone((using[key] = hit));
      const read = parse(text);
      if (keep(read)) {
        using[key] = structuredClone(read);
        added++;
      }
      return read;
    };
  }
  const readBody = cached(stored.bodies, used.bodies, readNoteBody, () => true);
  // A value JSON cannot carry (Infinity, NaN, -0) would come back changed: such frontmatter is parsed each time.
  const readStoredYaml = cached(stored.frontmatter, used.frontmatter, readYaml, (read) => survivesJson(read.data));

  return {
    read: readBody,
    readFrontmatter: (yaml) => withLineOf(readStoredYaml(yaml)),
    missing(bodies) {
      return [...new Set(bodies)].filter((body) => {
        const key = keyOf(body);
        return !stored.bodies[key] && !used.bodies[key];
      });
    },
    add(body, read) {
      used.bodies[keyOf(body)] = read;
      added++;
    },
    save() {
      const count = (cache: Stored) => Object.keys(cache.bodies).length + Object.keys(cache.frontmatter).length;
      if (!added && count(used) === count(stored)) return;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        // Write then rename, so a concurrent reader never sees half a file.
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ version: CACHE_VERSION, ...used }));
        renameSync(temporary, file);
      } catch {
        // A read-only or full disk only costs speed.
      }
    },
  };
}

interface Stored {
  bodies: Record<string, NoteBody>;
  frontmatter: Record<string, StoredYaml>;
}
