import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleListingPage } from '@/components/listing/article-listing-page';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { getArticles } from '@/lib/articles';
import { articleListingMetadata, articlesPagePath } from '@/lib/listings';

export const revalidate = 60;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleListingMetadata(await metadataLocale(params), 1);
}

export default async function ArticlesPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Articles' });
  return <ArticleListingPage locale={locale} page={1} articles={getArticles(locale)} title={t('title')} intro={t('intro')} pagePath={articlesPagePath} section="/artiklar" />;
}
