import type { Metadata } from 'next';
import { TopicListing } from '@/components/listing/listings';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { getTopics } from '@/lib/content/articles';
import { topicMetadata } from '@/lib/content/listings';
import { isLocale } from '@/lib/site';

// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return getTopics(isLocale(params.locale) ? params.locale : 'sv').map((topic) => ({ slug: topic.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([metadataLocale(params), params]);
  return topicMetadata(locale, slug, 1);
}

export default async function TopicPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  return <TopicListing locale={locale} slug={slug} page={1} />;
}
