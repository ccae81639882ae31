export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'sv';

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** Each language's BCP 47 tag with its region, for dates, feeds and structured data. */
export const languageTags: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** The other interface language: where the language switcher leads. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'sv' ? 'en' : 'sv';
}

export const site = {
  name: 'Regionbloggen',
  /** Absolute origin for canonical links, feeds and the sitemap. */
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  /** Articles a listing page shows at a time. */
  pageSize: 5,
  /**
   * Articles a page of an archive year lists (a dated title each, about 50 bytes of gzip HTML).
   * At 10,000 articles over twenty years a year holds about 500: paged at 200, a year page stays
   * far below the 40 KB gzip every listing is allowed, however busy the year (bench/budgets.json).
   */
  archivePageSize: 200,
  /**
   * Search results shown at first, and added by each "Visa fler": each needs its own text
   * fragment from the index, so a common word at 10,000 articles must not fetch them all.
   */
  searchPageSize: 5,
  /** Articles on the front page. */
  frontPageCount: 12,
  /** Related articles under an article. */
  relatedCount: 10,
  /** Articles in each feed. */
  feedSize: 20,
  /** Where readers report accessibility problems (set the publication's real address here). */
  accessibilityEmail: 'tillganglighet@regionbloggen.example',
  /** When the accessibility statement was last reviewed. */
  accessibilityReviewed: '2026-11-25',
} as const;
