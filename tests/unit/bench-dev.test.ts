import { describe, expect, it } from 'vitest';
import { devTargets, withBodyMarker, withTitle } from '../../bench/dev.ts';
import { generateSite } from '../../bench/generate.ts';

describe('the dev-server benchmark', () => {
  const site = generateSite({ notes: 60, seed: 7 });

  it('edits a note in the middle and retitles a prerequisite of a note whose page lists it', () => {
    const { edited, retitled, lister } = devTargets(site);
    expect(edited).toBe(site.notes[30]);
    expect(lister.prerequisites[0]).toBe(retitled.slug);
    expect(lister).not.toBe(edited);
  });

  it('puts the marker first in the body and leaves the frontmatter alone', () => {
    const source = site.notes[0]!.source;
    const marked = withBodyMarker(source, 'Benchmark edit 1');
    const frontmatterEnd = source.indexOf('\n---\n', 4) + 5;
    expect(marked.slice(0, frontmatterEnd)).toBe(source.slice(0, frontmatterEnd));
    expect(marked.slice(frontmatterEnd)).toBe(`\nBenchmark edit 1\n${source.slice(frontmatterEnd)}`);
  });

  it('changes only the title line', () => {
    const source = site.notes[0]!.source;
    const retitled = withTitle(source, 'Retitled 1');
    expect(retitled).toContain('\ntitle: Retitled 1\n');
    expect(retitled.replace('title: Retitled 1', '')).toBe(source.replace(/^title: .*$/m, ''));
  });
});
