#!/usr/bin/env node
/**
 * Measures the roadmap graph: prerequisite edges and edge crossings drawn with every listed prerequisite and with
 * the transitive reduction, in the wide and the phone layout, for the content folder (CONTENT_DIR or content/).
 *   node bench/roadmap-edges.ts        (through npm exec, for the project's Node)
 */
import { loadSite } from '../src/node/load-site.ts';
import { sortByRoadmap } from '../src/lib/graph.ts';
import { countCrossings, layoutRoadmap, layoutRoadmapStacked, type RoadmapLayout } from '../src/lib/roadmap-layout.ts';

const site = loadSite({ production: true });
if (!site.roadmap) throw new Error('The content has no readable roadmap.yaml.');
const phases = site.roadmap.phases;
const notes = sortByRoadmap(
  site.notes.filter((n) => !n.draft),
  phases.map((p) => p.id),
);
const describe = (layout: RoadmapLayout) => ({
  edges: layout.edges.length,
  crossings: countCrossings(layout.edges),
  width: layout.width,
  height: layout.height,
});
const rows = {
  'wide, every prerequisite': describe(await layoutRoadmap({ phases, notes }, 'all')),
  'wide, transitive reduction': describe(await layoutRoadmap({ phases, notes }, 'reduced')),
  'phone, every prerequisite': describe(layoutRoadmapStacked({ phases, notes }, 'all')),
  'phone, transitive reduction': describe(layoutRoadmapStacked({ phases, notes }, 'reduced')),
};
console.log(`${notes.length} notes`);
console.table(rows);
