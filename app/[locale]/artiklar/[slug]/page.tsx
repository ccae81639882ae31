import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { articleCounterpart, prerenderedArticleSlugs, getArticle } from '@/lib/content/articles';
import { articleMetadata } from '@/lib/seo/article-metadata';
import { isLocale } from '@/lib/site';

// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = isLocale(params.locale) ? params.locale : 'sv';
  return prerenderedArticleSlugs(locale).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([metadataLocale(params), params]);
  const found = getArticle(locale, slug);
  if (!found || !('article' in found)) return {};
  return articleMetadata(locale, found.article, articleCounterpart(locale, found.article));
}

export default async function ArticlePage({ params }: Props) {
  const locale = await pageLocale(params);
  const found = getArticle(locale, (await params).slug);
  if (!found) notFound();
  if ('redirectTo' in found) permanentRedirect(found.redirectTo);
  return <ArticleView locale={locale} article={found.article} />;
}
