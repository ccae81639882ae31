// Builds the Pagefind search index from the article pages `next build` prerendered, after the build.
// Reads ${NEXT_DIST_DIR:-.next}/server/app/{sv,en}/artiklar/<slug>.html and writes the index to
// ${NEXT_DIST_DIR:-.next}/pagefind/, which app/pagefind/[...path]/route.ts serves. Each build folder
// gets its own index, so the test fixture's build (.next-fixture) never touches the real one.
// Run as the build runs it, `node --import tsx scripts/build-search-index.mjs`: the addresses come
// from the routing table in lib/routing/paths.ts.
//
// Two bundles, because one Pagefind script instance runs one language's WebAssembly (its stemmer):
//   sv/  Swedish originals, Swedish stemming     → the Swedish interface (/sok), and the English
//                                                  one (/en/search) for the originals that have no
//                                                  translation
//   en/  English translations, English stemming  → the English interface
// An original without a translation carries the filter `untranslated:yes`: the English interface
// searches the Swedish bundle with that filter and links each result to its English-interface
// address (/en/articles/<slug>, from the routing table), so every Swedish article is indexed once,
// not once per interface. (Not a meta with that address: Pagefind indexes meta values as words.)
// bundles.json tells the search page which bundles each interface searches, in which language
// their text is, with which filter, and in which language's addresses results are linked.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { localePath } from '../lib/routing/paths.ts';
import { distDir, searchIndexDir as outputDir } from '../lib/build/build-dir.mjs';
import { createProgress, formatDuration } from '../lib/build/build-progress.mjs';
import { prerenderedStatus } from '../lib/serving/built-pages.mjs';

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

const attribute = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** A string of its own: V8 keeps the whole string a match was sliced from alive with the match. */
const copied = (text) => (text === undefined ? undefined : Buffer.from(text, 'utf8').toString('utf8'));

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
  if (prerenderedStatus(htmlFile) !== 200) return null;
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
  // few fields a page, not every page (about 54 KB each at 1,000 generated articles). Copied, as a
  // match is a slice of the page's head and keeps all of it alive: at 10,000 articles the script's
  // own process held 770 MB with the slices, 129 MB with copies (RSS sampled every 200 ms).
  return { slug: file.replace(/\.html$/, ''), file: htmlFile, draft, pageLang: copied(attribute(htmlTag, 'lang')), textLang: copied(attribute(articleTag, 'lang')), date: copied(date), counterpart: copied(counterpart) };
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

/** The filter an original without a translation carries, which the English interface searches with. */
const UNTRANSLATED = { untranslated: 'yes' };

/** Which article pages go into which bundle, and which interface searches them how. */
function planBundles() {
  const originals = readArticlePages('sv');
  // Only the real translations are prerendered under /en; an untranslated original's /en copy is
  // rendered on first request. Every original without a translation is searchable from /en too,
  // in Swedish, never as English.
  const translations = readArticlePages('en').filter((page) => page.pageLang === 'en' && page.textLang === undefined);
  const translated = new Set(translations.map((page) => page.counterpart));

  if (originals.length === 0) fail(`no article pages in ${path.join(pagesDir, 'sv', 'artiklar')}/: is this a complete build?`);
  for (const page of originals) {
    if (page.pageLang !== 'sv' || page.textLang !== undefined) fail(`/sv/artiklar/${page.slug}.html is not a Swedish page (<html lang="${page.pageLang}">).`);
    assertPublished(page, `/sv/artiklar/${page.slug}.html`);
  }
  for (const page of translations) assertPublished(page, `/en/artiklar/${page.slug}.html`);

  const untranslated = originals.filter((page) => !translated.has(page.slug)).length;
  return [
    {
      name: 'sv',
      language: 'sv',
      // The Swedish original's own page, never its /en copy, whose English notice is no article text.
      records: originals.map((page) =>
        translated.has(page.slug) ? { url: publicPath.sv(page.slug), file: page.file } : { url: publicPath.sv(page.slug), file: page.file, filters: UNTRANSLATED },
      ),
      interfaces: {
        sv: {},
        // Only when some original has no translation: a filter no page carries is no search.
        ...(untranslated > 0 ? { en: { filters: UNTRANSLATED, linkLocale: 'en' } } : {}),
      },
    },
    { name: 'en', language: 'en', records: translations.map((page) => ({ url: publicPath.en(page.slug), file: page.file })), interfaces: { en: {} } },
  ];
}

const PAGES_IN_FLIGHT = 32;

const withoutScripts = (html) => html.replace(/<script\b[\s\S]*?<\/script>/g, '');

const escapeAttribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The `<article data-pagefind-body>` element of a page, whole: from its tag to its own end tag. */
function articleElement(html, where) {
  const start = html.search(/<article\b[^>]*\sdata-pagefind-body/);
  if (start < 0) fail(`${where} has no <article data-pagefind-body>.`);
  const tags = /<(\/?)article\b[^>]*>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, match.index + match[0].length);
  }
  fail(`${where}: its <article data-pagefind-body> never ends.`);
}

