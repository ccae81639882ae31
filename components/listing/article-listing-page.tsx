import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { ArticleList } from '@/components/article/article-list';
import { PageShell } from '@/components/layout/page-shell';
import type { Article } from '@/lib/content/articles';
import { paginate } from '@/lib/content/order';
import type { StaticRoute } from '@/lib/routing/paths';
import { otherLocale, site, type Locale } from '@/lib/site';
import { Pagination } from './pagination';

type Props = {
  locale: Locale;
  page: number;
  articles: Article[];
  title: ReactNode;
  intro: ReactNode;
  /** The address of page N of this listing, in a given interface language. */
  pagePath: (locale: Locale, page: number) => string;
  titleLang?: string;
  section: StaticRoute;
};

/** A paginated list of articles: all articles, a topic's, newest first, a page at a time. */
export function ArticleListingPage({ locale, page, articles, title, intro, pagePath, titleLang, section }: Props) {
  const listing = paginate(articles, page, site.pageSize);
  if (!listing) notFound();
  return (
    <PageShell locale={locale} counterpartHref={pagePath(otherLocale(locale), page)} current={{ section, page: section === '/artiklar' && page === 1 }}>
      <div className="page-width">
        <h1 className="page-title" lang={titleLang}>
          {title}
        </h1>
        <p className="page-intro">{intro}</p>
        <ArticleList locale={locale} articles={listing.items} columns="one" />
        <Pagination page={listing.page} pageCount={listing.pageCount} hrefFor={(n) => pagePath(locale, n)} />
      </div>
    </PageShell>
  );
}
