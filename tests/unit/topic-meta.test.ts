import { describe, expect, it } from 'vitest';
import { editPageUrl, readingMinutes, readingTimeLabel, updatedLabel } from '../../src/lib/topic-meta.ts';

describe('reading time', () => {
  it('rounds to whole minutes at 220 words a minute, never below one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(100)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
    expect(readingTimeLabel(1100)).toBe('5 min read');
    expect(readingTimeLabel(10)).toBe('1 min read');
  });
});

describe('updatedLabel', () => {
  it('writes the calendar day in words', () => {
    expect(updatedLabel('2026-11-03')).toBe('Updated 3 November 2026');
  });
});

describe('editPageUrl', () => {
  it('links to the file on the branch, from the repository root', () => {
    expect(editPageUrl('https://github.com/jane/notes', 'main', 'content/notes/platforms/kubeflow.mdx')).toBe(
      'https://github.com/jane/notes/edit/main/content/notes/platforms/kubeflow.mdx',
    );
  });

  it('drops a trailing slash of the repository and encodes odd characters in the path', () => {
    expect(editPageUrl('https://gitlab.com/jane/notes/', 'release/2026', 'content/notes/my notes/a#b.mdx')).toBe(
      'https://gitlab.com/jane/notes/edit/release/2026/content/notes/my%20notes/a%23b.mdx',
    );
  });

  it('gives no link without a repository', () => {
    expect(editPageUrl(undefined, 'main', 'content/notes/a.mdx')).toBeUndefined();
  });
});
