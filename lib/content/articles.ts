import 'server-only';
import type { Article, Author } from 'contentlayer/generated';
import { articleBodyCode, contentData, feedHtmlById, type ContentData } from './content-data';
import { stockholmMonthKey } from '../dates';
import type { Heading } from '../mdx/headings';
import { isMediaImage, type MediaImage } from './media';
import { compareNewestFirst, compareSwedish } from './order';
import { localePath } from '../routing/paths';
import { rankRelated, type Rankable } from './related';
import { site, type Locale } from '../site';
import { slugify } from '../routing/slug';

// The only module that reads Contentlayer's output: pages ask here, never filter or sort themselves.

export type { Article, Author };

/**
 * While editing (`npm run dev`) every article shows, drafts and scheduled ones with a badge;
 * a production build never publishes a draft, nor an article before its date.
 */
const preview = process.env.NODE_ENV === 'development';

const times = new WeakMap<Article, number>();

/** An article's publication moment in milliseconds, parsed once. */
function timeOf(article: Article): number {
  let time = times.get(article);
  if (time === undefined) {
    time = Date.parse(article.date);
    times.set(article, time);
  }
  return time;
}

/** Published: not a draft, and its date has come. A future date schedules the article. */
export function isPublished(article: Article, now: number = Date.now()): boolean {
  return preview || (!article.draft && timeOf(article) <= now);
}

/** Scheduled: dated in the future (only ever shown while previewing). */
export function isScheduled(article: Article, now: number = Date.now()): boolean {
  return timeOf(article) > now;
}

type TopicEntry = { topic: Topic; articles: Article[] };
/** Topics in Swedish order, and each topic's articles by its slug. */
type TopicIndex = { topics: Topic[]; bySlug: Map<string, TopicEntry> };

/** What the pages ask for while the same articles are published, each worked out once. */
type View = {
  articles: Partial<Record<Locale, Article[]>>;
  topics: Partial<Record<Locale, TopicIndex>>;
  archive: Partial<Record<Locale, ArchiveYear[]>>;
  byAuthor: Partial<Record<Locale, Map<string, Article[]>>>;
  related: Partial<Record<Locale, Map<Article, RelatedEntry>>>;
};

/** An article as related-article ranking reads it (lib/content/related.ts), with its original's id. */
type RelatedEntry = Rankable & { article: Article; original: string };

/** Indexes over one version of the content: built once per server process (per edit while previewing). */
type Library = {
  data: ContentData;
  /** Swedish originals, newest first. */
  originals: Article[];
  originalBySlug: Map<string, Article>;
  translationBySlug: Map<string, Article>;
  translationByOriginal: Map<string, Article>;
  /** Earlier addresses of renamed articles (`redirectFrom`), by language of the file. */
  renamedFrom: Record<Locale, Map<string, Article>>;
  authors: Author[];
  authorBySlug: Map<string, Author>;
  /**
   * The publication moments of every article that is not a draft, ascending. Which articles are
   * published changes only when the clock passes one of them, so everything derived from the
   * published set is kept per "epoch": the number of moments passed.
   */
  moments: number[];
  views: Map<number, View>;
};

let current: Library | undefined;

function renamedFrom(articles: readonly Article[]): Map<string, Article> {
  return new Map(articles.flatMap((article) => (article.redirectFrom ?? []).map((old) => [old, article] as const)));
}

function library(): Library {
  const data = contentData();
  if (current?.data === data) return current;
  const originals = data.articles.filter((article) => article.locale === 'sv').sort(compareNewestFirst);
  const translations = data.articles.filter((article) => article.locale === 'en');
  current = {
    data,
    originals,
    originalBySlug: new Map(originals.map((article) => [article.urlSlug, article])),
    translationBySlug: new Map(translations.map((article) => [article.urlSlug, article])),
    translationByOriginal: new Map(translations.flatMap((article) => (article.translationOf ? [[article.translationOf, article] as const] : []))),
    renamedFrom: { sv: renamedFrom(originals), en: renamedFrom(translations) },
    authors: [...data.authors].sort((a, b) => compareSwedish(a.name, b.name)),
    authorBySlug: new Map(data.authors.map((author) => [author.slug, author])),
    moments: data.articles
      .filter((article) => !article.draft)
      .map(timeOf)
      .sort((a, b) => a - b),
    views: new Map(),
  };
  return current;
}

