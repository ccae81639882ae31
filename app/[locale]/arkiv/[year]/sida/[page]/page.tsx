import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArchiveYearListing } from '@/components/listing/archive-year-listing';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { getArchiveYears } from '@/lib/content/articles';
import { archiveYearMetadata, archiveYearPagePath, laterPage, laterPagesOfEach, parseYearParam } from '@/lib/content/listings';
import { parsePageParam } from '@/lib/content/order';
import { isLocale, site } from '@/lib/site';

// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Props = { params: Promise<{ locale: string; year: string; page: string }> };

export function generateStaticParams({ params }: { params: { locale: string; year?: string } }) {
  const years = getArchiveYears(isLocale(params.locale) ? params.locale : 'sv');
  return laterPagesOfEach('year', years.map(({ year, articles }) => ({ id: year, total: articles.length })), params.year, site.archivePageSize);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { year, page }] = await Promise.all([metadataLocale(params), params]);
  const parsed = parseYearParam(year);
  return parsed ? archiveYearMetadata(locale, parsed, parsePageParam(page) ?? 1) : {};
}

export default async function ArchiveYearPageN({ params }: Props) {
  const locale = await pageLocale(params);
  const { year: rawYear, page: rawPage } = await params;
  const year = parseYearParam(rawYear);
  if (year === null) notFound();
  const page = laterPage(rawPage, () => archiveYearPagePath(year)(locale, 1));
  return <ArchiveYearListing locale={locale} year={year} page={page} />;
}
