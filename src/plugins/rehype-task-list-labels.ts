/**
 * Rehype plugin: gives each GFM task-list checkbox (`- [ ] …`) its item's text as its accessible name. remark-gfm
 * writes a bare, disabled `<input type="checkbox">` at the start of the item, which screen readers announce as
 * "checkbox, not checked" with no name (axe: "Form elements must have labels").
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The item's own text: nested lists (sub-tasks) have their own checkboxes and names. */
function ownText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || node.tagName === 'ul' || node.tagName === 'ol') return '';
  return node.children.map(ownText).join('');
}

export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (item: Element) => {
      if (item.tagName !== 'li' || ![item.properties['className']].flat().includes('task-list-item')) return;
      // The checkbox sits first in the item, or first in its paragraph when the list is loose.
      const holder = item.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p') ?? item;
      const checkbox = holder.children.find(
        (c): c is Element => c.type === 'element' && c.tagName === 'input' && c.properties['type'] === 'checkbox',
      );
      if (!checkbox) return;
      const name = item.children.map(ownText).join('').replace(/\s+/g, ' ').trim();
      if (name) checkbox.properties['ariaLabel'] = name;
    });
  };
}
