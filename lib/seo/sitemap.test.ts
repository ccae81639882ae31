import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article, Author } from 'contentlayer/generated';

// The sitemap over an archive of its own: 450 articles in one year, a few in the year before,
// one translation. The content gateway reads them through lib/content/content-data.ts, mocked here.
const content = vi.hoisted(() => ({ current: { articles: [] as unknown[], authors: [] as unknown[] } }));
vi.mock('../content/content-data', () => ({ contentData: () => content.current, contentTakenAt: () => null }));

const { SITEMAP_FILE_LIMIT, sitemapFile, sitemapFiles, sitemapIndexXml, splitIntoFiles, urlsetXml } = await import('./sitemap');

function article(slug: string, date: string, extra: Partial<Record<'locale' | 'translationOf', string>> = {}): Article {
  const locale = extra.locale ?? 'sv';
  return { _id: `${locale}/${slug}`, title: slug, date, author: 'anna-andersson', tags: ['Energi'], draft: false, locale, urlSlug: slug, translationOf: extra.translationOf, redirectFrom: [] } as unknown as Article;
}

const author = { slug: 'anna-andersson', name: 'Anna Andersson' } as unknown as Author;

beforeEach(() => {
  const busyYear = Array.from({ length: 450 }, (_, index) => article(`artikel-${index}`, new Date(Date.UTC(2030, 0, 1, 12) + index * 60_000 * 60 * 18).toISOString()));
  content.current = {
    articles: [...busyYear, article('nyar-i-stockholm', '2029-12-31T23:30:00.000Z'), article('hosten-2029', '2029-10-01T08:00:00.000Z'), article('autumn-2029', '2029-10-02T08:00:00.000Z', { locale: 'en', translationOf: 'hosten-2029' })],
    authors: [author],
  };
});

const NOW = Date.parse('2031-06-01T00:00:00Z');
const paths = (entries: { url: string }[]) => entries.map((entry) => new URL(entry.url).pathname);

describe('the sitemap', () => {
  it('is an index of files: the pages, then the articles of each year, newest first', () => {
    const files = sitemapFiles(NOW);
    expect(files.map((file) => file.path)).toEqual(['/sitemaps/sidor.xml', '/sitemaps/artiklar-2030.xml', '/sitemaps/artiklar-2029.xml']);
    for (const file of files) expect(file.entries.length).toBeLessThanOrEqual(SITEMAP_FILE_LIMIT);
    // 2029-12-31T23:30Z is already 2030 in Stockholm.
    expect(paths(sitemapFile('artiklar-2030', NOW)!.entries)).toContain('/artiklar/nyar-i-stockholm');
    expect(paths(sitemapFile('artiklar-2029', NOW)!.entries).sort()).toEqual(['/artiklar/hosten-2029', '/en/articles/autumn-2029']);
    expect(sitemapFile('artiklar-1999', NOW)).toBeNull();
  });

  it('lists every page of every archive year and author, in both languages, and no page past the end', () => {
    const pages = paths(sitemapFile('sidor', NOW)!.entries);
    // 451 articles in Stockholm's 2030: three pages of 200.
    expect(pages).toEqual(expect.arrayContaining(['/arkiv', '/en/archive', '/arkiv/2030', '/arkiv/2030/sida/2', '/arkiv/2030/sida/3', '/en/archive/2030/page/3', '/arkiv/2029', '/en/archive/2029']));
    expect(pages).not.toContain('/arkiv/2030/sida/4');
    // 453 Swedish articles by one author: 91 pages of five.
    expect(pages).toEqual(expect.arrayContaining(['/skribenter/anna-andersson', '/skribenter/anna-andersson/sida/2', '/skribenter/anna-andersson/sida/91', '/en/authors/anna-andersson/page/91']));
    expect(pages).not.toContain('/skribenter/anna-andersson/sida/92');
    expect(pages).not.toContain('/skribenter/anna-andersson/sida/1');
    expect(new Set(pages).size).toBe(pages.length);
  });

  it('gives every listing page its hreflang alternates, and an article only when translated', () => {
    const year = sitemapFile('sidor', NOW)!.entries.find((entry) => entry.url.endsWith('/en/archive/2030/page/2'));
    expect(year?.alternates?.languages).toEqual({ sv: expect.stringMatching(/\/arkiv\/2030\/sida\/2$/), en: expect.stringMatching(/\/en\/archive\/2030\/page\/2$/), 'x-default': expect.stringMatching(/\/arkiv\/2030\/sida\/2$/) });
    const articles = sitemapFile('artiklar-2029', NOW)!.entries;
    const translated = articles.find((entry) => entry.url.endsWith('/artiklar/hosten-2029'));
    expect(translated?.alternates?.languages.en).toMatch(/\/en\/articles\/autumn-2029$/);
    const untranslated = sitemapFile('artiklar-2030', NOW)!.entries.find((entry) => entry.url.endsWith('/artiklar/artikel-0'));
    expect(untranslated?.alternates).toBeUndefined();
  });

  it('cuts a group past the limit into numbered files', () => {
    const entries = Array.from({ length: 250 }, (_, index) => ({ url: `https://example.org/${index}`, lastModified: `2030-01-${String((index % 28) + 1).padStart(2, '0')}` }));
    const files = splitIntoFiles('sidor', entries, 100);
    expect(files.map((file) => [file.path, file.entries.length])).toEqual([
      ['/sitemaps/sidor.xml', 100],
      ['/sitemaps/sidor-2.xml', 100],
      ['/sitemaps/sidor-3.xml', 50],
    ]);
    expect(files[0]!.lastModified).toBe('2030-01-28');
    expect(splitIntoFiles('tom', [])).toHaveLength(1);
  });

  it('writes the index and each file as Sitemaps 0.9 XML with xhtml alternates', () => {
    const index = sitemapIndexXml(sitemapFiles(NOW));
    expect(index).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect(index.match(/<sitemap><loc>[^<]+\/sitemaps\/[a-z0-9-]+\.xml<\/loc><lastmod>[^<]+<\/lastmod><\/sitemap>/g)).toHaveLength(3);
    const file = urlsetXml([{ url: 'https://example.org/a?b&c', lastModified: '2030-01-01T00:00:00.000Z', alternates: { languages: { sv: 'https://example.org/a', en: 'https://example.org/en/a' } } }]);
    expect(file).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(file).toContain('<url><loc>https://example.org/a?b&amp;c</loc><lastmod>2030-01-01T00:00:00.000Z</lastmod><xhtml:link rel="alternate" hreflang="sv" href="https://example.org/a"/><xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/a"/></url>');
  });
});
