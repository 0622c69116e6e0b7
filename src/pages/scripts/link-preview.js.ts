/** `/scripts/link-preview.js`: the link preview cards' script, loaded on the first hover or focus of a link. */
import type { APIRoute } from 'astro';
import { bundleClientScript } from '../../node/client-script.ts';

export const GET: APIRoute = async () =>
  new Response(await bundleClientScript('src/client/link-preview.ts'), { headers: { 'Content-Type': 'text/javascript' } });
