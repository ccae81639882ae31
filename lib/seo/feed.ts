import { articlePath, authorOf, getArticles, type Article } from '../content/articles';
import { stockholmIsoDateTime } from '../dates';
import { absoluteUrl } from './metadata';
import { localePath } from '../routing/paths';
import { languageTags, site, type Locale } from '../site';

export type FeedItem = { article: Article; html: string };

// Characters XML 1.0 does not allow anywhere in a document, not even escaped: control characters
// other than tab and line breaks (a paragraph pasted from a word processor brings U+000B),
// lone surrogates, U+FFFE and U+FFFF. One of them makes a whole feed unreadable to a strict reader.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** A document without the characters XML 1.0 forbids; everything else stays as it is. */
export function xmlCharactersOnly(text: string): string {
  return text.replace(NOT_XML, '');
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** HTML inside CDATA; a literal "]]>" in the text is split so it cannot end the section. */
function cdata(html: string): string {
  return `<![CDATA[${html.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** RFC 822 dates, as RSS 2.0 asks: `Thu, 08 Mar 2018 00:00:00 GMT`. */
export function rfc822(date: string): string {
  return new Date(date).toUTCString();
}

/** The newest articles of a feed, as the interface lists them. */
export function feedArticles(locale: Locale, now: number = Date.now()): Article[] {
  return getArticles(locale, now).slice(0, site.feedSize);
}

/** Makes the site paths in an article's HTML absolute, as feed readers need; other URLs stay. */
export function absoluteLinks(html: string): string {
  return html.replace(/\b(href|src)="\/(?!\/)/g, (_, attribute: string) => `${attribute}="${site.url}/`);
}

type Channel = { locale: Locale; title: string; description: string; selfPath: string };

const modified = (article: Article) => article.updated ?? article.date;

/**
 * An article's RSS guid and Atom id: the permanent URL of the article in its own language. Built
 * from the address (the slug), never from the title, so an edited title is no new entry.
 */
export function feedId(article: Article): string {
  return absoluteUrl(articlePath(article.locale, article));
}

export function rssFeed({ locale, title, description, selfPath }: Channel, items: FeedItem[]): string {
  const home = absoluteUrl(localePath(locale, '/'));
  const lastBuild = items.map(({ article }) => modified(article)).sort().at(-1) ?? new Date(0).toISOString();
  const entries = items.map(({ article, html }) => {
    const url = absoluteUrl(articlePath(locale, article));
    const categories = article.tags.map((tag) => `      <category>${escapeXml(tag)}</category>`).join('\n');
    return `    <item>
      <title>${escapeXml(article.title)}</title>
      <link>${escapeXml(url)}</link>
      <guid isPermaLink="true">${escapeXml(feedId(article))}</guid>
      <pubDate>${rfc822(article.date)}</pubDate>
      <dc:creator>${escapeXml(authorOf(article).name)}</dc:creator>
${categories}
      <description>${escapeXml(article.description)}</description>
      <content:encoded>${cdata(html)}</content:encoded>
    </item>`;
  });
  return xmlCharactersOnly(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(title)}</title>
    <link>${escapeXml(home)}</link>
    <description>${escapeXml(description)}</description>
    <language>${languageTags[locale]}</language>
    <lastBuildDate>${rfc822(lastBuild)}</lastBuildDate>
    <atom:link href="${escapeXml(absoluteUrl(selfPath))}" rel="self" type="application/rss+xml"/>
${entries.join('\n')}
  </channel>
</rss>
`);
}

export function atomFeed({ locale, title, description, selfPath }: Channel, items: FeedItem[]): string {
  const home = absoluteUrl(localePath(locale, '/'));
  const updated = items.map(({ article }) => modified(article)).sort().at(-1) ?? new Date(0).toISOString();
  const entries = items.map(({ article, html }) => {
    const url = absoluteUrl(articlePath(locale, article));
    const categories = article.tags.map((tag) => `    <category term="${escapeXml(tag)}"/>`).join('\n');
    return `  <entry>
    <title>${escapeXml(article.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <id>${escapeXml(feedId(article))}</id>
    <published>${stockholmIsoDateTime(article.date)}</published>
    <updated>${stockholmIsoDateTime(modified(article))}</updated>
    <author><name>${escapeXml(authorOf(article).name)}</name></author>
${categories}
    <summary>${escapeXml(article.description)}</summary>
    <content type="html">${escapeXml(html)}</content>
  </entry>`;
  });
  return xmlCharactersOnly(`<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${languageTags[locale]}">
  <title>${escapeXml(title)}</title>
  <subtitle>${escapeXml(description)}</subtitle>
  <id>${escapeXml(`${home}${home.endsWith('/') ? '' : '/'}`)}</id>
  <link rel="alternate" type="text/html" href="${escapeXml(home)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(selfPath))}"/>
  <updated>${stockholmIsoDateTime(updated)}</updated>
${entries.join('\n')}
</feed>
`);
}
