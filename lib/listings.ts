import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getArticles, getTopic } from './articles';
import { pageMetadata, routeMetadata } from './metadata';
import { pageCountFor } from './order';
import { localePath, type StaticRoute } from './paths';
import { site, type Locale } from './site';

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

export function pageCount(total: number): number {
  return pageCountFor(total, site.pageSize);
}

/** Static params for pages 2…N of a listing; page 1 has its own address. */
export function laterPageParams(total: number): { page: string }[] {
  // Beyond the first twenty, pages are rendered on first request and then cached like the rest.
  return Array.from({ length: Math.min(pageCount(total), 20) - 1 }, (_, index) => ({ page: String(index + 2) }));
}

async function pageSuffix(locale: Locale, page: number, total: number): Promise<string> {
  if (page === 1) return '';
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  return ` – ${t('status', { page, pageCount: pageCount(total) })}`;
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
