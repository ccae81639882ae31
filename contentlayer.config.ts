import { defineDocumentType, defineNestedType, type FieldDefs, makeSource } from 'contentlayer2/source-files';
import fs from 'node:fs';
import path from 'node:path';
import { createProgress } from './lib/build/build-progress.mjs';
import { contentDir, resolveContentImage } from './lib/build/content-images';
import { ARTICLE, AUTHOR, type Field } from './lib/content/contract';
import { localePath } from './lib/routing/paths';
import { bodyBuildDir, compiledBodyFacts, withArticleBodyCompiler } from './lib/build/mdx-compile';
import { type BodyFacts, bodyFacts } from './lib/mdx/body-facts';
import { parseMdx } from './lib/mdx/markdown';
import { articleSlug } from './lib/routing/slug';
import { truncateWords } from './lib/mdx/text';

/**
 * The excerpt, reading time, headings and images of a body, from the tree it was just compiled
 * from (lib/build/mdx-compile.ts); parsed here only for a body that compiler did not see.
 */
function factsOf(doc: { body: { raw: string } }): BodyFacts {
  return compiledBodyFacts(doc.body.raw) ?? bodyFacts(parseMdx(doc.body.raw));
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
      resolve: (doc) => (typeof doc.summary === 'string' ? truncateWords(doc.summary) : factsOf(doc).lead),
    },
    description: {
      type: 'string',
      resolve: (doc) => doc.summary ?? factsOf(doc).lead,
    },
    headings: {
      type: 'json',
      description: 'The ## and ### headings with their fragment ids, for the table of contents',
      resolve: (doc) => factsOf(doc).headings,
    },
    readingMinutes: {
      type: 'number',
      resolve: (doc) => factsOf(doc).readingMinutes,
    },
    bodyImages: {
      type: 'json',
      description: 'Each <Bild src> in the body, by the src written, as served: URL and pixel size',
      resolve: (doc) => Object.fromEntries(factsOf(doc).bildSources.map((src) => [src, resolveContentImage(doc._raw.sourceFileDir, src)])),
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
  // The MDX plugins and options live with the compiler (lib/build/mdx-compile.ts), which this
  // hook puts in place of mdx-bundler's own; each body is built in an empty folder (bodyBuildDir
  // says why).
  mdx: { cwd: bodyBuildDir(), esbuildOptions: (options) => withArticleBodyCompiler(options) },
  // The defaults skip a broken article with a warning and let the build pass.
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
});
