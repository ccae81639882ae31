import { getTranslations } from 'next-intl/server';
import { feedHtmlOf } from '@/lib/content/articles';
import { absoluteLinks, atomFeed, escapeXml, feedArticles, rssFeed } from '@/lib/seo/feed';
import type { Locale } from '@/lib/site';

type Format = 'rss' | 'atom';

const CONTENT_TYPES: Record<Format, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

/** A feed of the newest articles with their full text, as the route handlers serve it. */
export async function feedResponse(locale: Locale, format: Format, selfPath: string): Promise<Response> {
  const t = await getTranslations({ locale, namespace: 'Site' });
  // Without the build's feed HTML (`npm run dev`), an entry carries its summary.
  const items = feedArticles(locale).map((article) => ({ article, html: absoluteLinks(feedHtmlOf(article) ?? `<p>${escapeXml(article.description)}</p>`) }));
  const channel = { locale, title: t('name'), description: t('tagline'), selfPath };
  const body = format === 'rss' ? rssFeed(channel, items) : atomFeed(channel, items);
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}
