import { slugify } from '../routing/slug';
import { parseMdx } from './markdown';
import { plainText } from './text';

export type Heading = { id: string; text: string; level: 2 | 3 };

/** Fragment ids for a list of heading texts: slugs, numbered where two would be the same. */
export function headingIds(texts: string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = slugify(text) || 'rubrik';
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  });
}

type Node = { type: string; depth?: number; children?: Node[]; data?: { hProperties?: Record<string, unknown> } };

// Where a heading gets no id and no entry: inside a component (<Faktaruta>, <Citat>: the page
// renders them as their own boxes, and rehype-heading-ids does not reach into them), and in a
// footnote (remark-gfm moves it into the footnotes at the end).
const OUTSIDE_CONTENTS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'footnoteDefinition']);

function sectionHeadings(node: Node, found: Node[]): Node[] {
  for (const child of node.children ?? []) {
    if (OUTSIDE_CONTENTS.has(child.type)) continue;
    if (child.type === 'heading') {
      if (child.depth === 2 || child.depth === 3) found.push(child);
    } else sectionHeadings(child, found);
  }
  return found;
}

/**
 * The `##` and `###` headings of a body's tree, wherever they stand (also in a quote or a list),
 * with their text and fragment id. The one list of headings: the table of contents shows it, and
 * remarkHeadingIds gives the page's headings these ids.
 */
export function headingsOf(tree: Node): (Heading & { node: Node })[] {
  const nodes = sectionHeadings(tree, []);
  const texts = nodes.map((node) => plainText(node));
  const ids = headingIds(texts);
  return nodes.map((node, index) => ({ node, level: node.depth as 2 | 3, text: texts[index]!, id: ids[index]! }));
}

/** The headings of a body's tree, for the table of contents. */
export function extractHeadingsOf(tree: Node): Heading[] {
  return headingsOf(tree).map(({ level, text, id }) => ({ level, text, id }));
}

/** The headings of an MDX body, for the table of contents. */
export function extractHeadings(source: string): Heading[] {
  return extractHeadingsOf(parseMdx(source));
}

/** A remark plugin: each heading of headingsOf gets its id on the page (rehype-heading-ids makes it a link). */
export function remarkHeadingIds() {
  return (tree: Node) => {
    for (const { node, id } of headingsOf(tree)) {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    }
  };
}

/** Long articles get a table of contents: three headings, or two in a text of three minutes or more. */
export function wantsTableOfContents(headings: Heading[], readingMinutes: number): boolean {
  const sections = headings.filter((heading) => heading.level === 2).length;
  return sections >= 3 || (sections >= 2 && readingMinutes >= 3);
}
