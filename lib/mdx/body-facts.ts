import type { Root } from 'mdast';
import { extractHeadingsOf, type Heading } from './headings';
import { plainText, readingMinutes, truncateWords } from './text';

/**
 * What the build keeps of an article body besides its compiled code: the excerpt (the first
 * words), the reading time, the table of contents and the <Bild> sources. All read from one tree.
 */
export type BodyFacts = { lead: string; readingMinutes: number; headings: Heading[]; bildSources: string[] };

type Node = { type: string; name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[]; children?: Node[] };

/** The src of each <Bild> in a body's tree. */
function bildSources(node: Node, found: string[] = []): string[] {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const src = node.name === 'Bild' ? node.attributes?.find((attribute) => attribute.name === 'src')?.value : undefined;
    if (typeof src === 'string') found.push(src);
  }
  for (const child of node.children ?? []) bildSources(child, found);
  return found;
}

/** The facts of a body's tree after the build's remark plugins (lib/mdx/markdown.ts). */
export function bodyFacts(tree: Root): BodyFacts {
  const text = plainText(tree);
  return { lead: truncateWords(text), readingMinutes: readingMinutes(text), headings: extractHeadingsOf(tree), bildSources: bildSources(tree) };
}
