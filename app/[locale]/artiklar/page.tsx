import type { Metadata } from 'next';
import { ArticleListingPage, articleListingMetadata } from '@/components/listing/article-listing-page';
import { metadataLocale, pageLocale } from '@/i18n/params';

export const revalidate = 60;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleListingMetadata(await metadataLocale(params), 1);
}

export default async function ArticlesPage({ params }: Props) {
  return <ArticleListingPage locale={await pageLocale(params)} page={1} />;
}
