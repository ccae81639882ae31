import type { Element, ElementContent, Root, RootContent } from 'hast';
import { headingIds } from './headings';

// Gives h2 and h3 the same ids as lib/headings.ts computes for the table of contents (Swedish
// transliteration: "Fyra fokusområden" → #fyra-fokusomraden), and makes each heading a link to
// itself so a reader can copy the address of a section.

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

function headingsIn(node: Root | Element, found: Element[]): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    // The footnotes' own heading keeps remark-gfm's id: the references point at it
    // (aria-describedby="footnote-label"), and the article components put it into words.
    if (child.tagName === 'section' && child.properties?.dataFootnotes !== undefined) continue;
    if (child.tagName === 'h2' || child.tagName === 'h3') found.push(child);
    else headingsIn(child, found);
  }
  return found;
}

export default function rehypeHeadingIds() {
  return (tree: Root) => {
    const headings = headingsIn(tree, []);
    const ids = headingIds(headings.map((heading) => textOf(heading).trim()));
    headings.forEach((heading, index) => {
      const id = ids[index]!;
      heading.properties = { ...heading.properties, id };
      heading.children = [{ type: 'element', tagName: 'a', properties: { href: `#${id}`, className: ['heading-anchor'] }, children: heading.children }];
    });
  };
}
