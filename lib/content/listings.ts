import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { articlesByAuthor, getArchiveYear, getAuthor, getTopic, getArticles } from './articles';
import { mdxToPlainText, truncateWords } from '../mdx/text';
import { pageMetadata, routeMetadata } from '../seo/metadata';
import { notFound, permanentRedirect } from 'next/navigation';
import { pageCountFor, parsePageParam } from './order';
import { localePath, type StaticRoute } from '../routing/paths';
import { otherLocale, site, type Locale } from '../site';

// Addresses and metadata of the listings, shared by their first page and page N.

/** Metadata of a section page whose message namespace has a `title` and an `intro`. */
export async function sectionMetadata(locale: Locale, route: StaticRoute, namespace: 'Topics' | 'Authors' | 'Archive' | 'Search' | 'Accessibility'): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace });
  return routeMetadata(locale, route, { title: t('title'), description: t('intro') });
}

export function articlesPagePath(locale: Locale, page: number): string {
  return page === 1 ? localePath(locale, '/artiklar') : localePath(locale, '/artiklar/sida/[page]', { params: { page } });
}

export function topicPagePath(slug: string) {
  return (locale: Locale, page: number): string =>
    page === 1 ? localePath(locale, '/amnen/[slug]', { params: { slug } }) : localePath(locale, '/amnen/[slug]/sida/[page]', { params: { slug, page } });
}

export function authorPagePath(slug: string) {
  return (locale: Locale, page: number): string =>
    page === 1 ? localePath(locale, '/skribenter/[slug]', { params: { slug } }) : localePath(locale, '/skribenter/[slug]/sida/[page]', { params: { slug, page } });
}

export function archiveYearPagePath(year: string) {
  return (locale: Locale, page: number): string =>
    page === 1 ? localePath(locale, '/arkiv/[year]', { params: { year } }) : localePath(locale, '/arkiv/[year]/sida/[page]', { params: { year, page } });
}

/** A year in a URL: four digits, as the archive writes them. */
export function parseYearParam(value: string): string | null {
  return /^\d{4}$/.test(value) ? value : null;
}

export function pageCount(total: number, pageSize: number = site.pageSize): number {
  return pageCountFor(total, pageSize);
}

/** Static params for pages 2…N of a listing; page 1 has its own address. */
export function laterPageParams(total: number, pageSize: number = site.pageSize): { page: string }[] {
  // Beyond the first twenty, pages are rendered on first request and then cached like the rest.
  return Array.from({ length: Math.min(pageCount(total, pageSize), 20) - 1 }, (_, index) => ({ page: String(index + 2) }));
}

async function pageSuffix(locale: Locale, page: number, total: number, pageSize: number = site.pageSize): Promise<string> {
  if (page === 1) return '';
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  return ` – ${t('status', { page, pageCount: pageCount(total, pageSize) })}`;
}

export async function articleListingMetadata(locale: Locale, page: number): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Articles' });
  return pageMetadata({
    locale,
    title: `${t('title')}${await pageSuffix(locale, page, getArticles(locale).length)}`,
    description: t('intro'),
    path: articlesPagePath(locale, page),
    languages: { sv: articlesPagePath('sv', page), en: articlesPagePath('en', page) },
  });
}

export async function topicMetadata(locale: Locale, slug: string, page: number): Promise<Metadata> {
  const found = getTopic(locale, slug);
  if (!found) return {};
  const t = await getTranslations({ locale, namespace: 'Topics' });
  const path = topicPagePath(slug);
  return pageMetadata({
    locale,
    title: `${found.topic.name}${await pageSuffix(locale, page, found.articles.length)}`,
    description: t('topicIntro', { name: found.topic.name }),
    path: path(locale, page),
    languages: { sv: path('sv', page), en: path('en', page) },
  });
}

export async function authorMetadata(locale: Locale, slug: string, page: number): Promise<Metadata> {
  const author = getAuthor(slug);
  if (!author) return {};
  const path = authorPagePath(slug);
  return pageMetadata({
    locale,
    title: `${author.name}${await pageSuffix(locale, page, articlesByAuthor(locale, slug).length)}`,
    description: truncateWords(mdxToPlainText(author.body.raw), 30),
    path: path(locale, page),
    languages: { sv: path('sv', page), en: path('en', page) },
  });
}

export async function archiveYearMetadata(locale: Locale, year: string, page: number): Promise<Metadata> {
  const found = getArchiveYear(locale, year);
  if (!found) return {};
  const t = await getTranslations({ locale, namespace: 'Archive' });
  const path = archiveYearPagePath(year);
  const counterpart = getArchiveYear(otherLocale(locale), year);
  return pageMetadata({
    locale,
    title: `${t('yearTitle', { year })}${await pageSuffix(locale, page, found.articles.length, site.archivePageSize)}`,
    description: t('yearIntro', { year, count: found.articles.length }),
    path: path(locale, page),
    languages: counterpart && pageCount(counterpart.articles.length, site.archivePageSize) >= page ? { sv: path('sv', page), en: path('en', page) } : { [locale]: path(locale, page) },
  });
}

/**
 * The page number of a listing's page N route: a page that is not a number is not found, and page
 * 1 lives at the section's own address (`firstPage`), so it answers 308 there.
 */
export function laterPage(rawPage: string, firstPage: () => string): number {
  const page = parsePageParam(rawPage);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(firstPage());
  return page;
}
