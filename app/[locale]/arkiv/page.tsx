import type { Metadata } from 'next';
import { PageLink } from '@/components/ui/page-link';
import { getTranslations } from 'next-intl/server';
import { PublishedDate } from '@/components/article/published-date';
import { SectionPage } from '@/components/layout/section-page';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { articlePath, getArchive } from '@/lib/articles';
import { formatDate } from '@/lib/dates';
import { sectionMetadata } from '@/lib/listings';

// Rendered once per deploy; the publication schedule (lib/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(await metadataLocale(params), '/arkiv', 'Archive');
}

export default async function ArchivePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Archive' });
  return (
    <SectionPage locale={locale} route="/arkiv" title={t('title')} intro={t('intro')}>
      {getArchive(locale).map((month) => (
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
    </SectionPage>
  );
}
