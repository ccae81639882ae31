import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { TopicListing } from '@/components/listing/listings';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { getTopic } from '@/lib/articles';
import { laterPageParams, topicMetadata, topicPagePath } from '@/lib/listings';
import { parsePageParam } from '@/lib/order';
import { isLocale } from '@/lib/site';

export const revalidate = 60;

type Props = { params: Promise<{ locale: string; slug: string; page: string }> };

export function generateStaticParams({ params }: { params: { locale: string; slug: string } }) {
  const found = getTopic(isLocale(params.locale) ? params.locale : 'sv', params.slug);
  return found ? laterPageParams(found.articles.length) : [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug, page }] = await Promise.all([metadataLocale(params), params]);
  return topicMetadata(locale, decodeURIComponent(slug), parsePageParam(page) ?? 1);
}

export default async function TopicPageN({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug: rawSlug, page: rawPage } = await params;
  const slug = decodeURIComponent(rawSlug);
  const page = parsePageParam(rawPage);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(topicPagePath(slug)(locale, 1));
  return <TopicListing locale={locale} slug={slug} page={page} />;
}
