import type { Metadata } from 'next';
import { localePath, type StaticRoute } from '../routing/paths';
import { otherLocale, site, type Locale } from '../site';

export type Alternates = {
  /** The page's own path in this interface. */
  path: string;
  /** Paths of real counterparts by language, for hreflang; empty when none exists. */
  languages?: Partial<Record<Locale, string>>;
};

type PageMetadataInput = Alternates & {
  locale: Locale;
  title: string;
  description: string;
  /** The canonical path when it is not this page (an untranslated article under /en). */
  canonicalPath?: string;
  /** The front page has the site name alone as its title. */
  titleIsSiteName?: boolean;
  /** A picture for link previews (an article's lead or share image), as a site path. */
  imagePath?: string;
};

/** An absolute URL on the site. The front page is the bare origin, as Next prints its canonical. */
export function absoluteUrl(path: string): string {
  return path === '/' ? site.url : `${site.url}${path}`;
}

/** Every page's head links the feeds of its language. */
function feedLinks(locale: Locale): Record<string, { url: string; title: string }[]> {
  if (locale === 'en') return { 'application/rss+xml': [{ url: absoluteUrl('/en/feed.xml'), title: `${site.name} (RSS)` }] };
  return {
    'application/rss+xml': [{ url: absoluteUrl('/feed.xml'), title: `${site.name} (RSS)` }],
    'application/atom+xml': [{ url: absoluteUrl('/atom.xml'), title: `${site.name} (Atom)` }],
  };
}

const OG_LOCALES: Record<Locale, string> = { sv: 'sv_SE', en: 'en_GB' };

/** hreflang alternates: both languages and x-default, absolute, only when a real counterpart exists. */
export function hreflangLanguages(languages: Partial<Record<Locale, string>> | undefined): Record<string, string> | undefined {
  if (!languages?.sv || !languages.en) return undefined;
  return { sv: absoluteUrl(languages.sv), en: absoluteUrl(languages.en), 'x-default': absoluteUrl(languages.sv) };
}

/** The one metadata builder every page uses: title, description, canonical, hreflang, Open Graph. */
export function pageMetadata({ locale, title, description, path, languages, canonicalPath, titleIsSiteName, imagePath }: PageMetadataInput): Metadata {
  const fullTitle = titleIsSiteName ? title : `${title} – ${site.name}`;
  const canonical = absoluteUrl(canonicalPath ?? path);
  return {
    title: { absolute: fullTitle },
    description,
    alternates: { canonical, languages: hreflangLanguages(languages), types: feedLinks(locale) },
    openGraph: {
      type: 'website',
      siteName: site.name,
      title: fullTitle,
      description,
      url: canonical,
      locale: OG_LOCALES[locale],
      alternateLocale: languages?.sv && languages.en ? OG_LOCALES[otherLocale(locale)] : undefined,
      images: imagePath ? [{ url: absoluteUrl(imagePath) }] : undefined,
    },
    twitter: imagePath
      ? { card: 'summary_large_image', title: fullTitle, description, images: [absoluteUrl(imagePath)] }
      : { card: 'summary', title: fullTitle, description },
  };
}

/** Metadata of a page without parameters, which exists in both languages (topics, archive, …). */
export function routeMetadata(locale: Locale, route: StaticRoute, text: { title: string; description: string; titleIsSiteName?: boolean }): Metadata {
  return pageMetadata({ locale, ...text, path: localePath(locale, route), languages: { sv: localePath('sv', route), en: localePath('en', route) } });
}
