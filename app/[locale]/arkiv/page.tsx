import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PublishedDate } from '@/components/article/published-date';
import { PageShell } from '@/components/layout/page-shell';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { articlePath, getArchive } from '@/lib/articles';
import { formatDate } from '@/lib/dates';
import { routeMetadata } from '@/lib/metadata';
import { localePath } from '@/lib/paths';

export const revalidate = 60;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'Archive' });
  return routeMetadata(locale, '/arkiv', { title: t('title'), description: t('intro') });
}

export default async function ArchivePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Archive' });
  return (
    <PageShell locale={locale} counterpartHref={localePath(locale === 'sv' ? 'en' : 'sv', '/arkiv')} current={{ section: '/arkiv', page: true }}>
      <div className="page-width">
        <h1 className="page-title">{t('title')}</h1>
        <p className="page-intro">{t('intro')}</p>
        {getArchive(locale).map((month) => (
          <section key={month.key} aria-labelledby={`month-${month.key}`} className="archive-month">
            <h2 id={`month-${month.key}`} className="archive-heading">
              {formatDate(locale, month.date, 'month')}
            </h2>
            <ul className="archive-list">
              {month.articles.map((article) => (
                <li key={article._id}>
                  <PublishedDate locale={locale} date={article.date} className="archive-date" />
                  <Link href={articlePath(locale, article)} lang={article.locale === locale ? undefined : article.locale}>
                    {article.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </PageShell>
  );
}
