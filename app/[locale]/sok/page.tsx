import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/page-shell';
import { SiteSearch } from '@/components/search/site-search';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { routeMetadata } from '@/lib/metadata';
import { localePath } from '@/lib/paths';

// No revalidate: the page has no data of its own and is fully static. The query is read in the
// browser, and the index is fetched from /pagefind/ only when someone searches.

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  return routeMetadata(locale, '/sok', { title: t('title'), description: t('intro') });
}

export default async function SearchPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <PageShell locale={locale} counterpartHref={localePath(locale === 'sv' ? 'en' : 'sv', '/sok')} current={{ section: '/sok', page: true }}>
      <div className="page-width">
        <h1 className="page-title">{t('title')}</h1>
        <p className="page-intro">{t('intro')}</p>
        <SiteSearch locale={locale} />
      </div>
    </PageShell>
  );
}
