import { describe, expect, it } from 'vitest';
import { slugOfNoteFile } from '../../src/lib/note-slug.ts';

describe('slugOfNoteFile', () => {
  it('is the file name without .mdx, whatever folder the note is in', () => {
    expect(slugOfNoteFile('content/notes/platforms/kubeflow.mdx')).toBe('kubeflow');
    expect(slugOfNoteFile('kubeflow.mdx')).toBe('kubeflow');
    expect(slugOfNoteFile('deep/er/still/kubeflow.mdx')).toBe('kubeflow');
  });

  it('gives the same slug for a Windows path', () => {
    expect(slugOfNoteFile('content\\notes\\platforms\\kubeflow.mdx')).toBe('kubeflow');
  });

  it('strips only the extension it is given', () => {
    expect(slugOfNoteFile('notes/docker.md')).toBe('docker.md');
    expect(slugOfNoteFile('notes/docker.MD', /\.mdx?$/i)).toBe('docker');
    expect(slugOfNoteFile('notes/a.mdx.mdx')).toBe('a.mdx');
  });
});
