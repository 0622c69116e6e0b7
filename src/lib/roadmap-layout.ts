/**
 * The roadmap graph's geometry, computed at build time with ELK's layered algorithm: one column per phase
 * (ELK partitions keep phase order), prerequisite edges routed by ELK. Plain data out; the component only draws it.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { NoteStatus } from '../schemas/note.ts';
import { cssString } from './escape.ts';
import { prerequisiteReduction, type PrerequisiteEdge } from './graph.ts';
import { withEllipsis } from './truncate.ts';

export interface LayoutInput {
  phases: readonly { id: string; title: string }[];
  /** Notes in roadmap order. */
  notes: readonly { slug: string; title: string; phase: string; status: NoteStatus; prerequisites: readonly string[] }[];
}

/** Exactly what the layout reads of a site's phases and notes, as plain data (a worker thread can be sent it). */
export function layoutInputOf(phases: LayoutInput['phases'], notes: LayoutInput['notes']): LayoutInput {
  return {
    phases: phases.map(({ id, title }) => ({ id, title })),
    notes: notes.map(({ slug, title, phase, status, prerequisites }) => ({
      slug,
      title,
      phase,
      status,
      prerequisites: [...prerequisites],
    })),
  };
}

export interface LaidOutNode {
  slug: string;
  status: NoteStatus;
  /** The title broken into at most three lines that fit the node. */
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutEdge {
  from: string;
  to: string;
  /** SVG path data. */
  d: string;
  /** Both ends in one phase: drawn as an arc beside the column rather than routed by ELK. */
  withinPhase: boolean;
  /** The path as a polyline (curves sampled), for measuring crossings. */
  points: Point[];
}

export interface Point {
  x: number;
  y: number;
}

export interface LaidOutPhase {
  id: string;
  /** `2. Refresher`, broken into at most two lines that fit the column. */
  lines: string[];
  /** The band drawn behind the phase's topics. */
  box: { x: number; y: number; width: number; height: number };
  /** Where its heading's first line starts. */
  label: Point;
}

export interface RoadmapLayout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  phases: LaidOutPhase[];
}

export const NODE_WIDTH = 184;
const LINE_HEIGHT = 16;
const PADDING_Y = 12;
const STATUS_LINE = 18;
// Roughly how many characters of the 13px system font fit in a node.
const CHARS_PER_LINE = 21;
const MAX_LINES = 3;
/** Space above the columns for the phase headings (two lines). */
export const HEADER_HEIGHT = 60;

/** Greedy word wrap to `width` characters, at most `maxLines` lines, with an ellipsis when cut. */
export function wrapTitle(title: string, width = CHARS_PER_LINE, maxLines = MAX_LINES): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of title.split(/\s+/)) {
    if (current && `${current} ${word}`.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, width);
  return kept;
}

function nodeHeight(lines: number): number {
  return PADDING_Y * 2 + lines * LINE_HEIGHT + STATUS_LINE;
}

function polylinePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
}

/** The edges to draw: the transitive reduction (default), or every prerequisite as listed (to measure against). */
export type EdgeSelection = 'reduced' | 'all';

function edgesToDraw(notes: LayoutInput['notes'], selection: EdgeSelection): PrerequisiteEdge[] {
  if (selection === 'reduced') return prerequisiteReduction(notes);
  const known = new Set(notes.map((n) => n.slug));
  return notes.flatMap((n) =>
    [...new Set(n.prerequisites)].filter((p) => known.has(p) && p !== n.slug).map((p) => ({ from: p, to: n.slug })),
  );
}

/**
 * Above this many topics ELK's crossing-minimisation sweep is skipped. With every column held in roadmap order it
 * moved nothing on generated roadmaps of 500 to 3,000 topics (the same layout, node for node and edge for edge), but
 * its cost grows much faster than the graph: about 1.5 s of CPU at 1,000 topics, 20 s at 3,000. On small roadmaps it
 * does change the routing, so they keep it.
 */
export const CROSSING_SWEEP_LIMIT = 500;

