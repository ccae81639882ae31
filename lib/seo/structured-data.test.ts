import { describe, expect, it } from 'vitest';
import { getArticles } from '../content/articles';
import { absoluteUrl } from './metadata';
import { site } from '../site';
import { articleJsonLd, serializeJsonLd, websiteJsonLd } from './structured-data';

describe('JSON-LD', () => {
  it('describes the site with its search, as search engines read it', () => {
    expect(JSON.parse(serializeJsonLd(websiteJsonLd('sv', 'Om tillväxt')))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: site.name,
      description: 'Om tillväxt',
      url: absoluteUrl('/'),
      inLanguage: 'sv-SE',
      publisher: { '@type': 'Organization', name: site.name, url: absoluteUrl('/') },
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl('/sok')}?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    });
  });

  it('describes an article as a BlogPosting with Stockholm times, and its breadcrumbs', () => {
    const article = getArticles('sv').find((candidate) => candidate.urlSlug === 'nya-satsningar-pa-smart-industri')!;
    const [posting, breadcrumbs] = JSON.parse(serializeJsonLd(articleJsonLd('sv', article, article.title))) as Record<string, unknown>[];
    expect(posting).toMatchObject({
      '@type': 'BlogPosting',
      headline: article.title,
      datePublished: '2018-03-08T00:00:00+01:00',
      inLanguage: 'sv-SE',
      url: absoluteUrl('/artiklar/nya-satsningar-pa-smart-industri'),
      author: { '@type': 'Person', name: 'Johan Genneby', url: absoluteUrl('/skribenter/johan-genneby') },
    });
    expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
    expect((breadcrumbs!.itemListElement as unknown[]).length).toBe(3);
  });
});
