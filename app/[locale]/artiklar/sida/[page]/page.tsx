import type { Metadata } from 'next';
import { AllArticlesListing } from '@/components/listing/listings';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { getArticles } from '@/lib/content/articles';
import { articleListingMetadata, articlesPagePath, laterPage, laterPageParams } from '@/lib/content/listings';
import { parsePageParam } from '@/lib/content/order';
import { isLocale } from '@/lib/site';

// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Props = { params: Promise<{ locale: string; page: string }> };

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return laterPageParams(getArticles(isLocale(params.locale) ? params.locale : 'sv').length);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { page }] = await Promise.all([metadataLocale(params), params]);
  return articleListingMetadata(locale, parsePageParam(page) ?? 1);
}

export default async function ArticlesPageN({ params }: Props) {
  const locale = await pageLocale(params);
  const page = laterPage((await params).page, () => articlesPagePath(locale, 1));
  return <AllArticlesListing locale={locale} page={page} />;
}
