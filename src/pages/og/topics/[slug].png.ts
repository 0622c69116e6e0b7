/** `/og/topics/<slug>.png`: a topic's share image (1200×630), rendered at build time and cached across builds. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { topicShareImageOf } from '../../../lib/share-image.ts';
import { renderShareImage } from '../../../node/render-share-image.ts';

export const getStaticPaths = (() => getSite().notes.map((note) => ({ params: { slug: note.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = getSite();
  const note = site.graph.bySlug.get(params['slug'] ?? '');
  if (!note) return new Response('No such topic', { status: 404 });
  const png = await renderShareImage(topicShareImageOf(site, note));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
