import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getArticles, getTopic } from '@/lib/content/articles';
import { articlesPagePath, topicPagePath } from '@/lib/content/listings';
import type { Locale } from '@/lib/site';
import { ArticleListingPage } from './article-listing-page';

// The two paginated listings, as their first page and page N both show them.

type Props = { locale: Locale; page: number };

/** /artiklar and /artiklar/sida/N: every published article. */
export async function AllArticlesListing({ locale, page }: Props) {
  const t = await getTranslations({ locale, namespace: 'Articles' });
  return <ArticleListingPage locale={locale} page={page} articles={getArticles(locale)} title={t('title')} intro={t('intro')} pagePath={articlesPagePath} section="/artiklar" />;
}

/** /amnen/<slug> and /amnen/<slug>/sida/N: one topic's articles; 404 for a topic nobody wrote about. */
export async function TopicListing({ locale, page, slug }: Props & { slug: string }) {
  const found = getTopic(locale, slug);
  if (!found) notFound();
  const t = await getTranslations({ locale, namespace: 'Topics' });
  return (
    <ArticleListingPage
      locale={locale}
      page={page}
      articles={found.articles}
      title={found.topic.name}
      titleLang={locale === 'sv' ? undefined : 'sv'}
      intro={t('topicIntro', { name: found.topic.name })}
      pagePath={topicPagePath(slug)}
      section="/amnen"
    />
  );
}