/** The wide layout: one column per phase, left to right. */
export async function layoutRoadmap(input: LayoutInput, selection: EdgeSelection = 'reduced'): Promise<RoadmapLayout> {
  const phaseIndex = new Map(input.phases.map((p, i) => [p.id, i]));
  const wrapped = new Map(input.notes.map((n) => [n.slug, wrapTitle(n.title)]));
  const phaseOf = new Map(input.notes.map((n) => [n.slug, n.phase]));
  const drawn = edgesToDraw(input.notes, selection);

  const graph: ElkNode = {
    id: 'roadmap',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      // One layer (column) per phase: layering follows the x we give each node.
      'elk.layered.layering.strategy': 'INTERACTIVE',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.spacing.nodeNode': '16',
      'elk.spacing.edgeNode': '12',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      // Top to bottom within a column is roadmap order (the y we give), so the column reads as a study order.
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
      ...(input.notes.length > CROSSING_SWEEP_LIMIT ? { 'elk.layered.crossingMinimization.strategy': 'NONE' } : {}),
      'elk.edgeRouting': 'ORTHOGONAL',
      // Topics without prerequisites stay in their phase's column instead of being packed aside.
      'elk.separateConnectedComponents': 'false',
      'elk.padding': '[top=8,left=40,bottom=8,right=24]',
    },
    children: input.notes.map((note, i) => ({
      id: note.slug,
      width: NODE_WIDTH,
      height: nodeHeight(wrapped.get(note.slug)!.length),
      x: (phaseIndex.get(note.phase) ?? input.phases.length) * (NODE_WIDTH * 2),
      y: i * 200,
    })),
    edges: drawn
      .filter((e) => phaseOf.get(e.from) !== phaseOf.get(e.to))
      .map((e) => ({ id: `${e.from}->${e.to}`, sources: [e.from], targets: [e.to] })),
  };

  const elk = new ELK();
  const result = await elk.layout(graph);
  const nodes: LaidOutNode[] = (result.children ?? []).map((child) => {
    const note = input.notes.find((n) => n.slug === child.id)!;
    return {
      slug: note.slug,
      status: note.status,
      lines: wrapped.get(note.slug)!,
      x: Math.round(child.x ?? 0),
      y: Math.round((child.y ?? 0) + HEADER_HEIGHT),
      width: child.width ?? NODE_WIDTH,
      height: child.height ?? 0,
    };
  });
  const edges: LaidOutEdge[] = (result.edges ?? []).flatMap((edge) => {
    const section = edge.sections?.[0];
    if (!section) return [];
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({
      x: Math.round(p.x),
      y: Math.round(p.y + HEADER_HEIGHT),
    }));
    return [{ from: edge.sources[0]!, to: edge.targets[0]!, d: polylinePath(points), withinPhase: false, points }];
  });
  // ELK lays out one layer per phase, so it cannot route an edge inside a layer: draw those as arcs on the
  // column's left side, deeper for longer spans so that nested arcs do not overlap.
  const bySlug = new Map(nodes.map((n) => [n.slug, n]));
  for (const edge of drawn) {
    const from = bySlug.get(edge.from);
    const to = bySlug.get(edge.to);
    if (!from || !to || phaseOf.get(edge.from) !== phaseOf.get(edge.to)) continue;
    const y1 = Math.round(from.y + from.height / 2);
    const y2 = Math.round(to.y + to.height / 2);
    const depth = Math.round(Math.min(30, 10 + Math.abs(y2 - y1) / 12));
    const curve = [
      { x: from.x, y: y1 },
      { x: from.x - depth, y: y1 },
      { x: to.x - depth, y: y2 },
      { x: to.x, y: y2 },
    ] as const;
    edges.push({
      from: edge.from,
      to: edge.to,
      d: `M${curve[0].x} ${curve[0].y} C${curve[1].x} ${curve[1].y} ${curve[2].x} ${curve[2].y} ${curve[3].x} ${curve[3].y}`,
      withinPhase: true,
      points: sampleCubic(curve),
    });
  }
  const height = Math.ceil((result.height ?? 0) + HEADER_HEIGHT);
  const phases: LaidOutPhase[] = input.phases.flatMap((phase, index) => {
    const columns = nodes.filter((n) => phaseOf.get(n.slug) === phase.id);
    if (!columns.length) return [];
    const left = Math.min(...columns.map((n) => n.x));
    const right = Math.max(...columns.map((n) => n.x + n.width));
    return [
      {
        id: phase.id,
        lines: wrapTitle(`${index + 1}. ${phase.title}`, 20, 2),
        box: { x: left - 28, y: 2, width: right - left + 40, height: height - 4 },
        label: { x: left, y: 26 },
      },
    ];
  });
  return {
    width: Math.ceil(result.width ?? 0),
    height,
    nodes,
    edges,
    phases,
  };
}

