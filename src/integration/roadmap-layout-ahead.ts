/**
 * The Astro integration that starts laying out the roadmap graph in a worker thread once the content check has
 * passed, so it is ready by the time the roadmap page renders (src/node/roadmap-layout-ahead.ts); it stops the thread
 * at the end of the build.
 */
import type { AstroIntegration } from 'astro';
import { getSite } from '../data/site.ts';
import { layoutInputOf } from '../lib/roadmap-layout.ts';
import { startRoadmapLayout, stopRoadmapLayout } from '../node/roadmap-layout-ahead.ts';

export function roadmapLayoutAhead(): AstroIntegration {
  return {
    name: 'mlops-study-notes:roadmap-layout-ahead',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const site = getSite();
        if (site.notes.length > 0) startRoadmapLayout(layoutInputOf(site.roadmap.phases, site.notes));
      },
      'astro:build:done': async () => {
        await stopRoadmapLayout();
      },
    },
  };
}
