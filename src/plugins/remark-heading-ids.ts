/**
 * Remark plugin: gives every heading its id, GitHub style (`## Why it matters` → `why-it-matters`, a repeat gets
 * `-1`, `-2`…). It calls the same function the site check uses to collect a note's anchors (`assignHeadingIds` in
 * src/lib/note-body.ts), so an anchor the check accepts is an id the page has.
 */
import type { Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { assignHeadingIds } from '../lib/note-body.ts';

export function remarkHeadingIds() {
  return (tree: Root): void => {
    assignHeadingIds(tree);
  };
}
