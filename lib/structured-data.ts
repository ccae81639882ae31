import { articlePath, authorOf, leadImage, type Article } from './articles';
import { stockholmIsoDateTime } from './dates';
import { absoluteUrl } from './metadata';
import { localePath } from './paths';
import { site, type Locale } from './site';

type JsonLd = Record<string, unknown>;

/** Serializes JSON-LD for a <script> element: `<` is escaped so no text can close the element. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const publisher = (locale: Locale): JsonLd => ({
  '@type': 'Organization',
  name: site.name,
  url: absoluteUrl(localePath(locale, '/')),
});

/** The image that represents an article: its lead image, else its generated share image. */
export function shareImagePath(article: Article): string {
  const lead = leadImage(article);
  return lead?.src ?? `/og/${article.locale}/${article.urlSlug}.png`;
}

export function articleJsonLd(locale: Locale, article: Article, headline: string): JsonLd[] {
  const author = authorOf(article);
  const url = absoluteUrl(articlePath(article.locale, article));
  const blogPosting: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline,
    description: article.description,
    datePublished: stockholmIsoDateTime(article.date),
    dateModified: stockholmIsoDateTime(article.updated ?? article.date),
    inLanguage: article.locale === 'sv' ? 'sv-SE' : 'en-GB',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    image: [absoluteUrl(shareImagePath(article))],
    author: {
      '@type': 'Person',
      name: author.name,
      url: absoluteUrl(localePath(locale, '/skribenter/[slug]', { params: { slug: author.slug } })),
    },
    publisher: publisher(locale),
    keywords: article.tags.join(', '),
  };
  const breadcrumbs: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: site.name, item: absoluteUrl(localePath(locale, '/')) },
      { '@type': 'ListItem', position: 2, name: locale === 'sv' ? 'Artiklar' : 'Articles', item: absoluteUrl(localePath(locale, '/artiklar')) },
      { '@type': 'ListItem', position: 3, name: headline, item: absoluteUrl(articlePath(locale, article)) },
    ],
  };
  return [blogPosting, breadcrumbs];
}

export function websiteJsonLd(locale: Locale, description: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    description,
    url: absoluteUrl(localePath(locale, '/')),
    inLanguage: locale === 'sv' ? 'sv-SE' : 'en-GB',
    publisher: publisher(locale),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(localePath(locale, '/sok'))}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
