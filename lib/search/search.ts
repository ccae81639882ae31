import { localePath, resolvePublicPath } from '../routing/paths';
import { isLocale, type Locale } from '../site';

// The search page's client side talks to Pagefind's own script (served from the build folder by
// app/pagefind/[...path]/route.ts). Nothing it returns is trusted: every shape is checked here.

/** Written by scripts/build-search-index.mjs: which bundles each interface searches. */
export const SEARCH_MANIFEST_URL = '/pagefind/bundles.json';

/**
 * One Pagefind bundle as an interface searches it: its folder, the language its text (and so its
 * stemmer) is in, the folders of its further shards (a bundle of more pages than one Pagefind
 * service indexes well is written in shards, merged into one search here), and optionally a
 * filter (only the pages carrying it) and the language whose address a result links to, when not
 * the page's own. The English interface searches the Swedish bundle for the originals without a
 * translation, and links them at their /en address.
 */
export type SearchBundle = { path: string; lang: Locale; merge?: string[]; filters?: Record<string, string>; linkLocale?: Locale };

/** One article found: its address in this interface, title, date (ISO) and excerpt. */
export type SearchResult = { url: string; title: string; date: string; excerpt: ExcerptPart[]; lang: Locale };

/** Excerpt text, split where Pagefind marked the matched words. */
export type ExcerptPart = { text: string; mark: boolean };

/** The part of Pagefind's script this site calls; what it resolves to is checked before use. */
type PagefindOptions = { filters?: Record<string, string> };
type PagefindScript = {
  init(): Promise<unknown>;
  search(term: string, options?: PagefindOptions): Promise<unknown>;
  preload?(term: string, options?: PagefindOptions): Promise<unknown>;
  mergeIndex?(path: string): Promise<unknown>;
};

type PagefindHit = { score: number; data(): Promise<unknown> };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isPagefindScript(value: unknown): value is PagefindScript {
  return isRecord(value) && typeof value.init === 'function' && typeof value.search === 'function';
}

function isHit(value: unknown): value is PagefindHit {
  return isRecord(value) && typeof value.score === 'number' && typeof value.data === 'function';
}

/** A site path (`/artiklar/x`), never another origin (`//evil`, `https:`). */
function isSitePath(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//');
}

/** The bundles an interface searches, from the manifest; null when the manifest is not one. */
export function bundlesFor(manifest: unknown, locale: Locale): SearchBundle[] | null {
  if (!isRecord(manifest)) return null;
  const entries = manifest[locale];
  if (!Array.isArray(entries)) return null;
  const bundles: SearchBundle[] = [];
  for (const entry of entries) {
    if (!isRecord(entry) || !isSitePath(entry.path) || typeof entry.lang !== 'string' || !isLocale(entry.lang)) return null;
    const bundle: SearchBundle = { path: entry.path, lang: entry.lang };
    if (entry.merge !== undefined) {
      if (!Array.isArray(entry.merge) || !entry.merge.every(isSitePath)) return null;
      bundle.merge = [...entry.merge];
    }
    if (entry.filters !== undefined) {
      if (!isStringRecord(entry.filters)) return null;
      bundle.filters = { ...entry.filters };
    }
    if (entry.linkLocale !== undefined) {
      if (typeof entry.linkLocale !== 'string' || !isLocale(entry.linkLocale)) return null;
      bundle.linkLocale = entry.linkLocale;
    }
    bundles.push(bundle);
  }
  return bundles;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isRecord(value) && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string');
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(?:lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Pagefind's excerpt is text with `<`/`>` escaped and the matches wrapped in `<mark>`. It becomes
 * plain parts, rendered as React text and `<mark>` elements: no HTML is ever injected.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decodeEntities(excerpt.slice(last, match.index)), mark: false });
    parts.push({ text: decodeEntities(match[1] ?? ''), mark: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decodeEntities(excerpt.slice(last)), mark: false });
  return parts.filter((part) => part.text !== '');
}

/** An article's address in another language's interface (`/artiklar/x` → `/en/articles/x`), from the routing table. */
export function articleAddressIn(locale: Locale, url: string): string | null {
  const resolved = resolvePublicPath(url);
  const slug = resolved?.route === '/artiklar/[slug]' ? resolved.params.slug : undefined;
  return slug === undefined ? null : localePath(locale, '/artiklar/[slug]', { params: { slug } });
}

/**
 * A result's loaded data (url, meta.title, meta.date, excerpt) as a SearchResult; null if
 * malformed. With `linkLocale`, the result links to the article's address in that language.
 */
