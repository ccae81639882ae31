import type { Metadata } from 'next';
import { articlePath, authorOf, type Article, type Counterpart } from '../content/articles';
import { stockholmIsoDateTime } from '../dates';
import { absoluteUrl, pageMetadata } from './metadata';
import { localePath } from '../routing/paths';
import { shareImagePath } from './structured-data';
import type { Locale } from '../site';

/** Metadata of an article page: canonical at the article's own language, hreflang only for real translations. */
export function articleMetadata(locale: Locale, article: Article, counterpart: Counterpart): Metadata {
  const path = articlePath(locale, article);
  // An untranslated Swedish article under /en is the Swedish page's copy: canonical points home.
  const canonicalPath = article.locale === locale ? path : articlePath(article.locale, article);
  const languages = counterpart.translated ? { [locale]: path, [counterpart.locale]: counterpart.path } : undefined;
  const base = pageMetadata({ locale, title: article.title, description: article.description, path, canonicalPath, languages, imagePath: shareImagePath(article) });
  const author = authorOf(article);
  return {
    ...base,
    authors: [{ name: author.name, url: absoluteUrl(localePath(locale, '/skribenter/[slug]', { params: { slug: author.slug } })) }],
    keywords: article.tags,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: stockholmIsoDateTime(article.date),
      modifiedTime: stockholmIsoDateTime(article.updated ?? article.date),
      authors: [author.name],
      tags: article.tags,
    },
  };
}
