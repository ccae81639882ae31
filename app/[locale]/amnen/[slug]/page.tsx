import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleListingPage } from '@/components/listing/article-listing-page';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { getTopic, getTopics } from '@/lib/articles';
import { topicMetadata, topicPagePath } from '@/lib/listings';
import { isLocale } from '@/lib/site';

export const revalidate = 60;

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return getTopics(isLocale(params.locale) ? params.locale : 'sv').map((topic) => ({ slug: topic.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([metadataLocale(params), params]);
  return topicMetadata(locale, decodeURIComponent(slug), 1);
}

export default async function TopicPage({ params }: Props) {
  const locale = await pageLocale(params);
  const slug = decodeURIComponent((await params).slug);
  const found = getTopic(locale, slug);
  if (!found) notFound();
  const t = await getTranslations({ locale, namespace: 'Topics' });
  return (
    <ArticleListingPage
      locale={locale}
      page={1}
      articles={found.articles}
      title={found.topic.name}
      titleLang={locale === 'sv' ? undefined : 'sv'}
      intro={t('topicIntro', { name: found.topic.name })}
      pagePath={topicPagePath(slug)}
      section="/amnen"
    />
  );
}
