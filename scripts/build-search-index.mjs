// Builds the Pagefind search index from the article pages `next build` prerendered, after the build.
// Reads ${NEXT_DIST_DIR:-.next}/server/app/{sv,en}/artiklar/<slug>.html and writes the index to
// ${NEXT_DIST_DIR:-.next}/pagefind/, which app/pagefind/[...path]/route.ts serves. Each build folder
// gets its own index, so the test fixture's build (.next-fixture) never touches the real one.
// Run as the build runs it, `node --import tsx scripts/build-search-index.mjs`: the addresses come
// from the routing table in lib/routing/paths.ts.
//
// Three bundles, because one Pagefind script instance runs one language's WebAssembly (its stemmer):
//   sv/               Swedish originals                           → the Swedish interface (/sok)
//   en/               English translations, English stemming      → the English interface (/en/search)
//   en-untranslated/  Swedish originals with no translation, with   → the English interface too
//                     their /en/articles/<slug> URLs, Swedish stemming
// bundles.json tells the search page which bundles each interface searches and in which language
// their text is.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { localePath } from '../lib/routing/paths.ts';
import { distDir, searchIndexDir as outputDir } from '../lib/build/build-dir.mjs';
import { createProgress, formatDuration } from '../lib/build/build-progress.mjs';

const pagesDir = path.join(distDir, 'server', 'app');

/** A reason to stop the build, printed as one clear line. */
class IndexError extends Error {}

function fail(message) {
  throw new IndexError(message);
}

if (!fs.existsSync(path.join(distDir, 'BUILD_ID')) || !fs.existsSync(pagesDir)) {
  console.error(`build-search-index: no Next.js build in ${distDir}/ (${pagesDir} is missing). Run \`next build\` first${distDir === '.next' ? '' : ` with NEXT_DIST_DIR=${distDir}`}.`);
  process.exit(1);
}

// The public paths, from the routing table (this script runs under tsx, scripts/build-steps.mjs).
const publicPath = {
  sv: (slug) => localePath('sv', '/artiklar/[slug]', { params: { slug } }),
  en: (slug) => localePath('en', '/artiklar/[slug]', { params: { slug } }),
};

/** The status a prerendered page is served with: redirects and errors are not articles. */
function servedStatus(htmlFile) {
  const metaFile = htmlFile.replace(/\.html$/, '.meta');
  if (!fs.existsSync(metaFile)) return 200;
  return JSON.parse(fs.readFileSync(metaFile, 'utf8')).status ?? 200;
}

const attribute = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * An article page as prerendered: its slug, HTML, `<html lang>`, the language of its `<article>`
 * (set only when it differs from the page: an untranslated original under /en) and its date.
 * Null for anything that is not a served article page.
 */
const HEAD_BYTES = 32 * 1024;

/**
 * What the plan needs of a page is at its start (the <html> tag, the site header's language
 * switcher, the article's own tag and header): the first 32 KB, or the whole page when its
 * article's title does not end within them. Next's flight data, most of a page, comes last.
 */
function pageHead(file) {
  const handle = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const read = fs.readSync(handle, buffer, 0, HEAD_BYTES, 0);
    const head = buffer.toString('utf8', 0, read);
    return read < HEAD_BYTES || /<article\b[^>]*\sdata-pagefind-body[\s\S]*<\/h1>/.test(head) ? head : fs.readFileSync(file, 'utf8');
  } finally {
    fs.closeSync(handle);
  }
}

