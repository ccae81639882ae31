// Build-time only: the one MDX processor article bodies are compiled with (lib/build/mdx-compile.ts
// runs it in Contentlayer's process, or in its worker, lib/build/mdx-compile-worker.ts).
import { createProcessor } from '@mdx-js/mdx';
import matter from 'gray-matter';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import sv from '../../messages/sv.json';
import { type BodyFacts, bodyFacts } from '../mdx/body-facts';
import { remarkHeadingIds } from '../mdx/headings';
import { remarkPlugins } from '../mdx/markdown';
import rehypeHeadingIds from '../mdx/rehype-heading-ids';

export type CompiledBody = { body: string; code: string; facts: BodyFacts };

function remarkBodyFacts() {
  return (tree: Root, file: VFile) => {
    file.data.bodyFacts = bodyFacts(tree);
  };
}

const processor = createProcessor({
  jsxImportSource: 'react',
  remarkPlugins: [...remarkPlugins, remarkHeadingIds, remarkBodyFacts],
  rehypePlugins: [rehypeHeadingIds],
  // Footnote words in Swedish, the language of almost every article, from the message file.
  remarkRehypeOptions: { footnoteLabel: sv.Article.footnotes, footnoteBackLabel: sv.Article.footnoteBack },
});

// The frontmatter is Contentlayer's to read; gray-matter (which Contentlayer splits files with)
// is asked only for the body, so the YAML is not parsed a second time.
const BODY_ONLY = { engines: { yaml: () => ({}) } };

/**
 * Compiles a document (frontmatter and body) to the JavaScript of its body, with the facts of
 * the tree it compiled. `body` is the body as Contentlayer reads it: what follows the second `---`.
 */
export async function compileArticleBody(source: string): Promise<CompiledBody> {
  const body = matter(source, BODY_ONLY).content;
  const compiled = await processor.process(body);
  return { body, code: String(compiled.value), facts: compiled.data.bodyFacts as BodyFacts };
}
