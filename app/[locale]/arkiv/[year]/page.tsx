import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArchiveYearListing } from '@/components/listing/archive-year-listing';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { getArchiveYears } from '@/lib/content/articles';
import { archiveYearMetadata, parseYearParam } from '@/lib/content/listings';
import { isLocale } from '@/lib/site';

// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Props = { params: Promise<{ locale: string; year: string }> };

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return getArchiveYears(isLocale(params.locale) ? params.locale : 'sv').map((entry) => ({ year: entry.year }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { year }] = await Promise.all([metadataLocale(params), params]);
  const parsed = parseYearParam(year);
  return parsed ? archiveYearMetadata(locale, parsed, 1) : {};
}

export default async function ArchiveYearPage({ params }: Props) {
  const locale = await pageLocale(params);
  const year = parseYearParam((await params).year);
  if (year === null) notFound();
  return <ArchiveYearListing locale={locale} year={year} page={1} />;
}
