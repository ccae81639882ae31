import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from 'contentlayer/generated';

// The content gateway reads its documents through lib/content/content-data.ts; these tests hand it their
// own few articles, so what they expect never depends on the editors' content.
// A new object for each version of the content, as lib/content/content-data.ts hands out.
const content = vi.hoisted(() => ({ current: { articles: [] as unknown[], authors: [] as unknown[] } }));
vi.mock('./content-data', () => ({ contentData: () => content.current, contentTakenAt: () => null }));

function publish(articles: Article[]) {
  content.current = { articles, authors: [] };
}

const { momentsBetween, nextMomentAfter, pagesChangedAt } = await import('./publication');

let counter = 0;
function article(fields: { slug: string; date: string; tags: string[]; locale?: 'sv' | 'en'; translationOf?: string; draft?: boolean }): Article {
  counter += 1;
  const locale = fields.locale ?? 'sv';
  return {
    _id: `${locale}/${fields.slug}-${counter}`,
    title: fields.slug,
    date: new Date(fields.date).toISOString(),
    author: 'anna-andersson',
    tags: fields.tags,
    draft: fields.draft ?? false,
    locale,
    urlSlug: fields.slug,
    translationOf: fields.translationOf,
  } as unknown as Article;
}

// One topic with room in every related list (the site shows ten), and one elsewhere.
const SCHEDULED = '2030-05-01T08:00:00+02:00';
function archive() {
  return [
    article({ slug: 'vatgas-i-sodertalje', date: '2030-04-01', tags: ['Energi'] }),
    article({ slug: 'solceller-pa-taken', date: '2030-03-01', tags: ['Energi'] }),
    article({ slug: 'ny-bro-over-strommen', date: '2030-02-01', tags: ['Trafik'] }),
    article({ slug: 'hydrogen-in-sodertalje', date: '2030-04-02', tags: ['Energi'], locale: 'en', translationOf: 'vatgas-i-sodertalje' }),
    article({ slug: 'vindkraft-till-havs', date: SCHEDULED, tags: ['Energi'] }),
    article({ slug: 'utkast-om-batterier', date: SCHEDULED, tags: ['Energi'], draft: true }),
  ];
}

beforeEach(() => {
  publish(archive());
});

describe('the pages that change when an article is published', () => {
  it('are the article in both interfaces, its share image, and the articles whose related posts take it up', () => {
    const pages = pagesChangedAt(Date.parse(SCHEDULED));
    expect(pages).toEqual(
      expect.arrayContaining([
        '/artiklar/vindkraft-till-havs',
        '/en/articles/vindkraft-till-havs',
        '/og/sv/vindkraft-till-havs.png',
        '/artiklar/vatgas-i-sodertalje',
        '/artiklar/solceller-pa-taken',
        '/en/articles/hydrogen-in-sodertalje',
        '/en/articles/solceller-pa-taken',
      ]),
    );
    // Few articles: even the one on another topic fills its related posts with the new one.
    expect(pages).toContain('/artiklar/ny-bro-over-strommen');
    // The draft shares the moment but is never published.
    expect(pages.join(' ')).not.toContain('utkast');
  });

  it('leave out articles whose related posts stay the same', () => {
    // Ten articles on "Trafik" fill the bridge article's related posts; the new one on "Energi" cannot enter.
    const traffic = Array.from({ length: 10 }, (_, index) => article({ slug: `trafik-${index}`, date: `2030-01-${String(index + 10)}`, tags: ['Trafik'] }));
    publish([...archive(), ...traffic]);
    const pages = pagesChangedAt(Date.parse(SCHEDULED));
    expect(pages).toContain('/artiklar/solceller-pa-taken');
    expect(pages).not.toContain('/artiklar/ny-bro-over-strommen');
    expect(pages).not.toContain('/artiklar/trafik-0');
  });

  it('include the original and its English copy when a translation is published', () => {
    const translatedAt = '2030-06-01T10:00:00+02:00';
    publish([...archive(), article({ slug: 'offshore-wind', date: translatedAt, tags: ['Energi'], locale: 'en', translationOf: 'vindkraft-till-havs' })]);
    const pages = pagesChangedAt(Date.parse(translatedAt));
    expect(pages).toEqual(expect.arrayContaining(['/en/articles/offshore-wind', '/artiklar/vindkraft-till-havs', '/en/articles/vindkraft-till-havs', '/og/en/offshore-wind.png']));
  });

  it('are none at a moment when nothing is published', () => {
    expect(pagesChangedAt(Date.parse('2030-05-02T00:00:00+02:00'))).toEqual([]);
  });
});

describe('publication moments', () => {
  it('lists each moment once, drafts left out, between two times', () => {
    const moments = momentsBetween(Date.parse('2030-03-15'), Date.parse('2031-01-01'));
    expect(moments.map((moment) => new Date(moment).toISOString())).toEqual(['2030-04-01T00:00:00.000Z', '2030-04-02T00:00:00.000Z', '2030-05-01T06:00:00.000Z']);
    expect(nextMomentAfter(Date.parse('2030-04-02T00:00:00Z'))).toBe(Date.parse(SCHEDULED));
    expect(nextMomentAfter(Date.parse(SCHEDULED))).toBeUndefined();
  });
});
