/**
 * A topic's neighbourhood as a small graph drawn at build time: the topic, what to study first, what it unlocks,
 * related topics and the notes that mention it. Each group shows a bounded number of topics and collapses the rest
 * into a count, so the drawing stays small on a topic with many links. Plain data out; the component draws it.
 */
import type { NoteStatus } from '../schemas/note.ts';
import { wrapTitle } from './roadmap-layout.ts';

export type NeighbourRole = 'prerequisites' | 'unlocks' | 'related' | 'backlinks';

export interface NeighbourNote {
  slug: string;
  title: string;
  status: NoteStatus;
}

export interface NeighbourhoodInput {
  topic: NeighbourNote;
  prerequisites: readonly NeighbourNote[];
  unlocks: readonly NeighbourNote[];
  related: readonly NeighbourNote[];
  /** Notes whose body links to the topic. */
  backlinks: readonly NeighbourNote[];
}

/** Group headings, the same words as the lists after the graph. */
export const NEIGHBOUR_GROUP_TITLES: Record<NeighbourRole, string> = {
  prerequisites: 'Study first',
  unlocks: 'Unlocks',
  related: 'Related',
  backlinks: 'Mentioned in',
};

export interface NeighbourGroup {
  role: NeighbourRole;
  /** The topics drawn, at most `limit`. */
  shown: NeighbourNote[];
  /** How many more the group has (drawn as one "N more" box that links to the full list). */
  hidden: number;
}

/** Topics drawn per group; past it, one box says how many more there are. */
export const NEIGHBOURS_PER_GROUP = 3;

/**
 * The groups of the neighbourhood, each topic in the first group it belongs to (a prerequisite that is also related
 * is drawn once, as a prerequisite), empty groups left out.
 */
export function neighbourGroups(input: NeighbourhoodInput, limit = NEIGHBOURS_PER_GROUP): NeighbourGroup[] {
  const seen = new Set([input.topic.slug]);
  const roles: NeighbourRole[] = ['prerequisites', 'unlocks', 'related', 'backlinks'];
  return roles.flatMap((role) => {
    const notes = input[role].filter((n) => !seen.has(n.slug));
    notes.forEach((n) => seen.add(n.slug));
    if (!notes.length) return [];
    // A group one over the limit shows them all: a "1 more" box would take the same room as the topic.
    const shown = notes.length <= limit + 1 ? notes : notes.slice(0, limit);
    return [{ role, shown, hidden: notes.length - shown.length }];
  });
}

export interface NeighbourhoodBox {
  /** A topic's slug; undefined for the "N more" box. */
  slug: string | undefined;
  role: NeighbourRole | 'topic';
  /** Undefined for the "N more" box. */
  status: NoteStatus | undefined;
  /** The whole title (the lines may cut it short); for the "N more" box, what it stands for. */
  title: string;
  lines: string[];
  /** For the "N more" box: how many. */
  more: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NeighbourhoodLabel {
  role: NeighbourRole;
  text: string;
  x: number;
  y: number;
}

export interface NeighbourhoodEdge {
  role: NeighbourRole;
  /** SVG path data. */
  d: string;
}

export interface NeighbourhoodLayout {
  width: number;
  height: number;
  boxes: NeighbourhoodBox[];
  labels: NeighbourhoodLabel[];
  edges: NeighbourhoodEdge[];
}

const LINE_HEIGHT = 16;
const PADDING_Y = 10;
const STATUS_LINE = 18;
const GAP = 10;
const LABEL_HEIGHT = 24;
const GROUP_GAP = 18;

function boxHeight(lines: number): number {
  return PADDING_Y * 2 + lines * LINE_HEIGHT + STATUS_LINE;
}

function boxesOf(group: NeighbourGroup, x: number, top: number, width: number, chars: number): NeighbourhoodBox[] {
  let y = top;
  const boxes: NeighbourhoodBox[] = group.shown.map((note) => {
    // Whole titles, never cut: the link's name is its visible text (WCAG 2.5.3, label in name).
    const lines = wrapTitle(note.title, chars, 6);
    const box = {
      slug: note.slug,
      role: group.role,
      status: note.status,
      title: note.title,
      lines,
      more: 0,
      x,
      y,
      width,
      height: boxHeight(lines.length),
    };
    y += box.height + GAP;
    return box;
  });
  if (group.hidden > 0)
    boxes.push({
      slug: undefined,
      role: group.role,
      status: undefined,
      title: `${group.hidden} more: ${NEIGHBOUR_GROUP_TITLES[group.role]}`,
      lines: [`${group.hidden} more`],
      more: group.hidden,
      x,
      y,
      width,
      height: boxHeight(1) - STATUS_LINE + 4,
    });
  return boxes;
}

const bottomOf = (boxes: readonly NeighbourhoodBox[], fallback: number) => Math.max(fallback, ...boxes.map((b) => b.y + b.height));

/**
 * One column, as wide as a phone's screen: the topic first and each group under it, joined to the topic by a line
 * down the left side (the group heading says how each relates).
 */
export function layoutNeighbourhood(groups: readonly NeighbourGroup[], topic: NeighbourNote): NeighbourhoodLayout {
  const width = 320;
  const indent = 22;
  const chars = 34;
  const topicLines = wrapTitle(topic.title, chars, 6);
  const centre: NeighbourhoodBox = {
    slug: topic.slug,
    role: 'topic',
    status: topic.status,
    title: topic.title,
    lines: topicLines,
    more: 0,
    x: 0,
    y: 0,
    width,
    height: boxHeight(topicLines.length),
  };
  const boxes: NeighbourhoodBox[] = [centre];
  const labels: NeighbourhoodLabel[] = [];
  const edges: NeighbourhoodEdge[] = [];
  let top = centre.height + GROUP_GAP;
  const spineX = 10;
  for (const group of groups) {
    labels.push({ role: group.role, text: NEIGHBOUR_GROUP_TITLES[group.role], x: indent, y: top + 16 });
    const drawn = boxesOf(group, indent, top + LABEL_HEIGHT, width - indent, chars);
    boxes.push(...drawn);
    for (const box of drawn) {
      const y = Math.round(box.y + box.height / 2);
      edges.push({ role: group.role, d: `M${spineX} ${centre.y + centre.height} V${y} H${box.x}` });
    }
    top = bottomOf(drawn, top) + GROUP_GAP;
  }
  return { width, height: top - GROUP_GAP, boxes, labels, edges };
}
