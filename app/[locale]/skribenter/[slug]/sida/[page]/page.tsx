import type { Metadata } from 'next';
import { AuthorListing } from '@/components/listing/author-listing';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { articlesByAuthor, getAuthors } from '@/lib/content/articles';
import { authorMetadata, authorPagePath, laterPage, laterPagesOfEach } from '@/lib/content/listings';
import { parsePageParam } from '@/lib/content/order';
import { isLocale } from '@/lib/site';

// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Props = { params: Promise<{ locale: string; slug: string; page: string }> };

export function generateStaticParams({ params }: { params: { locale: string; slug?: string } }) {
  const locale = isLocale(params.locale) ? params.locale : 'sv';
  return laterPagesOfEach('slug', getAuthors().map((author) => ({ id: author.slug, total: articlesByAuthor(locale, author.slug).length })), params.slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug, page }] = await Promise.all([metadataLocale(params), params]);
  return authorMetadata(locale, slug, parsePageParam(page) ?? 1);
}

export default async function AuthorPageN({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug, page: rawPage } = await params;
  const page = laterPage(rawPage, () => authorPagePath(slug)(locale, 1));
  return <AuthorListing locale={locale} slug={slug} page={page} />;
}