/** A cubic Bézier curve as a polyline of `steps` segments. */
function sampleCubic([p0, p1, p2, p3]: readonly [Point, Point, Point, Point], steps = 12): Point[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const u = 1 - t;
    const blend = (a: number, b: number, c: number, d: number) => u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d;
    return { x: blend(p0.x, p1.x, p2.x, p3.x), y: blend(p0.y, p1.y, p2.y, p3.y) };
  });
}

export const STACKED_NODE_WIDTH = 260;
const STACKED_CHARS_PER_LINE = 30;
const STACKED_PHASE_HEADING = 44;
const STACKED_NODE_GAP = 10;
const STACKED_PHASE_GAP = 14;

/**
 * The phone layout: the phases stacked top to bottom, each topic a full-width box in roadmap order, and every edge
 * routed through its own lane in the gutter on the left (lanes assigned so that no two edges overlap), so the
 * graph is one column that fits a 390 px screen instead of a wide picture scrolled sideways.
 */
export function layoutRoadmapStacked(input: LayoutInput, selection: EdgeSelection = 'reduced'): RoadmapLayout {
  const drawn = edgesToDraw(input.notes, selection);
  const heights = new Map(input.notes.map((n) => [n.slug, wrapTitle(n.title, STACKED_CHARS_PER_LINE)]));

  // Vertical positions first: they decide the lanes, and the lanes decide how wide the gutter is.
  const placed = new Map<string, { y: number; height: number }>();
  const bands: { phase: LayoutInput['phases'][number]; index: number; top: number; bottom: number }[] = [];
  let y = 0;
  input.phases.forEach((phase, index) => {
    const notes = input.notes.filter((n) => n.phase === phase.id);
    if (!notes.length) return;
    const top = y;
    y += STACKED_PHASE_HEADING;
    for (const note of notes) {
      const height = nodeHeight(heights.get(note.slug)!.length);
      placed.set(note.slug, { y, height });
      y += height + STACKED_NODE_GAP;
    }
    bands.push({ phase, index, top, bottom: y });
    y += STACKED_PHASE_GAP;
  });
  const edges = drawn.filter((e) => placed.has(e.from) && placed.has(e.to));

  // Each edge leaves and enters on a node's left side; the ends at one node are spread over its height, ordered
  // by where the other end lies (edges going up at the top), so edges of one node do not cross each other there.
  const ends = new Map<string, { edge: number; otherY: number }[]>();
  edges.forEach((e, i) => {
    ends.set(e.from, [...(ends.get(e.from) ?? []), { edge: i, otherY: placed.get(e.to)!.y }]);
    ends.set(e.to, [...(ends.get(e.to) ?? []), { edge: i, otherY: placed.get(e.from)!.y }]);
  });
  const portY = new Map<string, number>();
  for (const [slug, list] of ends) {
    const node = placed.get(slug)!;
    list.sort((a, b) => a.otherY - b.otherY || a.edge - b.edge);
    list.forEach(({ edge }, i) => portY.set(`${edge}:${slug}`, Math.round(node.y + ((i + 1) * node.height) / (list.length + 1))));
  }

  // Lanes: shortest spans nearest the boxes; an edge takes the first lane free over its whole span.
  const spans = edges.map((e, i) => {
    const a = portY.get(`${i}:${e.from}`)!;
    const b = portY.get(`${i}:${e.to}`)!;
    return { edge: i, top: Math.min(a, b), bottom: Math.max(a, b) };
  });
  const lanes: { top: number; bottom: number }[][] = [];
  const laneOf = new Map<number, number>();
  for (const span of [...spans].sort((a, b) => a.bottom - a.top - (b.bottom - b.top) || a.top - b.top || a.edge - b.edge)) {
    let lane = lanes.findIndex((taken) => taken.every((t) => span.bottom + 4 < t.top || span.top - 4 > t.bottom));
    if (lane < 0) lane = lanes.push([]) - 1;
    lanes[lane]!.push(span);
    laneOf.set(span.edge, lane);
  }
  const laneGap = lanes.length > 0 ? Math.max(4, Math.min(9, Math.floor(110 / lanes.length))) : 0;
  const nodeX = 16 + lanes.length * laneGap;
  const width = nodeX + STACKED_NODE_WIDTH + 8;

  const nodes: LaidOutNode[] = input.notes.flatMap((note) => {
    const place = placed.get(note.slug);
    if (!place) return [];
    return [
      {
        slug: note.slug,
        status: note.status,
        lines: heights.get(note.slug)!,
        x: nodeX,
        y: place.y,
        width: STACKED_NODE_WIDTH,
        height: place.height,
      },
    ];
  });
  const laidOutEdges: LaidOutEdge[] = edges.map((e, i) => {
    const laneX = nodeX - 10 - laneOf.get(i)! * laneGap;
    const y1 = portY.get(`${i}:${e.from}`)!;
    const y2 = portY.get(`${i}:${e.to}`)!;
    const points = [
      { x: nodeX, y: y1 },
      { x: laneX, y: y1 },
      { x: laneX, y: y2 },
      { x: nodeX, y: y2 },
    ];
    return { from: e.from, to: e.to, d: polylinePath(points), withinPhase: false, points };
  });
  const phases: LaidOutPhase[] = bands.map(({ phase, index, top, bottom }) => ({
    id: phase.id,
    lines: [wrapTitle(`${index + 1}. ${phase.title}`, 34, 1)[0]!],
    box: { x: 2, y: top + 2, width: width - 4, height: bottom - top - 4 },
    label: { x: nodeX, y: top + 28 },
  }));
  return { width, height: Math.max(0, y - STACKED_PHASE_GAP), nodes, edges: laidOutEdges, phases };
}

