import { describe, expect, it } from 'vitest';
import { lastChangedByFile } from '../../src/lib/git-log.ts';

describe('lastChangedByFile', () => {
  it('takes the newest commit that names each file', () => {
    const log = '\x1e2026-11-03\n\nnotes/a.mdx\n\x1e2026-10-01\n\nnotes/a.mdx\nnotes/b/c.mdx\nroadmap.yaml\n';
    expect(Object.fromEntries(lastChangedByFile(log))).toEqual({
      'notes/a.mdx': '2026-11-03',
      'notes/b/c.mdx': '2026-10-01',
      'roadmap.yaml': '2026-10-01',
    });
  });

  it('reads an empty history, and skips anything that is not a dated commit', () => {
    expect(lastChangedByFile('').size).toBe(0);
    expect(lastChangedByFile('\x1enot-a-date\nnotes/a.mdx\n').size).toBe(0);
  });
});
