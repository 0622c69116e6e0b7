/** `/topics/<slug>/preview.json`: what a link preview card shows for the topic (see lib/link-preview.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { topicPreviewOf } from '../../../lib/link-preview.ts';

export const getStaticPaths = (() => getSite().notes.map((note) => ({ params: { slug: note.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const note = site.graph.bySlug.get(params['slug'] ?? '');
  if (!note) return new Response('No such topic', { status: 404 });
  const number = site.roadmap.phases.findIndex((p) => p.id === note.phase) + 1;
  const preview = topicPreviewOf(note, { number, title: site.phaseTitle(note.phase) });
  return new Response(JSON.stringify(preview), { headers: { 'Content-Type': 'application/json' } });
};
