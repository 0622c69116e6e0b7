import { describe, expect, it } from 'vitest';
import { slugOfNoteFile } from '../../src/lib/note-slug.ts';

describe('slugOfNoteFile', () => {
  it.each([
    ['content/notes/platforms/kubeflow.mdx', 'kubeflow'],
    ['kubeflow.mdx', 'kubeflow'],
    ['deep/er/still/kubeflow.mdx', 'kubeflow'],
    ['content\\notes\\platforms\\kubeflow.mdx', 'kubeflow'],
  ])('takes the file name without .mdx, whatever folder it is in: %s → %s', (file, slug) => {
    expect(slugOfNoteFile(file)).toBe(slug);
  });

  it('strips only the extension it is given', () => {
    expect([slugOfNoteFile('notes/docker.md'), slugOfNoteFile('notes/a.mdx.mdx')]).toEqual(['docker.md', 'a.mdx']);
    expect(slugOfNoteFile('notes/docker.MD', /\.mdx?$/i)).toBe('docker');
  });
});
