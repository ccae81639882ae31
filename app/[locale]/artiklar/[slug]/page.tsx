import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { articleCounterpart, prerenderedArticleSlugs, getArticle } from '@/lib/articles';
import { articleMetadata } from '@/lib/article-metadata';
import { isLocale } from '@/lib/site';

// Article pages are prerendered at build; the interval lets a scheduled article appear when its
// time comes, and keeps a 404 for it from being cached longer than that.
export const revalidate = 60;

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = isLocale(params.locale) ? params.locale : 'sv';
  return prerenderedArticleSlugs(locale).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([metadataLocale(params), params]);
  const found = getArticle(locale, decodeURIComponent(slug));
  if (!found || !('article' in found)) return {};
  return articleMetadata(locale, found.article, articleCounterpart(locale, found.article));
}

export default async function ArticlePage({ params }: Props) {
  const locale = await pageLocale(params);
  const found = getArticle(locale, decodeURIComponent((await params).slug));
  if (!found) notFound();
  if ('redirectTo' in found) permanentRedirect(found.redirectTo);
  return <ArticleView locale={locale} article={found.article} />;
}
