import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { Article, Author } from 'contentlayer/generated';
import { articleBodiesDir, articleBodyFile, contentSnapshotDir, distDir } from '../build/build-dir.mjs';
import { resolveBodyCode } from '../build/body-store.mjs';
import { contentDateInstant, contentInstantString } from '../dates';

// Contentlayer's documents, read from disk on first use instead of imported from
// `contentlayer/generated`. Imported, the bundler copied every article into the server code: with
// 1,000 articles a 19 MB chunk, twice (pages and route handlers), plus 48 MB of source maps,
// which cost the build most of its memory. Only lib/content/articles.ts reads this.
//
// Where they are read from:
// - A production build (`npm run build`) snapshots them into its own build folder
//   (scripts/snapshot-content.mjs, between compiling and prerendering). Pages prerendered by the
//   build and pages regenerated later by ISR read that copy, so another build into another folder
//   (the test fixture's .next-fixture) never changes what this one serves.
// - `npm run dev` reads .contentlayer/generated; while previewing, a file Contentlayer rewrites is
//   read again on the next request.
// - The unit tests read the folder in CONTENT_DATA_DIR: their own fixture, generated apart.

export type ContentData = { articles: Article[]; authors: Author[] };

const production = process.env.NODE_ENV === 'production';

const FILES = { articles: 'Article', authors: 'Author' } as const;

let warnedAboutSnapshot = false;
/** True once the documents came from a build's snapshot, whose articles keep their bodies apart. */
let fromSnapshot = false;

/**
 * Contentlayer's `generated/` folder: the repository's, or the one the unit tests point
 * CONTENT_DATA_DIR at, Contentlayer's output of their own fixture (test/global-setup.ts).
 */
function generatedDir(): string {
  return process.env.CONTENT_DATA_DIR || path.join(/* turbopackIgnore: true */ process.cwd(), '.contentlayer', 'generated');
}

/** The .contentlayer/ folder around it, where the bodies are stored (lib/build/body-store.mjs). */
const contentlayerDir = () => path.dirname(/* turbopackIgnore: true */ generatedDir());

function sourceFile(kind: keyof typeof FILES): string {
  const generated = path.join(/* turbopackIgnore: true */ generatedDir(), FILES[kind], '_index.json');
  if (process.env.CONTENT_DATA_DIR || !production) return generated;
  const snapshot = path.join(process.cwd(), contentSnapshotDir, `${FILES[kind]}.json`);
  if (fs.existsSync(/* turbopackIgnore: true */ snapshot)) {
    fromSnapshot = true;
    return snapshot;
  }
  // A bare `next build` (not `npm run build`) makes no snapshot: serve Contentlayer's output, and
  // say that another build regenerating it will change what this server shows.
  if (!warnedAboutSnapshot) {
    warnedAboutSnapshot = true;
    console.warn(`No content snapshot in ${contentSnapshotDir}/ (build with \`npm run build\`): reading .contentlayer/generated instead.`);
  }
  return generated;
}

function read<T>(file: string): T[] {
  let text: string;
  try {
    text = fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8');
  } catch (error) {
    const hint = production ? 'Build the site with `npm run build`.' : 'Run `npm run content` (or `npm run dev`, which runs Contentlayer too).';
    throw new Error(`The articles could not be read from ${path.relative(process.cwd(), file)}. ${hint}`, { cause: error });
  }
  return JSON.parse(text) as T[];
}

/** A date as Contentlayer keeps it (as written: contentlayer.config.ts) made an instant in Stockholm time. */
function instantOf(article: Article, field: 'date' | 'updated', written: string): string {
  const instant = contentDateInstant(written);
  if (!instant) throw new Error(`${article._raw.sourceFilePath}: ${field} "${written}" is not a date. \`npm run check:content\` says what to write.`);
  return contentInstantString(instant);
}

/** The articles with their dates as instants, whatever the zone of the machine that built or serves them. */
function withInstants(articles: Article[]): Article[] {
  for (const article of articles) {
    article.date = instantOf(article, 'date', article.date);
    if (article.updated !== undefined) article.updated = instantOf(article, 'updated', article.updated);
  }
  return articles;
}

let loaded: { data: ContentData; stamp: string } | undefined;

