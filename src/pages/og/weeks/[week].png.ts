/** `/og/weeks/<YYYY>-W<ww>.png`: a week's share image (1200×630), rendered at build time and cached across builds. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { weekShareImageOf } from '../../../lib/share-image.ts';
import { renderShareImage } from '../../../node/render-share-image.ts';

export const getStaticPaths = (() => getSite().weeks.map((week) => ({ params: { week: week.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = getSite();
  const week = site.weeks.find((w) => w.id === params['week']);
  if (!week) return new Response('No such week', { status: 404 });
  const png = await renderShareImage(weekShareImageOf(site, week));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
