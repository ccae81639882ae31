import { articleCounterpart, articlePath, articlesByAuthor, getArchiveYear, getArchiveYears, getArticles, getAuthors, getTopic, getTopics, stockholmYear, type Article } from '../content/articles';
import { escapeXml } from './feed';
import { archiveYearPagePath, articlesPagePath, authorPagePath, pageCount, topicPagePath } from '../content/listings';
import { absoluteUrl, hreflangLanguages } from './metadata';
import { localePath, type StaticRoute } from '../routing/paths';
import { locales, otherLocale, site, type Locale } from '../site';

// The sitemap: an index at /sitemap.xml (app/sitemap.xml) naming files under /sitemaps/
// (app/sitemaps/[file]): the site's own pages and listings in one, the articles of each year in
// another. Search engines read at most 50,000 addresses a file; no file here holds more than
// SITEMAP_FILE_LIMIT, and a group that grows past it is cut into numbered parts.

export type SitemapEntry = { url: string; lastModified?: string; alternates?: { languages: Record<string, string> } };

export type SitemapFile = { name: string; path: string; entries: SitemapEntry[]; lastModified?: string };

/** Addresses per file: a fifth of what search engines accept, so no file nears their limit. */
export const SITEMAP_FILE_LIMIT = 10_000;

const STATIC_ROUTES: StaticRoute[] = ['/', '/artiklar', '/amnen', '/skribenter', '/arkiv', '/sok', '/tillganglighet'];

function both(pathFor: (locale: Locale) => string, lastModified?: string): SitemapEntry[] {
  const languages = hreflangLanguages({ sv: pathFor('sv'), en: pathFor('en') });
  return locales.map((locale) => ({ url: absoluteUrl(pathFor(locale)), lastModified, alternates: languages ? { languages } : undefined }));
}

const modified = (article: Article) => article.updated ?? article.date;

function newest(articles: readonly Article[]): string | undefined {
  let latest: string | undefined;
  for (const article of articles) {
    const value = modified(article);
    if (latest === undefined || value > latest) latest = value;
  }
  return latest;
}

/** The site's own pages and every page of every listing, in both languages. */
function pageEntries(now: number): SitemapEntry[] {
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
    const articles = articlesByAuthor('sv', author.slug, now);
    const path = authorPagePath(author.slug);
    for (let page = 1; page <= pageCount(articles.length); page += 1) entries.push(...both((locale) => path(locale, page), newest(articles)));
  }
  // A year's pages in each interface; alternates where the other interface has the same page
  // (a translation dated in another year than its original can make the two differ).
  for (const locale of locales) {
    for (const { year, articles } of getArchiveYears(locale, now)) {
      const path = archiveYearPagePath(year);
      const other = getArchiveYear(otherLocale(locale), year, now);
      const otherPages = other ? pageCount(other.articles.length, site.archivePageSize) : 0;
      for (let page = 1; page <= pageCount(articles.length, site.archivePageSize); page += 1) {
        const languages = page <= otherPages ? hreflangLanguages({ sv: path('sv', page), en: path('en', page) }) : undefined;
        entries.push({ url: absoluteUrl(path(locale, page)), lastModified: newest(articles), alternates: languages ? { languages } : undefined });
      }
    }
  }
  return entries;
}

/**
 * Every article page a crawler should index, by the year it was published in (Stockholm time),
 * or only those of `onlyYear`. An untranslated article's English copy is left out: its canonical
 * is the Swedish page, and a sitemap lists canonicals only.
 */
function articleEntriesByYear(now: number, onlyYear?: string): Map<string, SitemapEntry[]> {
  const byYear = new Map<string, SitemapEntry[]>();
  for (const locale of locales) {
    for (const article of getArticles(locale, now)) {
      if (article.locale !== locale) continue;
      const year = stockholmYear(article);
      if (onlyYear !== undefined && year !== onlyYear) continue;
      const counterpart = articleCounterpart(locale, article, now);
      const own = articlePath(locale, article);
      const languages = counterpart.translated ? hreflangLanguages({ [locale]: own, [counterpart.locale]: counterpart.path }) : undefined;
      const list = byYear.get(year) ?? [];
      list.push({ url: absoluteUrl(own), lastModified: modified(article), alternates: languages ? { languages } : undefined });
      byYear.set(year, list);
    }
  }
  return byYear;
}

/** A group of addresses as files of at most `limit`: `name`, then `name-2`, `name-3`, … */
export function splitIntoFiles(name: string, entries: SitemapEntry[], limit: number = SITEMAP_FILE_LIMIT): SitemapFile[] {
  const parts = Math.max(1, Math.ceil(entries.length / limit));
  return Array.from({ length: parts }, (_, index) => {
    const slice = entries.slice(index * limit, (index + 1) * limit);
    const fileName = index === 0 ? name : `${name}-${index + 1}`;
    const dates = slice.flatMap((entry) => (entry.lastModified ? [entry.lastModified] : []));
    const lastModified = dates.reduce<string | undefined>((latest, date) => (latest === undefined || date > latest ? date : latest), undefined);
    return { name: fileName, path: `/sitemaps/${fileName}.xml`, entries: slice, lastModified };
  });
}

/** Every sitemap file: the pages first, then the articles of each year, newest year first. */
export function sitemapFiles(now: number = Date.now()): SitemapFile[] {
  const files = splitIntoFiles('sidor', pageEntries(now));
  const years = [...articleEntriesByYear(now)].sort(([a], [b]) => b.localeCompare(a));
  for (const [year, entries] of years) files.push(...splitIntoFiles(`artiklar-${year}`, entries));
  return files;
}

/**
 * One file of the sitemap by its name (`artiklar-2018`, `artiklar-2018-2`, `sidor`), or null. Only
 * its own group is built: each file is rendered on its own, and the whole sitemap once per file
 * would be the archive as many times as it has years.
 */
export function sitemapFile(name: string, now: number = Date.now()): SitemapFile | null {
  const group = /^(sidor|artiklar-(\d{4}))(?:-\d+)?$/.exec(name);
  if (!group) return null;
  const [, groupName = '', year] = group;
  const entries = year === undefined ? pageEntries(now) : (articleEntriesByYear(now, year).get(year) ?? []);
  if (entries.length === 0) return null;
  return splitIntoFiles(groupName, entries).find((file) => file.name === name) ?? null;
}

/** A Sitemaps 0.9 `<lastmod>`: the instant in UTC, as W3C Datetime allows. */
function lastmod(value: string | undefined): string {
  return value ? `<lastmod>${escapeXml(new Date(value).toISOString())}</lastmod>` : '';
}

export function sitemapIndexXml(files: readonly SitemapFile[]): string {
  const items = files.map((file) => `  <sitemap><loc>${escapeXml(absoluteUrl(file.path))}</loc>${lastmod(file.lastModified)}</sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${items.join('\n')}
</sitemapindex>
`;
}

export function urlsetXml(entries: readonly SitemapEntry[]): string {
  const items = entries.map((entry) => {
    const alternates = Object.entries(entry.alternates?.languages ?? {}).map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`);
    return `  <url><loc>${escapeXml(entry.url)}</loc>${lastmod(entry.lastModified)}${alternates.join('')}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${items.join('\n')}
</urlset>
`;
}

export const SITEMAP_CONTENT_TYPE = 'application/xml; charset=utf-8';
