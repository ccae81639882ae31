import { defineRouting } from 'next-intl/routing';
import { pathnames } from '@/lib/routing/paths';
import { defaultLocale, locales } from '@/lib/site';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'as-needed',
  pathnames,
  // The URL alone decides the language: no Accept-Language redirects, no cookie that would
  // make a cached page differ between readers.
  localeDetection: false,
  localeCookie: false,
  // next-intl's Link headers would announce an English version of every page, translated or
  // not; pages declare their real alternates themselves (lib/seo/metadata.ts).
  alternateLinks: false,
});
