import { allArticles, allAuthors, type Article, type Author } from 'contentlayer/generated';
import { stockholmMonthKey } from './dates';
import type { Heading } from './headings';
import { isMediaImage, type MediaImage } from './media';
import { compareNewestFirst, compareSwedish } from './order';
import { localePath } from './paths';
import { rankRelated } from './related';
import { site, type Locale } from './site';
import { slugify } from './slug';

// The only module that reads Contentlayer's output: pages ask here, never filter or sort themselves.

export type { Article, Author };

/**
 * While editing (`npm run dev`) every article shows, drafts and scheduled ones with a badge;
 * a production build never publishes a draft, nor an article before its date.
 */
const preview = process.env.NODE_ENV === 'development';

/** Published: not a draft, and its date has come. A future date schedules the article. */
export function isPublished(article: Article, now: number = Date.now()): boolean {
  return preview || (!article.draft && Date.parse(article.date) <= now);
}

/** Scheduled: dated in the future (only ever shown while previewing). */
export function isScheduled(article: Article, now: number = Date.now()): boolean {
  return Date.parse(article.date) > now;
}

// Sorted and indexed once per server process: every page render then filters, never sorts or scans.
const originals = allArticles.filter((article) => article.locale === 'sv').sort(compareNewestFirst);
const translations = allArticles.filter((article) => article.locale === 'en');
const originalBySlug = new Map(originals.map((article) => [article.urlSlug, article]));
const translationBySlug = new Map(translations.map((article) => [article.urlSlug, article]));
const translationByOriginal = new Map(translations.flatMap((article) => (article.translationOf ? [[article.translationOf, article] as const] : [])));

function published(article: Article | undefined, now: number): Article | undefined {
  return article && isPublished(article, now) ? article : undefined;
}

function translationFor(original: Article, now: number): Article | undefined {
  return published(translationByOriginal.get(original.urlSlug), now);
}

function originalFor(translation: Article, now: number): Article | undefined {
  return translation.translationOf ? published(originalBySlug.get(translation.translationOf), now) : undefined;
}

/**
 * Every published article as the interface shows it, newest first. The English interface lists
 * every article: the English translation where there is one, else the Swedish original.
 */
export function getArticles(locale: Locale, now: number = Date.now()): Article[] {
  const live = originals.filter((article) => isPublished(article, now));
  if (locale === 'sv') return live;
  return live.map((original) => translationFor(original, now) ?? original).sort(compareNewestFirst);
}

export type ArticleLookup = { article: Article } | { redirectTo: string } | null;

/**
 * The article at `/artiklar/<slug>` (or `/en/articles/<slug>`). Under `/en`, a Swedish slug whose
 * article has a translation leads to the translation.
 */
export function getArticle(locale: Locale, slug: string, now: number = Date.now()): ArticleLookup {
  const original = published(originalBySlug.get(slug), now);
  if (locale === 'sv') return original ? { article: original } : null;
  const translation = published(translationBySlug.get(slug), now);
  if (translation && originalFor(translation, now)) return { article: translation };
  if (!original) return null;
  const preferred = translationFor(original, now);
  return preferred ? { redirectTo: articlePath('en', preferred) } : { article: original };
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
  const live = originals.filter((original) => isPublished(original, now));
  if (locale === 'sv') return live.map((article) => article.urlSlug);
  const translated = live.flatMap((original) => {
    const translation = translationFor(original, now);
    return translation ? [translation.urlSlug, original.urlSlug] : [];
  });
  const copies = live.filter((original) => !translationFor(original, now)).slice(0, PRERENDERED_ENGLISH_COPIES);
  return [...translated, ...copies.map((original) => original.urlSlug)];
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

export function relatedArticles(locale: Locale, article: Article, now: number = Date.now()): Article[] {
  const self = originalOf(article, now)._id;
  const candidates = getArticles(locale, now).filter((candidate) => originalOf(candidate, now)._id !== self);
  const rank = (a: Article) => ({ id: a._id, date: a.date, tags: a.tags });
  const ranked = rankRelated(rank(article), candidates.map((candidate) => ({ ...rank(candidate), article: candidate })), site.relatedCount);
  return ranked.map(({ article: candidate }) => candidate);
}

// Authors

export function getAuthors(): Author[] {
  return [...allAuthors].sort((a, b) => compareSwedish(a.name, b.name));
}

export function getAuthor(slug: string): Author | undefined {
  return allAuthors.find((author) => author.slug === slug);
}

export function authorOf(article: Article): Author {
  const author = getAuthor(article.author);
  // check:content stops the build before this can happen; this names the file if it does.
  if (!author) throw new Error(`${article._raw.sourceFilePath}: unknown author "${article.author}"`);
  return author;
}

export function articlesByAuthor(locale: Locale, slug: string, now: number = Date.now()): Article[] {
  return getArticles(locale, now).filter((article) => article.author === slug);
}

// Topics

export type Topic = { name: string; slug: string; count: number };

export function topicSlug(name: string): string {
  return slugify(name);
}

/** Every topic of the published articles, in Swedish alphabetical order, with its article count. */
export function getTopics(locale: Locale, now: number = Date.now()): Topic[] {
  const topics = new Map<string, Topic>();
  for (const article of getArticles(locale, now)) {
    for (const name of article.tags) {
      const slug = topicSlug(name);
      const topic = topics.get(slug) ?? { name, slug, count: 0 };
      topic.count += 1;
      topics.set(slug, topic);
    }
  }
  return [...topics.values()].sort((a, b) => compareSwedish(a.name, b.name));
}

export function getTopic(locale: Locale, slug: string, now: number = Date.now()): { topic: Topic; articles: Article[] } | null {
  const topic = getTopics(locale, now).find((candidate) => candidate.slug === slug);
  if (!topic) return null;
  const articles = getArticles(locale, now).filter((article) => article.tags.some((tag) => topicSlug(tag) === slug));
  return { topic, articles };
}

// Archive

export type ArchiveMonth = { key: string; date: string; articles: Article[] };

/** Published articles grouped by month in Stockholm time, newest month first. */
export function getArchive(locale: Locale, now: number = Date.now()): ArchiveMonth[] {
  const months = new Map<string, ArchiveMonth>();
  for (const article of getArticles(locale, now)) {
    const key = stockholmMonthKey(article.date);
    const month = months.get(key) ?? { key, date: article.date, articles: [] };
    month.articles.push(article);
    months.set(key, month);
  }
  return [...months.values()];
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

/** An author's portrait as served; check:content makes sure every author has one. */
export function portraitOf(author: Author): MediaImage {
  if (!isMediaImage(author.media)) throw new Error(`${author._raw.sourceFilePath}: the portrait could not be read`);
  return author.media;
}