function readArticlePage(dir, file) {
  const htmlFile = path.join(dir, file);
  if (servedStatus(htmlFile) !== 200) return null;
  const html = pageHead(htmlFile);
  const articleTag = /<article\b[^>]*\sdata-pagefind-body[^>]*>/.exec(html)?.[0];
  if (!articleTag) return null;
  const htmlTag = /<html\b[^>]*>/.exec(html)?.[0] ?? '';
  const date = attribute(articleTag, 'data-pagefind-meta')?.match(/^date:(.+)$/)?.[1];
  // The language switcher of a translation leads to its Swedish original.
  const switcher = /<a\b[^>]*class="language-switcher"[^>]*>/.exec(html)?.[0] ?? '';
  const counterpart = attribute(switcher, 'href')?.match(/^\/artiklar\/([^/?#]+)$/)?.[1];
  const draft = /\sclass="draft-badge"/.test(html);
  // The HTML itself is not kept: it is read again when the page is indexed, so the plan holds a
  // few fields a page, not every page (about 54 KB each at 1,000 generated articles).
  return { slug: file.replace(/\.html$/, ''), file: htmlFile, draft, pageLang: attribute(htmlTag, 'lang'), textLang: attribute(articleTag, 'lang'), date, counterpart };
}

function readArticlePages(locale) {
  const dir = path.join(pagesDir, locale, 'artiklar');
  if (!fs.existsSync(dir)) return [];
  // Only the article pages themselves: sida/<n>.html (listing pages) live in a subfolder.
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => readArticlePage(dir, entry.name))
    .filter((page) => page !== null)
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * Drafts and scheduled articles are never prerendered by a production build. If one ever is
 * (a page rendered in development, a clock gone wrong), it must not become searchable.
 */
function assertPublished(page, where) {
  if (page.draft) fail(`${where} is a draft; a production build must not render it.`);
  if (!page.date || Number.isNaN(Date.parse(page.date))) fail(`${where} has no date (data-pagefind-meta="date:…" on its <article>).`);
  if (Date.parse(page.date) > Date.now()) fail(`${where} is scheduled for ${page.date}; a production build must not render it yet.`);
}

/** Which article pages go into which bundle. */
function planBundles() {
  const originals = readArticlePages('sv');
  // Only the real translations are prerendered under /en; an untranslated original's /en copy is
  // rendered on first request. Every original without a translation is searchable from /en too,
  // in Swedish, never as English.
  const translations = readArticlePages('en').filter((page) => page.pageLang === 'en' && page.textLang === undefined);
  const translated = new Set(translations.map((page) => page.counterpart));
  const untranslated = originals.filter((page) => !translated.has(page.slug));

  if (originals.length === 0) fail(`no article pages in ${path.join(pagesDir, 'sv', 'artiklar')}/: is this a complete build?`);
  for (const page of originals) {
    if (page.pageLang !== 'sv' || page.textLang !== undefined) fail(`/sv/artiklar/${page.slug}.html is not a Swedish page (<html lang="${page.pageLang}">).`);
    assertPublished(page, `/sv/artiklar/${page.slug}.html`);
  }
  for (const page of translations) assertPublished(page, `/en/artiklar/${page.slug}.html`);

  return [
    { name: 'sv', interfaces: ['sv'], language: 'sv', records: originals.map((page) => ({ url: publicPath.sv(page.slug), file: page.file })) },
    { name: 'en', interfaces: ['en'], language: 'en', records: translations.map((page) => ({ url: publicPath.en(page.slug), file: page.file })) },
    {
      name: 'en-untranslated',
      interfaces: ['en'],
      language: 'sv',
      // The Swedish original's own page, not its /en copy, whose English notice is no article text.
      records: untranslated.map((page) => ({ url: publicPath.en(page.slug), file: page.file })),
    },
  ];
}

const PAGES_IN_FLIGHT = 32;

const withoutScripts = (html) => html.replace(/<script\b[\s\S]*?<\/script>/g, '');

async function writeBundle(bundle) {
  // The language is set, not detected: the untranslated bundle's pages say <html lang="sv"> but it
  // serves the English interface, and an explicit language keeps a stray lang attribute harmless.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: bundle.language });
  if (!index) fail(`Pagefind could not create the ${bundle.name} index: ${errors.join('; ')}`);
  // A few pages in flight at a time keep Pagefind busy without holding the whole archive in its
  // memory. Scripts (Next's inline flight data, two thirds of a page) carry no searchable text,
  // so Pagefind is never given them to parse.
  const progress = createProgress({ label: `search index (${bundle.name})`, unit: 'pages indexed', total: bundle.records.length, write: (line) => console.log(line) });
  for (let start = 0; start < bundle.records.length; start += PAGES_IN_FLIGHT) {
    const batch = bundle.records.slice(start, start + PAGES_IN_FLIGHT);
    const results = await Promise.all(batch.map((record) => index.addHTMLFile({ url: record.url, content: withoutScripts(fs.readFileSync(record.file, 'utf8')) })));
    results.forEach((added, position) => {
      if (added.errors.length > 0) fail(`Pagefind could not index ${batch[position].url}: ${added.errors.join('; ')}`);
    });
    progress.tick(batch.length);
  }
  const writing = Date.now();
  const written = await index.writeFiles({ outputPath: path.join(outputDir, bundle.name) });
  console.log(`search index (${bundle.name}): files written in ${formatDuration(Date.now() - writing)}`);
  if (written.errors.length > 0) fail(`Pagefind could not write the ${bundle.name} index: ${written.errors.join('; ')}`);
  // Pagefind's service keeps what it allocated even after deleteIndex(); stopping it frees it, and
  // the next bundle starts a service of its own. Otherwise the peak is every bundle's at once (two
  // of them hold every Swedish article). By hand at 1,000 articles (`ps -o rss`, sampled every
  // 200 ms): Pagefind's peak 383–447 MB with one service, 266 MB with one per bundle; the search
  // step's peak in `npm run bench` at 3,000 articles, 1,507 MB (run of 14:26) and 1,223 MB (16:52).
  await pagefind.close();
}

try {
  const bundles = planBundles();
  fs.rmSync(outputDir, { recursive: true, force: true });
  fs.mkdirSync(outputDir, { recursive: true });
  const manifest = { sv: [], en: [] };
  // An empty bundle would have no language index, which Pagefind's script reports as an error.
  const written = bundles.filter((bundle) => bundle.records.length > 0);
  for (const bundle of written) await writeBundle(bundle);
  for (const bundle of written) for (const locale of bundle.interfaces) manifest[locale].push({ path: `/pagefind/${bundle.name}/`, lang: bundle.language });
  fs.writeFileSync(path.join(outputDir, 'bundles.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const counts = bundles.map((bundle) => `${bundle.records.length} ${bundle.name} (${bundle.language})`).join(', ');
  console.log(`search index: ${counts} pages → ${outputDir}/`);
} catch (error) {
  console.error(`build-search-index: ${error instanceof IndexError ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
