import type { Metadata } from 'next';
import { AuthorListing } from '@/components/listing/author-listing';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { getAuthors } from '@/lib/content/articles';
import { authorMetadata } from '@/lib/content/listings';

// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams() {
  return getAuthors().map((author) => ({ slug: author.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([metadataLocale(params), params]);
  return authorMetadata(locale, slug, 1);
}

export default async function AuthorPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  return <AuthorListing locale={locale} slug={slug} page={1} />;
}
