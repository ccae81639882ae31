// Build-time only (contentlayer.config.ts): how Contentlayer's MDX step compiles an article body.
//
// Contentlayer hands each body to mdx-bundler, which makes a new @mdx-js/esbuild plugin, and so a
// new MDX processor, for every document, compiles with a source map, and resolves imports with
// a Node resolver (the bodies import nothing: the editors' check forbids it). Its esbuildOptions
// hook is the setting for what esbuild runs: there the build puts this module's plugin in place of
// those two, and keeps the rest (the body read from memory, React as a global, the bundle
// format useMDXComponent runs). This plugin compiles with one MDX processor made once, without a
// source map, and keeps what the computed fields need from the same Markdown tree (the excerpt,
// reading time, headings and images), so each body is parsed once. Figures: the commit message.
import type { BuildOptions, Plugin } from 'esbuild';
import matter from 'gray-matter';
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import sv from '../../messages/sv.json';
import { type BodyFacts, bodyFacts } from '../mdx/body-facts';
import { remarkHeadingIds } from '../mdx/headings';
import { remarkPlugins } from '../mdx/markdown';
import rehypeHeadingIds from '../mdx/rehype-heading-ids';

/** The plugins of mdx-bundler's this module replaces, by the names they give esbuild. */
const REPLACED = new Set(['@mdx-js/esbuild', 'node-resolve']);

// Contentlayer asks for the computed fields of a document right after its body is compiled, with
// two documents in flight: the facts of the last few bodies are kept until then.
const RECENT = 16;
const recentFacts = new Map<string, BodyFacts>();

function remember(body: string, facts: BodyFacts): void {
  recentFacts.set(body, facts);
  if (recentFacts.size > RECENT) recentFacts.delete(recentFacts.keys().next().value!);
}

/** The facts of a body this build has just compiled, read from the tree it was compiled from. */
export function compiledBodyFacts(body: string): BodyFacts | undefined {
  return recentFacts.get(body);
}

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

function mdxBodyPlugin(): Plugin {
  return {
    name: 'article-body-mdx',
    setup(build) {
      build.onLoad({ filter: /\.mdx$/ }, async ({ path: file, pluginData }) => {
        const contents: unknown = (pluginData as { contents?: unknown } | undefined)?.contents;
        const source = typeof contents === 'string' ? contents : await fs.readFile(file, 'utf8');
        const body = matter(source, BODY_ONLY).content;
        try {
          const compiled = await processor.process(body);
          remember(body, compiled.data.bodyFacts as BodyFacts);
          return { contents: String(compiled.value), loader: 'js', resolveDir: path.dirname(file) };
        } catch (error) {
          return { errors: [{ text: `the MDX could not be compiled: ${error instanceof Error ? error.message : String(error)}` }] };
        }
      });
    },
  };
}

/** mdx-bundler's esbuild options with this module's compiler in place of its own. */
export function withArticleBodyCompiler(options: BuildOptions): BuildOptions {
  const plugins = options.plugins ?? [];
  const replaced = plugins.filter((plugin) => REPLACED.has(plugin.name));
  // A newer mdx-bundler that names its plugins otherwise would compile every body twice: say so.
  if (replaced.length !== REPLACED.size) {
    throw new Error(`lib/build/mdx-compile.ts: mdx-bundler's esbuild plugins are no longer named ${[...REPLACED].join(' and ')} (found ${plugins.map((plugin) => plugin.name).join(', ')})`);
  }
  return { ...options, plugins: [...plugins.filter((plugin) => !REPLACED.has(plugin.name)), mdxBodyPlugin()] };
}