/** How many publication moments lie at or before `now` (binary search). */
function epochOf(moments: number[], now: number): number {
  let low = 0;
  let high = moments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (moments[middle]! <= now) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The cached answers for the set of articles published at `now`. */
function viewAt(now: number): View {
  const { moments, views } = library();
  const epoch = preview ? 0 : epochOf(moments, now);
  let view = views.get(epoch);
  if (!view) {
    // Tests may ask about many moments; a server only ever moves forward.
    if (views.size >= 8) views.clear();
    view = { articles: {}, topics: {}, archive: {}, byAuthor: {}, related: {} };
    views.set(epoch, view);
  }
  return view;
}

function published(article: Article | undefined, now: number): Article | undefined {
  return article && isPublished(article, now) ? article : undefined;
}

function translationFor(original: Article, now: number): Article | undefined {
  return published(library().translationByOriginal.get(original.urlSlug), now);
}

function originalFor(translation: Article, now: number): Article | undefined {
  return translation.translationOf ? published(library().originalBySlug.get(translation.translationOf), now) : undefined;
}

function publishedOriginals(now: number): Article[] {
  return library().originals.filter((article) => isPublished(article, now));
}

/**
 * Every published article as the interface shows it, newest first. The English interface lists
 * every article: the English translation where there is one, else the Swedish original.
 * The list is shared between callers: read it, never change it.
 */
export function getArticles(locale: Locale, now: number = Date.now()): Article[] {
  const view = viewAt(now);
  let articles = view.articles[locale];
  if (!articles) {
    const live = publishedOriginals(now);
    articles = locale === 'sv' ? live : live.map((original) => translationFor(original, now) ?? original).sort(compareNewestFirst);
    view.articles[locale] = articles;
  }
  return articles;
}

export type ArticleLookup = { article: Article } | { redirectTo: string } | null;

/**
 * The article at `/artiklar/<slug>` (or `/en/articles/<slug>`). Under `/en`, a Swedish slug whose
 * article has a translation leads to the translation.
 */
export function getArticle(locale: Locale, slug: string, now: number = Date.now()): ArticleLookup {
  const { originalBySlug, translationBySlug } = library();
  const original = published(originalBySlug.get(slug), now);
  if (locale === 'sv') return original ? { article: original } : renamed('sv', slug, now);
  const translation = published(translationBySlug.get(slug), now);
  if (translation && originalFor(translation, now)) return { article: translation };
  if (!original) return renamed('en', slug, now);
  const preferred = translationFor(original, now);
  return preferred ? { redirectTo: articlePath('en', preferred) } : { article: original };
}

/**
 * An earlier address of a renamed article (its `redirectFrom`) leads to the current one. Under
 * `/en` an old Swedish slug leads where the current Swedish slug would: the translation, if any.
 */
function renamed(locale: Locale, slug: string, now: number): ArticleLookup {
  const { renamedFrom } = library();
  const translation = locale === 'en' ? published(renamedFrom.en.get(slug), now) : undefined;
  if (translation && originalFor(translation, now)) return { redirectTo: articlePath('en', translation) };
  const original = published(renamedFrom.sv.get(slug), now);
  if (!original) return null;
  return { redirectTo: articlePath(locale, (locale === 'en' && translationFor(original, now)) || original) };
}

/** Untranslated articles whose `/en` copy the build prerenders too: the newest, the likeliest read. */
const PRERENDERED_ENGLISH_COPIES = 20;

/**
 * The article pages a build prerenders: every Swedish article, and under `/en` the translations,
 * the Swedish slugs that lead to them (so the redirect is cached) and the newest untranslated
 * copies. Older copies, whose canonical is the Swedish page, are rendered on first request and
 * cached. (The English list must not be empty either: Next 16 then prerenders neither language.)
 */
export function prerenderedArticleSlugs(locale: Locale, now: number = Date.now()): string[] {
  const live = publishedOriginals(now);
  if (locale === 'sv') return [...live.map((article) => article.urlSlug), ...renamedSlugs('sv', now)];
  const translated = live.flatMap((original) => {
    const translation = translationFor(original, now);
    return translation ? [translation.urlSlug, original.urlSlug] : [];
  });
  const copies = live.filter((original) => !translationFor(original, now)).slice(0, PRERENDERED_ENGLISH_COPIES);
  return [...translated, ...copies.map((original) => original.urlSlug), ...renamedSlugs('en', now)];
}

/**
 * The earlier addresses of renamed articles in an interface, prerendered too, so each answers its
 * 308 from the build's cache. Under `/en` both the old translation slugs and the old Swedish ones.
 */
function renamedSlugs(locale: Locale, now: number): string[] {
  const { renamedFrom } = library();
  const maps = locale === 'sv' ? [renamedFrom.sv] : [renamedFrom.en, renamedFrom.sv];
  return [...new Set(maps.flatMap((map) => [...map].filter(([, article]) => isPublished(article, now)).map(([old]) => old)))];
}

/** The article's address in an interface. */
export function articlePath(locale: Locale, article: Article): string {
  return localePath(locale, '/artiklar/[slug]', { params: { slug: article.urlSlug } });
}

export type Counterpart = {
  /** The page in the other interface language. */
  path: string;
  locale: Locale;
  /** True when the other page is a real translation, which hreflang may announce. */
  translated: boolean;
};

/** The same article in the other interface: its translation, or the same text under the other interface. */
export function articleCounterpart(locale: Locale, article: Article, now: number = Date.now()): Counterpart {
  if (article.locale === 'en') {
    const original = originalFor(article, now);
    return { locale: 'sv', path: original ? articlePath('sv', original) : localePath('sv', '/'), translated: Boolean(original) };
  }
  if (locale === 'en') return { locale: 'sv', path: articlePath('sv', article), translated: false };
  const translation = translationFor(article, now);
  return translation
    ? { locale: 'en', path: articlePath('en', translation), translated: true }
    : { locale: 'en', path: articlePath('en', article), translated: false };
}

/** The Swedish original of an article (itself when it is Swedish). */
export function originalOf(article: Article, now: number = Date.now()): Article {
  return article.locale === 'sv' ? article : (originalFor(article, now) ?? article);
}

/** An article's ranking entry, made once per set of published articles. */
function relatedEntry(article: Article, now: number): RelatedEntry {
  return { id: article._id, date: article.date, tags: article.tags, time: timeOf(article), article, original: originalOf(article, now)._id };
}

/** Every listed article's ranking entry, by article: made once, not once per article page. */
function relatedEntries(locale: Locale, now: number): Map<Article, RelatedEntry> {
  const view = viewAt(now);
  let entries = view.related[locale];
  if (!entries) {
    entries = new Map(getArticles(locale, now).map((article) => [article, relatedEntry(article, now)]));
    view.related[locale] = entries;
  }
  return entries;
}

/**
 * The articles to read next (lib/content/related.ts ranks them). Only articles sharing a topic can beat
 * one that shares none, so those are ranked first, from the topic index; the whole archive is
 * ranked only when fewer of them than are shown exist.
 *
 * Every article page asks this, and so does every scheduled publication for every article
 * (lib/content/publication.ts): the candidates' entries are made once per set of published
 * articles, and each page only counts and compares. At 3,000 articles, making them for each page
 * was a twentieth of the prerendering's CPU time (a CPU profile of the generate step, by hand).
 */
export function relatedArticles(locale: Locale, article: Article, now: number = Date.now()): Article[] {
  const entries = relatedEntries(locale, now);
  const target = entries.get(article) ?? relatedEntry(article, now);
  const { bySlug } = topicIndex(locale, now);
  const sharing = new Set<RelatedEntry>();
  for (const tag of article.tags) {
    for (const candidate of bySlug.get(topicSlug(tag))?.articles ?? []) {
      const entry = entries.get(candidate)!;
      if (entry.original !== target.original) sharing.add(entry);
    }
  }
  const candidates = sharing.size >= site.relatedCount ? sharing : [...entries.values()].filter((entry) => entry.original !== target.original);
  return rankRelated(target, candidates, site.relatedCount).map((entry) => entry.article);
}

// Authors

/** Every author in Swedish alphabetical order (a shared list: read it, never change it). */
export function getAuthors(): Author[] {
  return library().authors;
}

export function getAuthor(slug: string): Author | undefined {
  return library().authorBySlug.get(slug);
}

export function authorOf(article: Article): Author {
  const author = getAuthor(article.author);
  // check:content stops the build before this can happen; this names the file if it does.
  if (!author) throw new Error(`${article._raw.sourceFilePath}: unknown author "${article.author}"`);
  return author;
}

/** An author's published articles, newest first (a shared list: read it, never change it). */
export function articlesByAuthor(locale: Locale, slug: string, now: number = Date.now()): Article[] {
  const view = viewAt(now);
  let index = view.byAuthor[locale];
  if (!index) {
    index = new Map();
    for (const article of getArticles(locale, now)) {
      const list = index.get(article.author);
      if (list) list.push(article);
      else index.set(article.author, [article]);
    }
    view.byAuthor[locale] = index;
  }
  return index.get(slug) ?? [];
}

// Topics

export type Topic = { name: string; slug: string; count: number };

const topicSlugs = new Map<string, string>();

export function topicSlug(name: string): string {
  let slug = topicSlugs.get(name);
  if (slug === undefined) {
    slug = slugify(name);
    topicSlugs.set(name, slug);
  }
  return slug;
}

function topicIndex(locale: Locale, now: number): TopicIndex {
  const view = viewAt(now);
  let index = view.topics[locale];
  if (!index) {
    const bySlug = new Map<string, TopicEntry>();
    for (const article of getArticles(locale, now)) {
      // Two spellings of one topic ("Smart industri", "smart industri") count the article once.
      const counted = new Set<string>();
      for (const name of article.tags) {
        const slug = topicSlug(name);
        if (counted.has(slug)) continue;
        counted.add(slug);
        const entry = bySlug.get(slug) ?? { topic: { name, slug, count: 0 }, articles: [] };
        entry.topic.count += 1;
        entry.articles.push(article);
        bySlug.set(slug, entry);
      }
    }
    const topics = [...bySlug.values()].map((entry) => entry.topic).sort((a, b) => compareSwedish(a.name, b.name));
    index = { topics, bySlug };
    view.topics[locale] = index;
  }
  return index;
}

/** Every topic of the published articles, in Swedish alphabetical order, with its article count. */
export function getTopics(locale: Locale, now: number = Date.now()): Topic[] {
  return topicIndex(locale, now).topics;
}

export function getTopic(locale: Locale, slug: string, now: number = Date.now()): { topic: Topic; articles: Article[] } | null {
  return topicIndex(locale, now).bySlug.get(slug) ?? null;
}

// Archive

/** One year of the archive (Stockholm time), its articles newest first. */
export type ArchiveYear = { year: string; articles: Article[] };

/** A run of articles of one month (Stockholm time), as a page of the archive shows them. */
export type ArchiveMonth = { key: string; date: string; articles: Article[] };

/** The year an article belongs to in Stockholm time: `2018`. */
export function stockholmYear(article: Article): string {
  return stockholmMonthKey(article.date).slice(0, 4);
}

/** Published articles grouped by year in Stockholm time, newest year first. */
export function getArchiveYears(locale: Locale, now: number = Date.now()): ArchiveYear[] {
  const view = viewAt(now);
  let archive = view.archive[locale];
  if (!archive) {
    const years = new Map<string, ArchiveYear>();
    for (const article of getArticles(locale, now)) {
      const year = stockholmYear(article);
      const entry = years.get(year) ?? { year, articles: [] };
      entry.articles.push(article);
      years.set(year, entry);
    }
    archive = [...years.values()];
    view.archive[locale] = archive;
  }
  return archive;
}

/** One year of the archive; null for a year nothing was published in. */
export function getArchiveYear(locale: Locale, year: string, now: number = Date.now()): ArchiveYear | null {
  return getArchiveYears(locale, now).find((entry) => entry.year === year) ?? null;
}

/** Articles (newest first) in runs of one month each, as a page of a year shows them. */
export function groupByMonth(articles: readonly Article[]): ArchiveMonth[] {
  const months: ArchiveMonth[] = [];
  for (const article of articles) {
    const key = stockholmMonthKey(article.date);
    const last = months.at(-1);
    if (last?.key === key) last.articles.push(article);
    else months.push({ key, date: article.date, articles: [article] });
  }
  return months;
}

// Typed views of Contentlayer's `json` fields, checked rather than cast.

/** An article's lead image as served, or null. */
export function leadImage(article: Article): MediaImage | null {
  return isMediaImage(article.media) ? article.media : null;
}

/** The pictures the body shows with <Bild>, by the src the editor wrote. */
export function bodyImages(article: Article): Record<string, MediaImage> {
  const value: unknown = article.bodyImages;
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, MediaImage] => isMediaImage(entry[1])));
}

