/**
 * Remark plugin for the Markdown people bring from forges and vaults, run before the link plugin:
 *   > [!NOTE] / > [!tip] Title           → <Callout type="note|tip|warning" title="…">
 *   ![[diagram.png]], ![[diagram.png|A caption]], ![[diagram.png|300]]  → an optimised image, found as Obsidian does
 *   <img src="images/x.png" width="300" />  → an optimised image (Astro only imports Markdown images)
 *   ![…](/img/x.png), <img src="/img/x.png" />  → under the base path
 * What cannot be rendered is reported by the content check (src/lib/note-files.ts); here it is left as written.
 */
import type { Blockquote, Image, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { blockquoteAlert } from '../lib/alerts.ts';
import { resolveEmbed, type SiteFiles } from '../lib/note-files.ts';
import { sitePath } from '../lib/urls.ts';
import { findWikilinks } from '../lib/wikilinks.ts';
import { noteFileOf } from './remark-note-links.ts';

/** What the plugin needs of the analysed site: the files it saw, to find embedded images as Obsidian does. */
export interface BroughtMarkdownData {
  files?: SiteFiles | undefined;
}

export interface BroughtMarkdownOptions {
  /** The site's base path, e.g. `/` or `/sub/`. */
  base: string;
  /** The analysed site, or a function that returns the current one (the dev server re-analyses on every change). */
  site: BroughtMarkdownData | (() => BroughtMarkdownData);
}

// `https:`, `data:` … or `//host`: not a file of this site.
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
// Attributes of <img> that carry over to the optimised image.
const IMAGE_ATTRIBUTES = new Set(['width', 'height', 'title', 'loading', 'decoding']);

function textAttribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/** `> [!TIP] Title` → a Callout element holding the rest of the blockquote. */
function alertToCallout(node: Blockquote): MdxJsxFlowElement | undefined {
  const alert = blockquoteAlert(node);
  if (!alert?.marker.callout) return undefined;
  const { marker, paragraph, text } = alert;
  const rest = text.value.slice(marker.length).replace(/^\n/, '');
  if (rest) text.value = rest;
  else paragraph.children.shift();
  // A line break right after the marker leaves a `break` node in front; drop it with the marker.
  if (paragraph.children[0]?.type === 'break') paragraph.children.shift();
  const children = paragraph.children.length ? node.children : node.children.slice(1);
  const { type, title } = marker.callout!;
  return {
    type: 'mdxJsxFlowElement',
    name: 'Callout',
    attributes: [textAttribute('type', type), ...(title ? [textAttribute('title', title)] : [])],
    children: children as MdxJsxFlowElement['children'],
    ...(node.position ? { position: node.position } : {}),
  };
}

/** A Markdown image node for `url`, with the <img> attributes Astro's Image understands. */
function imageNode(url: string, alt: string, properties: Record<string, string>): Image {
  return { type: 'image', url, alt, ...(Object.keys(properties).length ? { data: { hProperties: properties } } : {}) };
}

function embedImage(label: string | undefined, relative: string): Image {
  // `|300` or `|300x200` is Obsidian's size; any other label is the description.
  const size = label ? /^(\d+)(?:x(\d+))?$/.exec(label) : null;
  const alt =
    size || !label
      ? relative
          .split('/')
          .at(-1)!
          .replace(/\.[^.]+$/, '')
          .replace(/[-_]+/g, ' ')
      : label;
  const properties: Record<string, string> = size ? { width: size[1]!, ...(size[2] ? { height: size[2] } : {}) } : {};
  return imageNode(relative, alt, properties);
}

/** `<img src="local.png" …>` → an image node, so that Astro imports and optimises it like a Markdown image. */
function htmlImageToImage(node: MdxJsxFlowElement | MdxJsxTextElement, base: string): Image | undefined {
  const attributes = node.attributes.filter((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute');
  if (attributes.length !== node.attributes.length) return undefined; // {...spread}: leave it to MDX
  const src = attributes.find((a) => a.name === 'src')?.value;
  if (typeof src !== 'string' || REMOTE.test(src)) return undefined;
  if (src.startsWith('/')) {
    const attribute = attributes.find((a) => a.name === 'src')!;
    attribute.value = sitePath(base, src);
    return undefined;
  }
  const alt = attributes.find((a) => a.name === 'alt')?.value;
  const properties: Record<string, string> = {};
  for (const attribute of attributes) {
    if (IMAGE_ATTRIBUTES.has(attribute.name) && typeof attribute.value === 'string') properties[attribute.name] = attribute.value;
  }
  return imageNode(src, typeof alt === 'string' ? alt : '', properties);
}

export function remarkBroughtMarkdown(options: BroughtMarkdownOptions) {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const fromFile = noteFileOf(file.path ?? file.history?.[0]);
    const { files } = typeof options.site === 'function' ? options.site() : options.site;

    visit(tree, 'blockquote', (node: Blockquote, index, parent) => {
      if (!parent || index === undefined) return;
      const callout = alertToCallout(node);
      if (callout) parent.children.splice(index, 1, callout as unknown as RootContent as Blockquote);
    });

    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as MdxJsxFlowElement).name === 'img') {
        const image = htmlImageToImage(node as MdxJsxFlowElement, options.base);
        if (!image) return;
        const replacement = node.type === 'mdxJsxFlowElement' ? ({ type: 'paragraph', children: [image] } as Paragraph) : image;
        (parent.children as RootContent[]).splice(index, 1, replacement);
        return;
      }
      if (node.type === 'image' && (node as Image).url.startsWith('/') && !REMOTE.test((node as Image).url)) {
        (node as Image).url = sitePath(options.base, (node as Image).url);
      }
    });

    if (!files) return;
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link') return;
      const embeds = findWikilinks(node.value).filter((w) => w.embed);
      if (!embeds.length) return;
      const replacement: PhrasingContent[] = [];
      let cursor = 0;
      for (const embed of embeds) {
        const resolution = resolveEmbed(embed, fromFile, files);
        if (resolution.kind !== 'image') continue;
        if (embed.index > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, embed.index) });
        replacement.push(embedImage(embed.label, resolution.relative));
        cursor = embed.index + embed.length;
      }
      if (!replacement.length) return;
      if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(index, 1, ...replacement);
      return index + replacement.length;
    });
  };
}
