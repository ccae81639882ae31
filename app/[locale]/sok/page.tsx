import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SectionPage } from '@/components/layout/section-page';
import { SiteSearch } from '@/components/search/site-search';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { sectionMetadata } from '@/lib/content/listings';

// No revalidate: the page has no data of its own and is fully static. The query is read in the
// browser, and the index is fetched from /pagefind/ only when someone searches.

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(await metadataLocale(params), '/sok', 'Search');
}

export default async function SearchPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <SectionPage locale={locale} route="/sok" title={t('title')} intro={t('intro')}>
      <SiteSearch locale={locale} />
    </SectionPage>
  );
}
