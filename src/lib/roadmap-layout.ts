/**
 * The roadmap graph's geometry, computed at build time with ELK's layered algorithm: one column per phase
 * (ELK partitions keep phase order), prerequisite edges routed by ELK. Plain data out; the component only draws it.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { NoteStatus } from '../schemas/note.ts';

export interface LayoutInput {
  phases: readonly { id: string; title: string }[];
  /** Notes in roadmap order. */
  notes: readonly { slug: string; title: string; phase: string; status: NoteStatus; prerequisites: readonly string[] }[];
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
}

export interface LaidOutPhase {
  id: string;
  /** `2. Refresher`, broken into at most two lines that fit the column. */
  lines: string[];
  x: number;
  width: number;
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
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, width - 1).trimEnd()}…`;
  return kept;
}

function nodeHeight(lines: number): number {
  return PADDING_Y * 2 + lines * LINE_HEIGHT + STATUS_LINE;
}

interface ElkPoint {
  x: number;
  y: number;
}

function pathOf(section: { startPoint: ElkPoint; endPoint: ElkPoint; bendPoints?: ElkPoint[] }, offsetY: number): string {
  const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${Math.round(p.x)} ${Math.round(p.y + offsetY)}`).join(' ');
}

export async function layoutRoadmap(input: LayoutInput): Promise<RoadmapLayout> {
  const phaseIndex = new Map(input.phases.map((p, i) => [p.id, i]));
  const known = new Set(input.notes.map((n) => n.slug));
  const wrapped = new Map(input.notes.map((n) => [n.slug, wrapTitle(n.title)]));

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
    edges: input.notes.flatMap((note) =>
      note.prerequisites
        .filter((p) => known.has(p) && input.notes.find((n) => n.slug === p)?.phase !== note.phase)
        .map((prerequisite) => ({ id: `${prerequisite}->${note.slug}`, sources: [prerequisite], targets: [note.slug] })),
    ),
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
    return [{ from: edge.sources[0]!, to: edge.targets[0]!, d: pathOf(section, HEADER_HEIGHT), withinPhase: false }];
  });
  // ELK lays out one layer per phase, so it cannot route an edge inside a layer: draw those as arcs on the
  // column's left side, deeper for longer spans so that nested arcs do not overlap.
  const bySlug = new Map(nodes.map((n) => [n.slug, n]));
  for (const note of input.notes) {
    for (const prerequisite of note.prerequisites) {
      const from = bySlug.get(prerequisite);
      const to = bySlug.get(note.slug);
      if (!from || !to || input.notes.find((n) => n.slug === prerequisite)?.phase !== note.phase) continue;
      const y1 = from.y + from.height / 2;
      const y2 = to.y + to.height / 2;
      const depth = Math.min(30, 10 + Math.abs(y2 - y1) / 12);
      edges.push({
        from: prerequisite,
        to: note.slug,
        d: `M${from.x} ${Math.round(y1)} C${Math.round(from.x - depth)} ${Math.round(y1)} ${Math.round(to.x - depth)} ${Math.round(y2)} ${to.x} ${Math.round(y2)}`,
        withinPhase: true,
      });
    }
  }
  const phases: LaidOutPhase[] = input.phases.flatMap((phase, index) => {
    const columns = nodes.filter((n) => input.notes.find((note) => note.slug === n.slug)?.phase === phase.id);
    if (!columns.length) return [];
    const left = Math.min(...columns.map((n) => n.x));
    const right = Math.max(...columns.map((n) => n.x + n.width));
    return [{ id: phase.id, lines: wrapTitle(`${index + 1}. ${phase.title}`, 20, 2), x: left, width: right - left }];
  });
  return {
    width: Math.ceil(result.width ?? 0),
    height: Math.ceil((result.height ?? 0) + HEADER_HEIGHT),
    nodes,
    edges,
    phases,
  };
}
