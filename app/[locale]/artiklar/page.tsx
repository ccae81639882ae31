import type { Metadata } from 'next';
import { AllArticlesListing } from '@/components/listing/listings';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { articleListingMetadata } from '@/lib/content/listings';

// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleListingMetadata(await metadataLocale(params), 1);
}

export default async function ArticlesPage({ params }: Props) {
  return <AllArticlesListing locale={await pageLocale(params)} page={1} />;
}