export function articleHeadings(article: Article): Heading[] {
  const value: unknown = article.headings;
  if (!Array.isArray(value)) return [];
  return value.filter((heading): heading is Heading => {
    if (typeof heading !== 'object' || heading === null) return false;
    const { id, text, level } = heading as Record<string, unknown>;
    return typeof id === 'string' && typeof text === 'string' && (level === 2 || level === 3);
  });
}

/** An article's compiled MDX body, read when its page is rendered. */
export function bodyCodeOf(article: Article): string {
  return articleBodyCode(article);
}

/** An article's body as HTML for the feeds, made at build time for the articles a feed can carry; null for any other. */
export function feedHtmlOf(article: Article): string | null {
  const html = feedHtmlById()[article._id];
  return typeof html === 'string' ? html : null;
}

/** An author's portrait as served; check:content makes sure every author has one. */
export function portraitOf(author: Author): MediaImage {
  if (!isMediaImage(author.media)) throw new Error(`${author._raw.sourceFilePath}: the portrait could not be read`);
  return author.media;
}

// Publication moments, for the schedule that revalidates pages when an article is published

/** Every moment at which an article (not a draft) is published, ascending, each once. */
export function publicationMoments(): number[] {
  const { moments } = library();
  return moments.filter((moment, index) => index === 0 || moments[index - 1] !== moment);
}

/** The articles (Swedish originals and translations, not drafts) published at exactly `moment`. */
export function articlesPublishedAt(moment: number): Article[] {
  return library().data.articles.filter((article) => !article.draft && timeOf(article) === moment);
}
