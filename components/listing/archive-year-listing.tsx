import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PublishedDate } from '@/components/article/published-date';
import { PageShell } from '@/components/layout/page-shell';
import { PageLink } from '@/components/ui/page-link';
import { articlePath, getArchiveYear, getArchiveYears, groupByMonth } from '@/lib/content/articles';
import { formatDate } from '@/lib/dates';
import { archiveYearPagePath } from '@/lib/content/listings';
import { paginate } from '@/lib/content/order';
import { localePath } from '@/lib/routing/paths';
import { otherLocale, site, type Locale } from '@/lib/site';
import { Pagination } from './pagination';

type Props = { locale: Locale; year: string; page: number };

/**
 * /arkiv/<year> and /arkiv/<year>/sida/N: one year's articles by month, newest first, a page of
 * site.archivePageSize at a time, with every year of the archive a link away. 404 for a year
 * nothing was published in, or a page past the end.
 */
export async function ArchiveYearListing({ locale, year, page }: Props) {
  const found = getArchiveYear(locale, year);
  if (!found) notFound();
  const listing = paginate(found.articles, page, site.archivePageSize);
  if (!listing) notFound();
  const t = await getTranslations({ locale, namespace: 'Archive' });
  const other = otherLocale(locale);
  const counterpart = getArchiveYear(other, year) ? archiveYearPagePath(year)(other, 1) : localePath(other, '/arkiv');
  const path = archiveYearPagePath(year);
  return (
    <PageShell locale={locale} counterpartHref={page === 1 ? counterpart : path(other, page)} current={{ section: '/arkiv', page: false }}>
      <div className="page-width">
        <h1 className="page-title">{t('yearTitle', { year })}</h1>
        <p className="page-intro">{t('yearIntro', { year, count: found.articles.length })}</p>
        <nav aria-label={t('yearsLabel')} className="year-nav">
          <ul>
            {getArchiveYears(locale).map((entry) => (
              <li key={entry.year}>
                <PageLink href={archiveYearPagePath(entry.year)(locale, 1)} aria-current={entry.year === year ? 'page' : undefined}>
                  {entry.year}
                </PageLink>
              </li>
            ))}
          </ul>
        </nav>
        {groupByMonth(listing.items).map((month) => (
          <section key={month.key} aria-labelledby={`month-${month.key}`} className="archive-month">
            <h2 id={`month-${month.key}`} className="archive-heading">
              {formatDate(locale, month.date, 'month')}
            </h2>
            <ul className="archive-list">
              {month.articles.map((article) => (
                <li key={article._id}>
                  <PublishedDate locale={locale} date={article.date} className="archive-date" />
                  <PageLink href={articlePath(locale, article)} lang={article.locale === locale ? undefined : article.locale}>
                    {article.title}
                  </PageLink>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <Pagination page={listing.page} pageCount={listing.pageCount} hrefFor={(n) => path(locale, n)} />
      </div>
    </PageShell>
  );
}
