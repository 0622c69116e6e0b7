/** The file name is the slug; folders are the author's own grouping and never change a URL. */
const NOTE_EXTENSION = /\.mdx$/;

/**
 * The slug of a note file: `content/notes/platforms/kubeflow.mdx` → `kubeflow`. `extension` is what to strip from the
 * file name (a link may name a note as `.md` or `.mdx`). Both separators count, so a Windows path gives the same slug.
 */
export function slugOfNoteFile(file: string, extension: RegExp = NOTE_EXTENSION): string {
  return file.split(/[\\/]/).at(-1)!.replace(extension, '');
}
