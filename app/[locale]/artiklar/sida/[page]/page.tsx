import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleListingPage, articleListingMetadata } from '@/components/listing/article-listing-page';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { getArticles } from '@/lib/articles';
import { paginate, parsePageParam } from '@/lib/order';
import { localePath } from '@/lib/paths';
import { site } from '@/lib/site';

export const revalidate = 60;

type Props = { params: Promise<{ locale: string; page: string }> };

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = params.locale === 'en' ? 'en' : 'sv';
  const pageCount = Math.ceil(getArticles(locale).length / site.pageSize);
  // Page 1 lives at /artiklar; later pages beyond the first few are rendered on first request.
  return Array.from({ length: Math.max(0, Math.min(pageCount, 20) - 1) }, (_, index) => ({ page: String(index + 2) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { page }] = await Promise.all([metadataLocale(params), params]);
  return articleListingMetadata(locale, parsePageParam(page) ?? 1);
}

export default async function ArticlesPageN({ params }: Props) {
  const locale = await pageLocale(params);
  const page = parsePageParam((await params).page);
  if (page === 1) permanentRedirect(localePath(locale, '/artiklar'));
  if (page === null || !paginate(getArticles(locale), page, site.pageSize)) notFound();
  return <ArticleListingPage locale={locale} page={page} />;
}
