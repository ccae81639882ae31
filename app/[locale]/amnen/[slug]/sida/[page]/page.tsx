import type { Metadata } from 'next';
import { TopicListing } from '@/components/listing/listings';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { getTopics } from '@/lib/content/articles';
import { laterPage, laterPagesOfEach, topicMetadata, topicPagePath } from '@/lib/content/listings';
import { parsePageParam } from '@/lib/content/order';
import { isLocale } from '@/lib/site';

// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Props = { params: Promise<{ locale: string; slug: string; page: string }> };

export function generateStaticParams({ params }: { params: { locale: string; slug?: string } }) {
  const topics = getTopics(isLocale(params.locale) ? params.locale : 'sv');
  return laterPagesOfEach('slug', topics.map((topic) => ({ id: topic.slug, total: topic.count })), params.slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug, page }] = await Promise.all([metadataLocale(params), params]);
  return topicMetadata(locale, slug, parsePageParam(page) ?? 1);
}

export default async function TopicPageN({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug, page: rawPage } = await params;
  const page = laterPage(rawPage, () => topicPagePath(slug)(locale, 1));
  return <TopicListing locale={locale} slug={slug} page={page} />;
}
