/** `/og/site.png`: the share image of every page that is not a topic (the roadmap and its progress). */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { siteShareImageOf } from '../../lib/share-image.ts';
import { renderShareImage } from '../../node/render-share-image.ts';

export const GET: APIRoute = async () => {
  const png = await renderShareImage(siteShareImageOf(getSite()));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
