import type { Metadata } from 'next';
import { PageLink } from '@/components/ui/page-link';
import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article/article-list';
import { PageShell } from '@/components/layout/page-shell';
import { JsonLd } from '@/components/seo/json-ld';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { getArticles } from '@/lib/content/articles';
import { routeMetadata } from '@/lib/seo/metadata';
import { localePath } from '@/lib/routing/paths';
import { otherLocale, site } from '@/lib/site';
import { websiteJsonLd } from '@/lib/seo/structured-data';

// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'Site' });
  return routeMetadata(locale, '/', { title: `${site.name} – ${t('tagline')}`, titleIsSiteName: true, description: t('description') });
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const tSite = await getTranslations({ locale, namespace: 'Site' });
  const articles = getArticles(locale).slice(0, site.frontPageCount);
  return (
    <PageShell locale={locale} counterpartHref={localePath(otherLocale(locale), '/')}>
      <JsonLd data={websiteJsonLd(locale, tSite('description'))} />
      <div className="page-width">
        <h1 className="page-title">{t('title')}</h1>
        <ArticleList locale={locale} articles={articles} />
        <p className="more-link">
          <PageLink href={localePath(locale, '/artiklar')}>{t('allArticles')}
            <span aria-hidden="true"> →</span>
          </PageLink>
        </p>
      </div>
    </PageShell>
  );
}