/**
 * What Pagefind is given of a page: its <html> tag (the language), its <title>, and the article
 * element, which is all Pagefind indexes of it (data-pagefind-body: text, headings and their
 * anchors, the title from its <h1>, the date meta). The rest of the page (the site's header and
 * footer, related articles, Next's inline flight data) is never parsed, so nothing in it can add
 * a filter or meta (Pagefind reads those anywhere on a page). The index is the same as from the
 * whole page (word index files byte for byte, fragments the same but for the filter, checked on
 * 300 generated articles); it saves little time and no memory, which Pagefind spends on what it
 * indexes. A record's filters ride on an empty element inside the article.
 */
function searchDocument(record) {
  const html = fs.readFileSync(record.file, 'utf8');
  const htmlTag = /<html\b[^>]*>/.exec(html)?.[0] ?? '<html>';
  const title = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? '';
  const article = withoutScripts(articleElement(html, record.url));
  const marks = Object.entries(record.filters ?? {}).map(([name, value]) => `data-pagefind-filter="${escapeAttribute(`${name}:${value}`)}"`);
  // Right after the article's own tag, so it is inside the indexed element.
  const open = /^<article\b[^>]*>/.exec(article)[0];
  const body = marks.length === 0 ? article : `${open}${marks.map((mark) => `<span ${mark}></span>`).join('')}${article.slice(open.length)}`;
  return `<!DOCTYPE html>${htmlTag}<head><meta charset="utf-8">${title}</head><body>${body}</body></html>`;
}

/**
 * Pages a Pagefind service indexes at most. Its memory grows by about 55 KB a page as pages are
 * added and peaks while it builds the index from all of them (writeFiles), at about 220 KB a page,
 * whatever HTML it was given. By hand on 10,000 articles (1,000 generated ones, each ten times;
 * the step's process tree sampled every 200 ms): one service for all of them peaked at 2,198 MB
 * (the step 2,327 MB); two of 5,000, one after the other, at 1,262 MB (the step 1,389 MB). A
 * bigger bundle is split into shards of at most this many pages, each written by a service of
 * its own; the search page merges them into one search (Pagefind's mergeIndex: same WebAssembly,
 * a shard costs its entry, its metadata and the index chunks a word needs, 3–4 requests).
 */
const SHARD_PAGES = Number(process.env.SEARCH_SHARD_PAGES) || 5000; // smaller only to try shards on a small corpus

/** A bundle's records in shards of at most SHARD_PAGES, as even as can be; folders sv, sv-2, … */
function shardsOf(bundle) {
  const count = Math.ceil(bundle.records.length / SHARD_PAGES);
  const size = Math.ceil(bundle.records.length / count);
  return Array.from({ length: count }, (_, number) => ({
    name: number === 0 ? bundle.name : `${bundle.name}-${number + 1}`,
    language: bundle.language,
    records: bundle.records.slice(number * size, (number + 1) * size),
  }));
}

async function writeShard(bundle) {
  // The language is set, not detected: an explicit language keeps a stray lang attribute harmless.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: bundle.language });
  if (!index) fail(`Pagefind could not create the ${bundle.name} index: ${errors.join('; ')}`);
  // A few pages in flight at a time keep Pagefind busy without holding the whole archive in its
  // memory.
  const progress = createProgress({ label: `search index (${bundle.name})`, unit: 'pages indexed', total: bundle.records.length, write: (line) => console.log(line) });
  for (let start = 0; start < bundle.records.length; start += PAGES_IN_FLIGHT) {
    const batch = bundle.records.slice(start, start + PAGES_IN_FLIGHT);
    const results = await Promise.all(batch.map((record) => index.addHTMLFile({ url: record.url, content: searchDocument(record) })));
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
  // the next shard starts a service of its own. Otherwise the peak is every shard's at once. By
  // hand at 1,000 articles (`ps -o rss`, sampled every 200 ms): Pagefind's peak 383–447 MB with one
  // service, 266 MB with one per bundle.
  await pagefind.close();
}

try {
  const bundles = planBundles();
  fs.rmSync(outputDir, { recursive: true, force: true });
  fs.mkdirSync(outputDir, { recursive: true });
  const manifest = { sv: [], en: [] };
  // An empty bundle would have no language index, which Pagefind's script reports as an error.
  const written = bundles.filter((bundle) => bundle.records.length > 0);
  for (const bundle of written) {
    const shards = shardsOf(bundle);
    for (const shard of shards) await writeShard(shard);
    const [first, ...more] = shards.map((shard) => `/pagefind/${shard.name}/`);
    for (const [locale, how] of Object.entries(bundle.interfaces)) manifest[locale].push({ path: first, lang: bundle.language, ...(more.length > 0 ? { merge: more } : {}), ...how });
  }
  fs.writeFileSync(path.join(outputDir, 'bundles.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const counts = bundles.map((bundle) => `${bundle.records.length} ${bundle.name} (${bundle.language})`).join(', ');
  console.log(`search index: ${counts} pages → ${outputDir}/`);
} catch (error) {
  console.error(`build-search-index: ${error instanceof IndexError ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
