import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { defaultLocale, isLocale, type Locale } from '@/lib/site';

/** The locale of a page's params, set for this render so it can be prerendered statically. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/**
 * The locale for generateMetadata, which must not throw on a bad segment. It too primes next-intl:
 * a translation read before setRequestLocale falls back to headers() and makes the route dynamic.
 */
export async function metadataLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  const resolved = isLocale(locale) ? locale : defaultLocale;
  setRequestLocale(resolved);
  return resolved;
}
