/** The only module that talks to Astro's content layer: a note's compiled body. */
import { getEntry, render } from 'astro:content';

/** The rendered body of a note, with its Astro headings. */
export async function renderNote(slug: string) {
  const entry = await getEntry('notes', slug);
  if (!entry) throw new Error(`No content entry for the note "${slug}".`);
  return render(entry);
}
