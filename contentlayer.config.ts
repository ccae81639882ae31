import { defineDocumentType, defineNestedType, type FieldDefs, makeSource } from 'contentlayer2/source-files';
import fs from 'node:fs';
import path from 'node:path';
import { createProgress } from './lib/build/build-progress.mjs';
import { contentDir, resolveContentImage } from './lib/build/content-images';
import { ARTICLE, AUTHOR, type Field } from './lib/content/contract';
import { localePath } from './lib/routing/paths';
import { extractHeadings, remarkHeadingIds } from './lib/mdx/headings';
import { parseMdx, remarkPlugins } from './lib/mdx/markdown';
import rehypeHeadingIds from './lib/mdx/rehype-heading-ids';
import { articleSlug } from './lib/routing/slug';
import sv from './messages/sv.json';
import { mdxToPlainText, readingMinutes, truncateWords } from './lib/mdx/text';

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

function bodyImages(sourceFileDir: string, raw: string) {
  return Object.fromEntries(bildSources(parseMdx(raw)).map((src) => [src, resolveContentImage(sourceFileDir, src)]));
}

/**
 * Documents compiled, of how many, printed while `npm run build` runs Contentlayer (it says nothing
 * until the end, minutes at 10,000 articles): scripts/build-content.mjs sets CONTENT_PROGRESS.
 * Counted as each document's first computed field is resolved, once its MDX is compiled.
 */
function documentProgress(): () => void {
  if (process.env.CONTENT_PROGRESS !== '1') return () => {};
  const count = (dir: string) => {
    try {
      return fs.readdirSync(path.join(contentDir, dir), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx')).length;
    } catch {
      return 0;
    }
  };
  const progress = createProgress({ label: 'content', unit: 'documents compiled', total: count('artiklar') + count('skribenter') });
  return () => progress.tick();
}
const compiled = documentProgress();

/** English translations live in content/artiklar/en/; every other article is Swedish. */
function localeOf(doc: { _raw: { sourceFilePath: string } }): 'sv' | 'en' {
  return doc._raw.sourceFilePath.startsWith('artiklar/en/') ? 'en' : 'sv';
}

/**
 * Contentlayer's fields, made from the content contract (lib/content/contract.ts). A date is kept
 * as written ('string', not Contentlayer's 'date', which reads a date-time without an offset in
 * the zone of the machine that builds): lib/content/content-data.ts makes it an instant with
 * lib/dates.ts, as Stockholm time.
 */
function contentlayerFields(fields: Readonly<Record<string, Field>>, imageType: string): FieldDefs {
  const defs: FieldDefs = {};
  for (const [name, field] of Object.entries(fields)) {
    const { required, description } = field;
    if (field.type === 'image') {
      const subFields = Object.fromEntries(Object.entries(field.fields ?? {}).map(([sub, { required: subRequired, description: subDescription }]) => [sub, { type: 'string', required: subRequired, description: subDescription }] as const));
      defs[name] = { type: 'nested', of: defineNestedType(() => ({ name: imageType, fields: subFields })), required, description };
    } else if (field.type === 'text-list') defs[name] = { type: 'list', of: { type: 'string' }, required, default: [], description };
    else if (field.type === 'boolean') defs[name] = { type: 'boolean', required, default: false, description };
    else defs[name] = { type: 'string', required, description };
  }
  return defs;
}

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'artiklar/**/*.mdx',
  contentType: 'mdx',
  fields: contentlayerFields(ARTICLE, 'ArticleImage'),
  computedFields: {
    locale: {
      type: 'enum',
      options: ['sv', 'en'],
      resolve: (doc) => {
        compiled();
        return localeOf(doc);
      },
    },
    urlSlug: {
      type: 'string',
      description: 'The slug in the URL: the frontmatter slug, else made from the title',
      resolve: (doc) => articleSlug({ slug: doc.slug, title: doc.title }, localeOf(doc)),
    },
    path: {
      type: 'string',
      resolve: (doc) => localePath(localeOf(doc), '/artiklar/[slug]', { params: { slug: articleSlug({ slug: doc.slug, title: doc.title }, localeOf(doc)) } }),
    },
    excerpt: {
      type: 'string',
      resolve: (doc) => truncateWords(doc.summary ?? mdxToPlainText(doc.body.raw)),
    },
    description: {
      type: 'string',
      resolve: (doc) => doc.summary ?? truncateWords(mdxToPlainText(doc.body.raw)),
    },
    headings: {
      type: 'json',
      description: 'The ## and ### headings with their fragment ids, for the table of contents',
      resolve: (doc) => extractHeadings(doc.body.raw),
    },
    readingMinutes: {
      type: 'number',
      resolve: (doc) => readingMinutes(mdxToPlainText(doc.body.raw)),
    },
    bodyImages: {
      type: 'json',
      description: 'Each <Bild src> in the body, by the src written, as served: URL and pixel size',
      resolve: (doc) => bodyImages(doc._raw.sourceFileDir, doc.body.raw),
    },
    media: {
      type: 'json',
      description: 'The lead image as served: URL and pixel size',
      resolve: (doc) => (doc.image ? resolveContentImage(doc._raw.sourceFileDir, doc.image.src) : null),
    },
  },
}));

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'skribenter/*.mdx',
  contentType: 'mdx',
  fields: contentlayerFields(AUTHOR, 'Portrait'),
  computedFields: {
    slug: {
      type: 'string',
      resolve: (doc) => {
        compiled();
        return doc._raw.sourceFileName.replace(/\.mdx$/, '');
      },
    },
    media: { type: 'json', resolve: (doc) => resolveContentImage(doc._raw.sourceFileDir, doc.image.src) },
  },
}));

export default makeSource({
  contentDirPath: contentDir,
  contentDirInclude: ['artiklar', 'skribenter'],
  documentTypes: [Article, Author],
  // The alias lives in tsconfig's paths; Next 16 needs no baseUrl.
  disableImportAliasWarning: true,
  mdx: {
    remarkPlugins: [...remarkPlugins, remarkHeadingIds],
    rehypePlugins: [rehypeHeadingIds],
    // Footnote words in Swedish, the language of almost every article, from the message file.
    mdxOptions: (options) => ({
      ...options,
      remarkRehypeOptions: { ...options.remarkRehypeOptions, footnoteLabel: sv.Article.footnotes, footnoteBackLabel: sv.Article.footnoteBack },
    }),
  },
  // The defaults skip a broken article with a warning and let the build pass.
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
});
