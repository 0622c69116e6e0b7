import { describe, expect, it } from 'vitest';
import { addDays, createRandom, generateSite, touchOneWord } from '../../bench/generate.ts';
import { astroPhases, durationMs } from '../../bench/measure.ts';
import { starlightBody } from '../../bench/peer-starlight.ts';
import { readNoteBody } from '../../src/lib/note-body.ts';
import { SLUG_PATTERN } from '../../src/schemas/fields.ts';

describe('the benchmark generator', () => {
  const site = generateSite({ notes: 120, seed: 7 });
  const bySlug = new Map(site.notes.map((n) => [n.slug, n]));
  const position = new Map(site.notes.map((n, i) => [n.slug, i]));
  // Each body read once, by the same function the site uses for headings and links.
  const read = new Map(site.notes.map((n) => [n.slug, readNoteBody(n.body)]));

  it('gives the same files for the same seed, and other files for another seed', () => {
    expect(generateSite({ notes: 120, seed: 7 }).files).toEqual(site.files);
    expect(generateSite({ notes: 120, seed: 8 }).files).not.toEqual(site.files);
  });

  it('draws the same numbers from the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('writes N notes with unique valid slugs, in per-phase folders, plus the roadmap', () => {
    expect(site.notes).toHaveLength(120);
    expect(new Set(site.notes.map((n) => n.slug)).size).toBe(120);
    for (const note of site.notes) {
      expect(note.slug).toMatch(SLUG_PATTERN);
      expect(note.path).toBe(`notes/${note.phase}/${note.slug}.mdx`);
    }
    expect(site.files.map((f) => f.path)).toEqual(['roadmap.yaml', ...site.notes.map((n) => n.path)]);
  });

  it('uses 5 to 8 phases, each with notes, in roadmap order', () => {
    expect(site.phases.length).toBeGreaterThanOrEqual(5);
    expect(site.phases.length).toBeLessThanOrEqual(8);
    const phaseOrder = site.phases.map((p) => p.id);
    const notePhases = site.notes.map((n) => phaseOrder.indexOf(n.phase));
    expect(notePhases).toEqual([...notePhases].sort((a, b) => a - b));
    expect(new Set(notePhases).size).toBe(site.phases.length);
  });

  it('lists 1 to 3 prerequisites per note, only earlier notes', () => {
    expect(site.notes[0]!.prerequisites).toEqual([]);
    for (const [i, note] of site.notes.entries()) {
      if (i === 0) continue;
      expect(note.prerequisites.length).toBeGreaterThanOrEqual(1);
      expect(note.prerequisites.length).toBeLessThanOrEqual(3);
      for (const slug of note.prerequisites) expect(position.get(slug)).toBeLessThan(i);
    }
  });

  it('gives every note the heading ids the site computes for its body', () => {
    for (const note of site.notes) {
      expect(read.get(note.slug)!.headings.map((h) => h.id)).toEqual(note.headings.map((h) => h.id));
    }
  });

  it('links every note to other notes that exist, through headings that exist', () => {
    for (const note of site.notes) {
      const parsed = read.get(note.slug)!;
      const wikilinks = parsed.links.filter((l) => l.kind === 'wikilink');
      const fileLinks = parsed.links.flatMap((l) => (l.kind === 'markdown' && /\.mdx(#|$)/.test(l.href) ? [l.href] : []));
      expect(wikilinks.length).toBeGreaterThanOrEqual(3);
      expect(wikilinks.length).toBeLessThanOrEqual(5);
      expect(fileLinks.length).toBeGreaterThanOrEqual(1);
      for (const link of note.links) {
        const target = bySlug.get(link.target);
        expect(target, `${note.slug} → ${link.written}`).toBeDefined();
        expect(link.target).not.toBe(note.slug);
        if (link.anchor) expect(target!.headings.map((h) => h.id)).toContain(link.anchor);
      }
      for (const link of wikilinks) {
        expect(bySlug.has(link.target)).toBe(true);
        if (link.anchor) expect(bySlug.get(link.target)!.headings.map((h) => h.id)).toContain(link.anchor);
      }
      for (const href of fileLinks) {
        // ../<phase>/<slug>.mdx#<anchor>, relative to notes/<phase>/.
        const [, phase, slug, anchor] = /^\.\.\/([^/]+)\/([^/]+)\.mdx(?:#(.+))?$/.exec(href)!;
        expect(bySlug.get(slug!)?.phase).toBe(phase);
        if (anchor) expect(bySlug.get(slug!)!.headings.map((h) => h.id)).toContain(anchor);
      }
    }
  });

  it('writes a table, a task list, footnotes and a YAML and a Python block in every note', () => {
    for (const note of site.notes) {
      expect(note.body).toMatch(/^\| --- \| --- \| --- \|$/m);
      expect(note.body).toMatch(/^- \[[ x]\] /m);
      expect(note.body).toMatch(/^\[\^1\]: /m);
      expect(note.body).toContain('```yaml\n');
      expect(note.body).toContain('```python\n');
    }
  });

  it('writes about 700 words per note', () => {
    const words = site.notes.map((n) => read.get(n.slug)!.wordCount);
    const mean = words.reduce((a, b) => a + b, 0) / words.length;
    expect(mean).toBeGreaterThan(550);
    expect(mean).toBeLessThan(850);
  });

  it('dates notes consistently with their status', () => {
    for (const note of site.notes) {
      const started = /^started: (\S+)$/m.exec(note.source)?.[1];
      const completed = /^completed: (\S+)$/m.exec(note.source)?.[1];
      if (note.status === 'done') {
        expect(started).toBeDefined();
        expect(completed! >= started!).toBe(true);
        expect(completed! < site.today).toBe(true);
      }
      if (note.status === 'in-progress') expect(started).toBeDefined();
      if (note.status === 'planned') expect(started).toBeUndefined();
    }
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('touches one word of the body and nothing in the frontmatter', () => {
    const note = site.notes[3]!;
    const touched = touchOneWord(note.source);
    expect(touched).not.toBe(note.source);
    expect(touched.length).toBe(note.source.length + 1);
    expect(touched.slice(0, note.source.length - note.body.length)).toBe(note.source.slice(0, note.source.length - note.body.length));
  });
});

describe('the Starlight conversion of the benchmark notes', () => {
  const site = generateSite({ notes: 40, seed: 3 });
  const bySlug = new Map(site.notes.map((n) => [n.slug, n]));

  it('turns wikilinks and .mdx links into Starlight URLs and leaves the rest of the body as it was', () => {
    for (const note of site.notes) {
      const converted = starlightBody(note.body, bySlug);
      expect(converted).not.toMatch(/\[\[|\.mdx\b/);
      for (const link of note.links) {
        const target = bySlug.get(link.target)!;
        expect(converted).toContain(`(/${target.phase}/${target.slug}/${link.anchor ? `#${link.anchor}` : ''})`);
      }
      const withoutLinks = (text: string): string => text.replace(/\(see [^)]*\)\)?/g, '');
      expect(withoutLinks(converted)).toBe(withoutLinks(note.body));
    }
  });
});

describe("the benchmark's reading of Astro's build log", () => {
  it('reads durations in ms, seconds and minutes', () => {
    expect(['850ms', '12.34s', '1m 46s', '2m'].map(durationMs)).toEqual([850, 12_340, 106_000, 120_000]);
  });

  it('finds the bundling, rendering and total times and the page count', () => {
    const log =
      '[vite] ✓ built in 1m 5s\n[vite] ✓ built in 60ms\n generating static routes \n  ├─ /index.html (+3ms)\n✓ Completed in 38.04s.\n[build] 1030 page(s) built in 1m 46s\n';
    expect(astroPhases(log)).toEqual({ bundleMs: 65_060, renderMs: 38_040, pages: 1030, astroTotalMs: 106_000 });
  });

  it('adds up the share-image routes and reads the worker pool time', () => {
    const log =
      '[share-images] Share images drawn in 12.50s.\n generating static routes \n  ├─ /og/site.png (+3ms)\n  ├─ /sub/og/topics/a.png (+1.25s)\n  └─ /og/weeks/2026-W09.png (+20ms)\n  ├─ /topics/a/index.html (+9ms)\n✓ Completed in 2s.\n';
    expect(astroPhases(log)).toMatchObject({ shareImageRoutesMs: 1273, shareImageWorkersMs: 12_500 });
  });

  it('reads the note-compile pool time', () => {
    const log =
      '11:40:43 [mlops-study-notes:compiled-notes] Compiling 200 notes in 2 worker threads.\n11:40:51 [mlops-study-notes:compiled-notes] Notes compiled in 8.25s: 150 by the workers, 50 on the main thread.\n';
    expect(astroPhases(log)).toEqual({ noteCompileWorkersMs: 8250 });
  });
});
