/** Reading built HTML as a browser parses it (parse5), for tests that inspect pages without a browser. */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
export type Element = DefaultTreeAdapterTypes.Element;

/** Every element of a document, in document order, `<template>` contents included. */
export function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) found.push(node);
    const children =
      'content' in node && node.tagName === 'template' ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child);
  };
  walk(parse(html));
  return found;
}

/** An attribute's value, or undefined. */
export const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
