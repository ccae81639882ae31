import 'server-only';
import { articlePath, articlesPublishedAt, getArticles, originalOf, publicationMoments, relatedArticles, type Article } from './articles';
import { locales } from '../site';

// What changes when an article is published. Pages are rendered once per deploy (no revalidate
// interval), so when a scheduled article's time comes, the publication schedule
// (lib/content/publication-schedule.ts) revalidates exactly the pages that show it: these, plus every
// listing, feed and the sitemap.

/** The share image of an article in its own language (app/og). */
function shareImagePath(article: Article): string {
  return `/og/${article.locale}/${article.urlSlug}.png`;
}

function sameArticles(a: Article[], b: Article[]): boolean {
  return a.length === b.length && a.every((article, index) => article._id === b[index]!._id);
}

/**
 * The article pages (addresses readers see) whose content changes at `moment`: the articles
 * published then, in both interfaces, their counterparts, and every article whose related posts
 * take one of them up.
 */
export function pagesChangedAt(moment: number): string[] {
  const fresh = articlesPublishedAt(moment);
  if (fresh.length === 0) return [];
  const before = moment - 1;
  const paths = new Set<string>();
  for (const article of fresh) {
    paths.add(shareImagePath(article));
    if (article.locale === 'sv') {
      paths.add(articlePath('sv', article));
      paths.add(articlePath('en', article));
      continue;
    }
    paths.add(articlePath('en', article));
    const original = originalOf(article, moment);
    if (original !== article) {
      // The original now names its translation, and its English copy leads there.
      paths.add(articlePath('sv', original));
      paths.add(articlePath('en', original));
    }
  }
  const freshIds = new Set(fresh.map((article) => article._id));
  for (const locale of locales) {
    for (const article of getArticles(locale, moment)) {
      if (freshIds.has(article._id)) continue;
      if (!sameArticles(relatedArticles(locale, article, before), relatedArticles(locale, article, moment))) paths.add(articlePath(locale, article));
    }
  }
  return [...paths];
}

/** Publication moments after `since`, up to and including `until`. */
export function momentsBetween(since: number, until: number): number[] {
  return publicationMoments().filter((moment) => moment > since && moment <= until);
}

/** The first publication moment after `since`, if any. */
export function nextMomentAfter(since: number): number | undefined {
  return publicationMoments().find((moment) => moment > since);
}