/** Points where two drawn edges cross (proper intersections of their segments; shared ends and overlaps are not crossings). */
export function countCrossings(edges: readonly Pick<LaidOutEdge, 'points'>[]): number {
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const intersects = (p1: Point, p2: Point, q1: Point, q2: Point) => {
    const d1 = cross(q1, q2, p1);
    const d2 = cross(q1, q2, p2);
    const d3 = cross(p1, p2, q1);
    const d4 = cross(p1, p2, q2);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
  };
  let count = 0;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const a = edges[i]!.points;
      const b = edges[j]!.points;
      for (let s = 1; s < a.length; s++) for (let t = 1; t < b.length; t++) if (intersects(a[s - 1]!, a[s]!, b[t - 1]!, b[t]!)) count++;
    }
  }
  return count;
}

/**
 * The stylesheet that follows a topic without script: while a topic of the graph is hovered or focused, its own
 * edges (`data-from`/`data-to` its slug) are highlighted and the topics it is not connected to dim; the rule that
 * dims every other edge is static, in the component. One rule pair per topic, so only the roadmap page grows with it.
 */
export function roadmapHighlightCss(edges: readonly PrerequisiteEdge[], slugs: readonly string[]): string {
  const connected = new Map(slugs.map((s) => [s, new Set([s])]));
  for (const { from, to } of edges) {
    connected.get(from)?.add(to);
    connected.get(to)?.add(from);
  }
  return slugs
    .map((slug) => {
      const active = `.roadmap-graph svg:has([data-slug=${cssString(slug)}]:is(:hover,:focus-visible))`;
      const others = [...connected.get(slug)!].map((s) => `[data-slug=${cssString(s)}]`).join(',');
      return (
        `${active} .roadmap-graph__edges :is([data-from=${cssString(slug)}],[data-to=${cssString(slug)}]){opacity:1;stroke:var(--accent);stroke-width:2.5px;marker-end:url(#arrow-active)}\n` +
        `${active} .roadmap-node:not(${others}){opacity:0.4}`
      );
    })
    .join('\n');
}
