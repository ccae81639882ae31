import type { Element, Root } from 'hast';

// Makes each h2 and h3 that remarkHeadingIds (lib/mdx/headings.ts) gave an id a link to itself, so a
// reader can copy the address of a section. The ids come from the same list of headings as the
// table of contents (Swedish transliteration: "Fyra fokusområden" → #fyra-fokusomraden).

function headingsIn(node: Root | Element, found: Element[]): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    // The footnotes' own heading keeps remark-gfm's id and no link: the references point at it
    // (aria-describedby="footnote-label"), and the article components put it into words.
    if (child.tagName === 'section' && child.properties?.dataFootnotes !== undefined) continue;
    if (child.tagName === 'h2' || child.tagName === 'h3') found.push(child);
    else headingsIn(child, found);
  }
  return found;
}

export default function rehypeHeadingIds() {
  return (tree: Root) => {
    for (const heading of headingsIn(tree, [])) {
      const id = heading.properties?.id;
      if (typeof id !== 'string') continue;
      heading.children = [{ type: 'element', tagName: 'a', properties: { href: `#${id}`, className: ['heading-anchor'] }, children: heading.children }];
    }
  };
}
