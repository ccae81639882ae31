import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article/article-list';
import { PageShell } from '@/components/layout/page-shell';
import { getArticles } from '@/lib/articles';
import { pageMetadata } from '@/lib/metadata';
import { paginate } from '@/lib/order';
import { localePath } from '@/lib/paths';
import { site, type Locale } from '@/lib/site';
import { Pagination } from './pagination';

export function articlesPagePath(locale: Locale, page: number): string {
  return page === 1 ? localePath(locale, '/artiklar') : localePath(locale, '/artiklar/sida/[page]', { params: { page } });
}

export async function articleListingMetadata(locale: Locale, page: number): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Articles' });
  const tPage = await getTranslations({ locale, namespace: 'Pagination' });
  const pageCount = Math.max(1, Math.ceil(getArticles(locale).length / site.pageSize));
  return pageMetadata({
    locale,
    title: page === 1 ? t('title') : `${t('title')} – ${tPage('status', { page, pageCount })}`,
    description: t('intro'),
    path: articlesPagePath(locale, page),
    languages: { sv: articlesPagePath('sv', page), en: articlesPagePath('en', page) },
  });
}

type Props = { locale: Locale; page: number };

/** /artiklar and /artiklar/sida/N: every published article, newest first, a page at a time. */
export async function ArticleListingPage({ locale, page }: Props) {
  const t = await getTranslations({ locale, namespace: 'Articles' });
  const listing = paginate(getArticles(locale), page, site.pageSize);
  if (!listing) notFound();
  return (
    <PageShell locale={locale} counterpartHref={articlesPagePath(locale === 'sv' ? 'en' : 'sv', page)}>
      <div className="page-width">
        <h1 className="page-title">{t('title')}</h1>
        <p className="page-intro">{t('intro')}</p>
        <ArticleList locale={locale} articles={listing.items} columns="one" />
        <Pagination page={listing.page} pageCount={listing.pageCount} hrefFor={(n) => articlesPagePath(locale, n)} />
      </div>
    </PageShell>
  );
}