export function toSearchResult(data: unknown, lang: Locale, linkLocale?: Locale): SearchResult | null {
  if (!isRecord(data) || !isSitePath(data.url) || typeof data.excerpt !== 'string' || !isRecord(data.meta)) return null;
  const url = linkLocale === undefined ? data.url : articleAddressIn(linkLocale, data.url);
  if (url === null) return null;
  const { title, date } = data.meta;
  if (typeof title !== 'string' || typeof date !== 'string' || Number.isNaN(Date.parse(date))) return null;
  return { url, title, date, excerpt: excerptParts(data.excerpt), lang };
}

/** Hits of one bundle's search response; throws when the response is not one. */
function hitsOf(response: unknown): PagefindHit[] {
  if (!isRecord(response) || !Array.isArray(response.results)) throw new Error('Pagefind returned no results list');
  return response.results.filter(isHit);
}

type LoadedBundle = { script: PagefindScript; bundle: SearchBundle };

async function loadBundle(bundle: SearchBundle): Promise<LoadedBundle> {
  // A runtime URL, never bundled: the index is generated after the build, into the build folder.
  // Each bundle's script is its own module instance, so each keeps its own language's stemmer.
  const script: unknown = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${bundle.path}pagefind.js`);
  if (!isPagefindScript(script)) throw new Error(`${bundle.path}pagefind.js is not Pagefind`);
  // The bundle's other shards join this instance: one search, one WebAssembly, results by score.
  // Asked for together: Pagefind loads a shard's files while its own are loading, and joins the
  // shard once its WebAssembly is there.
  const merge = bundle.merge ?? [];
  if (merge.length > 0 && typeof script.mergeIndex !== 'function') throw new Error(`${bundle.path}pagefind.js cannot merge ${merge[0]}`);
  await Promise.all([script.init(), ...merge.map((shard) => script.mergeIndex!(shard))]);
  return { script, bundle };
}

/** What Pagefind is asked with for a bundle: its filter, if it has one. */
const optionsOf = (bundle: SearchBundle): PagefindOptions | undefined => (bundle.filters ? { filters: bundle.filters } : undefined);

/**
 * What a search found: how many articles, and their results in order, loaded a slice at a time.
 * Pagefind gives every hit at once but fetches a hit's text fragment only when asked for it
 * (`data()`): a common word at 10,000 articles has thousands of hits, and loading every fragment
 * took 2,815 requests and 11.5 s at 3,000 (issue 16). Only what is shown is fetched.
 */
export type SearchHits = {
  total: number;
  /** The results from `start` up to (not including) `end`; malformed ones are left out. */
  load(start: number, end: number): Promise<SearchResult[]>;
};

type LangHit = { hit: PagefindHit; lang: Locale; linkLocale?: Locale };

/** Hits of every bundle, merged by Pagefind's score (as its own mergeIndex does), fragments unloaded. */
export function mergeHits(perBundle: readonly LangHit[][]): SearchHits {
  const hits = perBundle.flat().sort((a, b) => b.hit.score - a.hit.score);
  return {
    total: hits.length,
    async load(start, end) {
      const slice = hits.slice(Math.max(0, start), Math.max(0, end));
      const results = await Promise.all(slice.map(async ({ hit, lang, linkLocale }) => toSearchResult(await hit.data(), lang, linkLocale)));
      return results.filter((result) => result !== null);
    },
  };
}

/** A loaded search: `find` runs it; `preload` fetches the index chunks a term needs, ahead of it. */
export type Search = {
  find(term: string): Promise<SearchHits>;
  preload(term: string): Promise<void>;
};

/**
 * Loads the interface's bundles and returns its search. The English interface searches two:
 * the English translations (English stemming) and, in the Swedish bundle, the originals that
 * have no translation (Swedish stemming, linked at their /en address).
 */
export async function loadSearch(locale: Locale): Promise<Search> {
  const response = await fetch(SEARCH_MANIFEST_URL);
  if (!response.ok) throw new Error(`${SEARCH_MANIFEST_URL}: ${response.status}`);
  const bundles = bundlesFor(await response.json(), locale);
  if (!bundles) throw new Error(`${SEARCH_MANIFEST_URL} is malformed`);
  const loaded = await Promise.all(bundles.map(loadBundle));
  return {
    find: async (term) =>
      mergeHits(
        await Promise.all(
          loaded.map(async ({ script, bundle }) => hitsOf(await script.search(term, optionsOf(bundle))).map((hit) => ({ hit, lang: bundle.lang, linkLocale: bundle.linkLocale }))),
        ),
      ),
    // While the reader types: the search that follows the pause then finds its chunks loaded.
    preload: async (term) => {
      await Promise.all(loaded.map(({ script, bundle }) => script.preload?.(term, optionsOf(bundle))));
    },
  };
}
