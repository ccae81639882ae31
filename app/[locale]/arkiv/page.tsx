import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SectionPage } from '@/components/layout/section-page';
import { PageLink } from '@/components/ui/page-link';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { getArchiveYears } from '@/lib/content/articles';
import { archiveYearPagePath, sectionMetadata } from '@/lib/content/listings';

// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(await metadataLocale(params), '/arkiv', 'Archive');
}

/** The archive's index: every year, newest first, with how many articles it holds. */
export default async function ArchivePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Archive' });
  return (
    <SectionPage locale={locale} route="/arkiv" title={t('title')} intro={t('intro')}>
      <ul className="index-list" aria-label={t('yearsLabel')}>
        {getArchiveYears(locale).map((entry) => (
          <li key={entry.year}>
            <PageLink href={archiveYearPagePath(entry.year)(locale, 1)}>{entry.year}</PageLink>
            <span className="index-count">{t('count', { count: entry.articles.length })}</span>
          </li>
        ))}
      </ul>
    </SectionPage>
  );
}