/** When previewing: the files' modification times, to notice Contentlayer rewriting them. */
function stamp(): string {
  if (production) return '';
  return (Object.keys(FILES) as (keyof typeof FILES)[])
    .map((kind) => {
      try {
        return String(fs.statSync(/* turbopackIgnore: true */ sourceFile(kind)).mtimeMs);
      } catch {
        return 'missing';
      }
    })
    .join(':');
}

/**
 * Every document, parsed once per server process (once per edit while previewing). The same
 * object is returned until the content changes, so callers may cache what they derive from it.
 */
export function contentData(): ContentData {
  const current = stamp();
  if (!loaded || loaded.stamp !== current) {
    const articles = withInstants(read<Article>(sourceFile('articles')));
    // The few authors' bodies are read back at once; a snapshot holds them resolved already.
    const authors = read<Author>(sourceFile('authors'));
    if (!fromSnapshot) for (const author of authors) author.body.code = resolveBodyCode(author.body.code, contentlayerDir(), author._raw.sourceFilePath);
    loaded = { data: { articles, authors }, stamp: current };
  }
  return loaded.data;
}

const bodies = new Map<string, string>();
/** Bodies kept after rendering: an article page is rendered once and cached, so a few suffice. */
const KEPT_BODIES = 16;

/**
 * An article's compiled MDX. From a build's snapshot it is read from the article's own file when
 * asked for (scripts/snapshot-content.mjs keeps bodies out of the documents every server holds:
 * at 10,000 articles they were nine tenths of 196 MB); otherwise it is in the document.
 */
export function articleBodyCode(article: Article): string {
  if (!fromSnapshot) return resolveBodyCode(article.body.code, contentlayerDir(), article._raw.sourceFilePath);
  let code = bodies.get(article._id);
  if (code === undefined) {
    const file = path.join(/* turbopackIgnore: true */ process.cwd(), articleBodiesDir, articleBodyFile(article._id));
    const parsed: unknown = JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { code?: unknown }).code !== 'string') throw new Error(`${file}: not an article body`);
    code = (parsed as { code: string }).code;
    if (bodies.size >= KEPT_BODIES) bodies.delete(bodies.keys().next().value!);
    bodies.set(article._id, code);
  }
  return code;
}

/** The feeds' full text by article id, written beside the snapshot by scripts/build-snapshot.ts. */
export const FEED_HTML_FILE = 'FeedHtml.json';

let feedHtml: { byId: Record<string, string>; stamp: string } | undefined;

/**
 * The feed HTML of the articles the feeds can carry, read on first use (only the feeds ask).
 * Empty where no build made it (`npm run dev`, the unit tests): the feeds then carry summaries.
 */
export function feedHtmlById(): Record<string, string> {
  const current = stamp();
  if (feedHtml?.stamp === current) return feedHtml.byId;
  const own = process.env.CONTENT_DATA_DIR;
  const file = own ? path.join(/* turbopackIgnore: true */ own, FEED_HTML_FILE) : path.join(process.cwd(), contentSnapshotDir, FEED_HTML_FILE);
  let byId: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null) byId = parsed as Record<string, string>;
  } catch {
    if (production) console.warn(`No feed HTML in ${path.relative(process.cwd(), file)} (build with \`npm run build\`): the feeds carry summaries only.`);
  }
  feedHtml = { byId, stamp: current };
  return byId;
}

/**
 * When the content this server serves was read by its build (the snapshot's time), or null
 * while previewing. Pages prerendered by the build show the articles published by then.
 */
export function contentTakenAt(): number | null {
  if (!production) return null;
  try {
    const file = path.join(process.cwd(), contentSnapshotDir, 'snapshot.json');
    const { takenAt } = JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8')) as { takenAt?: unknown };
    if (typeof takenAt === 'string' && Number.isFinite(Date.parse(takenAt))) return Date.parse(takenAt);
  } catch {
    // No snapshot (a bare `next build`): fall back to the build's own id file below.
  }
  try {
    return fs.statSync(/* turbopackIgnore: true */ path.join(process.cwd(), distDir, 'BUILD_ID')).mtimeMs;
  } catch {
    return null;
  }
}
