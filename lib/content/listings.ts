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

/**
 * The pages of a listing the build prerenders: its first five. Later pages are rendered on their
 * first request and then cached like the rest. A reader pages on from the first few, and every
 * page the build renders costs it about 27 ms at 10,000 articles (the generate step,
 * bench/README.md): the twenty of each listing this used to name would have been 1,600 pages.
 */
const PRERENDERED_PAGES = 5;

/** Static params for pages 2…N of a listing; page 1 has its own address. */
export function laterPageParams(total: number, pageSize: number = site.pageSize): { page: string }[] {
  return Array.from({ length: Math.max(Math.min(pageCount(total, pageSize), PRERENDERED_PAGES) - 1, 0) }, (_, index) => ({ page: String(index + 2) }));
}

/**
 * Static params for pages 2…N of every listing of a kind (each topic, author or year), named by
 * `key`. A page's generateStaticParams gets no params from the segment above it unless that
 * segment's layout makes them, and `[slug]` and `[year]` make theirs in their page: Next calls
 * this once, without the listing's key (vercel/next.js#53717, still so in Next 16.4), and the
 * later pages of topics, authors and years were rendered only on their first request. So each
 * later page names its listing as well; with the key given, only that listing's pages.
 */
export function laterPagesOfEach<K extends string>(key: K, listings: readonly { id: string; total: number }[], given: string | undefined, pageSize: number = site.pageSize): (Record<K, string> & { page: string })[] {
  return listings
    .filter(({ id }) => given === undefined || id === given)
    .flatMap(({ id, total }) => laterPageParams(total, pageSize).map(({ page }) => ({ [key]: id, page }) as Record<K, string> & { page: string }));
}

async function pageSuffix(locale: Locale, page: number, total: number, pageSize: number = site.pageSize): Promise<string> {
  if (page === 1) return '';
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  return ` – ${t('status', { page, pageCount: pageCount(total, pageSize) })}`;
}

/**
 * The metadata of page `page` of a listing: its name with "page n of m" after page 1, and the
 * same page in the other language as its alternate unless `alternate` says it has none.
 */
async function listingPageMetadata(options: {
  locale: Locale;
  page: number;
  name: string;
  description: string;
  total: number;
  pageSize?: number;
  path: (locale: Locale, page: number) => string;
  alternate?: boolean;
}): Promise<Metadata> {
  const { locale, page, name, description, total, pageSize, path, alternate = true } = options;
  return pageMetadata({
    locale,
    title: `${name}${await pageSuffix(locale, page, total, pageSize)}`,
    description,
    path: path(locale, page),
    languages: alternate ? { sv: path('sv', page), en: path('en', page) } : { [locale]: path(locale, page) },
  });
}

export async function articleListingMetadata(locale: Locale, page: number): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Articles' });
  return listingPageMetadata({ locale, page, name: t('title'), description: t('intro'), total: getArticles(locale).length, path: articlesPagePath });
}

export async function topicMetadata(locale: Locale, slug: string, page: number): Promise<Metadata> {
  const found = getTopic(locale, slug);
  if (!found) return {};
  const t = await getTranslations({ locale, namespace: 'Topics' });
  const { name } = found.topic;
  return listingPageMetadata({ locale, page, name, description: t('topicIntro', { name }), total: found.articles.length, path: topicPagePath(slug) });
}

export async function authorMetadata(locale: Locale, slug: string, page: number): Promise<Metadata> {
  const author = getAuthor(slug);
  if (!author) return {};
  const description = truncateWords(mdxToPlainText(author.body.raw), 30);
  return listingPageMetadata({ locale, page, name: author.name, description, total: articlesByAuthor(locale, slug).length, path: authorPagePath(slug) });
}

export async function archiveYearMetadata(locale: Locale, year: string, page: number): Promise<Metadata> {
  const found = getArchiveYear(locale, year);
  if (!found) return {};
  const t = await getTranslations({ locale, namespace: 'Archive' });
  // The other language's year may have fewer pages (it lists other articles): no alternate then.
  const counterpart = getArchiveYear(otherLocale(locale), year);
  const alternate = counterpart ? pageCount(counterpart.articles.length, site.archivePageSize) >= page : false;
  return listingPageMetadata({
    locale,
    page,
    name: t('yearTitle', { year }),
    description: t('yearIntro', { year, count: found.articles.length }),
    total: found.articles.length,
    pageSize: site.archivePageSize,
    path: archiveYearPagePath(year),
    alternate,
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
