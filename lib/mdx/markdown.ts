import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import remarkEnDashLists from './remark-en-dash-lists';

// An article body read once into its Markdown tree (mdast), with the remark plugins Contentlayer
// compiles it with: the excerpt, description, reading time and table of contents are all made
// from the tree the reader's page is rendered from, never from the source text by pattern.

/** The remark plugins of every body: contentlayer.config.ts compiles with these, parseMdx parses with them. */
export const remarkPlugins: PluggableList = [remarkGfm, remarkEnDashLists];

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins).freeze();

// Contentlayer asks for five computed fields of one document in a row (excerpt, description,
// headings, reading time, body images): the last few trees parsed are kept so each body is
// parsed once.
const RECENT = 8;
const recent = new Map<string, Root>();

/** The body's tree after the build's remark plugins. Callers must not change it: it is shared. */
export function parseMdx(source: string): Root {
  const known = recent.get(source);
  if (known) return known;
  const tree = processor.runSync(processor.parse(source)) as Root;
  recent.set(source, tree);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return tree;
}
