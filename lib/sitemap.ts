import { articleCounterpart, articlePath, getArticles, getAuthors, getTopic, getTopics, type Article } from './articles';
import { articlesPagePath, pageCount, topicPagePath } from './listings';
import { absoluteUrl, hreflangLanguages } from './metadata';
import { localePath, type StaticRoute } from './paths';
import { locales, type Locale } from './site';

export type SitemapEntry = { url: string; lastModified?: string; alternates?: { languages: Record<string, string> } };

const STATIC_ROUTES: StaticRoute[] = ['/', '/artiklar', '/amnen', '/skribenter', '/arkiv', '/sok', '/tillganglighet'];

function both(pathFor: (locale: Locale) => string, lastModified?: string): SitemapEntry[] {
  const languages = hreflangLanguages({ sv: pathFor('sv'), en: pathFor('en') });
  return locales.map((locale) => ({ url: absoluteUrl(pathFor(locale)), lastModified, alternates: languages ? { languages } : undefined }));
}

const modified = (article: Article) => article.updated ?? article.date;

function newest(articles: Article[]): string | undefined {
  return articles.map(modified).sort().at(-1);
}

/**
 * Every published page a crawler should index, in both languages. An untranslated article's
 * English copy is left out: its canonical is the Swedish page, and a sitemap lists canonicals only.
 */
export function sitemapEntries(now: number = Date.now()): SitemapEntry[] {
  const swedish = getArticles('sv', now);
  const latest = newest(swedish);
  const entries: SitemapEntry[] = STATIC_ROUTES.flatMap((route) => both((locale) => localePath(locale, route), route === '/sok' || route === '/tillganglighet' ? undefined : latest));

  for (let page = 2; page <= pageCount(swedish.length); page += 1) entries.push(...both((locale) => articlesPagePath(locale, page), latest));

  for (const topic of getTopics('sv', now)) {
    const articles = getTopic('sv', topic.slug, now)?.articles ?? [];
    const path = topicPagePath(topic.slug);
    for (let page = 1; page <= pageCount(topic.count); page += 1) entries.push(...both((locale) => path(locale, page), newest(articles)));
  }
  for (const author of getAuthors()) {
    entries.push(...both((locale) => localePath(locale, '/skribenter/[slug]', { params: { slug: author.slug } }), newest(swedish.filter((a) => a.author === author.slug))));
  }

  for (const locale of locales) {
    for (const article of getArticles(locale, now)) {
      if (article.locale !== locale) continue;
      const counterpart = articleCounterpart(locale, article, now);
      const own = articlePath(locale, article);
      const languages = counterpart.translated ? hreflangLanguages({ [locale]: own, [counterpart.locale]: counterpart.path }) : undefined;
      entries.push({ url: absoluteUrl(own), lastModified: modified(article), alternates: languages ? { languages } : undefined });
    }
  }
  return entries;
}
