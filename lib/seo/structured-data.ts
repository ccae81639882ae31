import type { BlogPosting, BreadcrumbList, Organization, SearchAction, Thing, WebSite, WithContext } from 'schema-dts';
import { articlePath, authorOf, leadImage, type Article } from '../content/articles';
import { stockholmIsoDateTime } from '../dates';
import { absoluteUrl } from './metadata';
import { localePath } from '../routing/paths';
import en from '../../messages/en.json';
import sv from '../../messages/sv.json';
import { languageTags, site, type Locale } from '../site';

const MESSAGES = { sv, en };

/** One JSON-LD document, typed by schema.org's vocabulary (schema-dts, types only). */
export type JsonLd = WithContext<Thing>;

/** Serializes JSON-LD for a <script> element: `<` is escaped so no text can close the element. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const publisher = (locale: Locale): Organization => ({
  '@type': 'Organization',
  name: site.name,
  url: absoluteUrl(localePath(locale, '/')),
});

/** The image that represents an article: its lead image, else its generated share image. */
export function shareImagePath(article: Article): string {
  const lead = leadImage(article);
  return lead?.src ?? `/og/${article.locale}/${article.urlSlug}.png`;
}

export function articleJsonLd(locale: Locale, article: Article, headline: string): [WithContext<BlogPosting>, WithContext<BreadcrumbList>] {
  const author = authorOf(article);
  const url = absoluteUrl(articlePath(article.locale, article));
  const blogPosting: WithContext<BlogPosting> = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline,
    description: article.description,
    datePublished: stockholmIsoDateTime(article.date),
    dateModified: stockholmIsoDateTime(article.updated ?? article.date),
    inLanguage: languageTags[article.locale as Locale],
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
  const breadcrumbs: WithContext<BreadcrumbList> = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: site.name, item: absoluteUrl(localePath(locale, '/')) },
      { '@type': 'ListItem', position: 2, name: MESSAGES[locale].Layout.articles, item: absoluteUrl(localePath(locale, '/artiklar')) },
      { '@type': 'ListItem', position: 3, name: headline, item: absoluteUrl(articlePath(locale, article)) },
    ],
  };
  return [blogPosting, breadcrumbs];
}

// `query-input` is schema.org's annotation of an action's input (what search engines read for a
// site search box); schema-dts types properties, not these annotations.
type SearchActionWithInput = SearchAction & { 'query-input': string };

export function websiteJsonLd(locale: Locale, description: string): WithContext<WebSite> {
  const search: SearchActionWithInput = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(localePath(locale, '/sok'))}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    description,
    url: absoluteUrl(localePath(locale, '/')),
    inLanguage: languageTags[locale],
    publisher: publisher(locale),
    potentialAction: search,
  };
}
