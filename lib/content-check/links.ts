import { localePath } from '../routing/paths';
import { locales, type Locale } from '../site';
import type { BodyLink } from './mdx-body';
import { closestName } from './suggest';

/** Every address the content creates, by kind: what an internal link may point at. */
export type SiteIndex = {
  svArticles: ReadonlySet<string>;
  /** English translations' slugs; an untranslated Swedish article is reachable under /en too. */
  enArticles: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  authors: ReadonlySet<string>;
  /**
   * True when some article's fields could not be read: its address and tags are unknown, so a
   * link that finds no article or topic may only wait for that fix; the message says so.
   */
  partial: boolean;
};

type Kind = 'article' | 'topic' | 'author';

/** A kind's routes: its own page, and the page-N route of its listing (lib/routing/paths.ts). */
const KIND_ROUTES = {
  article: { route: '/artiklar/[slug]', pages: '/artiklar/sida/[page]' },
  topic: { route: '/amnen/[slug]', pages: '/amnen/[slug]/sida/[page]' },
  author: { route: '/skribenter/[slug]', pages: '/skribenter/[slug]/sida/[page]' },
} as const;

// Each kind's address prefix and pagination word in each language, from the routing table:
// `/artiklar/` and `sida`, `/en/articles/` and `page`.
const ROUTES: readonly { prefix: string; kind: Kind; lang: Locale; page: string }[] = locales.flatMap((lang) =>
  (Object.keys(KIND_ROUTES) as Kind[]).map((kind) => {
    const prefix = localePath(lang, KIND_ROUTES[kind].route, { params: { slug: '' } });
    const second = localePath(lang, KIND_ROUTES[kind].pages, { params: { slug: 'x', page: 2 } }).split('/').at(-2) ?? '';
    return { prefix, kind, lang, page: second };
  }),
);

/** Added when some article could not be read, since the link may lead to that one. */
export const PARTIAL_NOTE = 'Ska den leda till en av artiklarna med fel i fälten (se ovan)? Då försvinner det här felet när de är rättade.';

const WHAT: Record<Kind, string> = { article: 'en artikel', topic: 'ett ämne', author: 'en skribent' };

/** How a message names the link: `länken "/artiklar/x"` or `länken i <LasMer href="/artiklar/x">`. */
export function describeLink(link: BodyLink): string {
  return link.component ? `länken i <${link.component} href="${link.url}">` : `länken "${link.url}"`;
}

/** Browsers ignore tabs, newlines and leading spaces in a scheme, so `java\tscript:` runs too. */
export function isJavascriptUrl(url: string): boolean {
  return url.replace(/[\u0000-\u0020]/g, '').toLowerCase().startsWith('javascript:');
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function slugsFor(kind: Kind, lang: Locale, index: SiteIndex): ReadonlySet<string> {
  if (kind === 'topic') return index.topics;
  if (kind === 'author') return index.authors;
  return lang === 'sv' ? index.svArticles : new Set([...index.enArticles, ...index.svArticles]);
}

/** What is wrong with a link in the body, in an editor's words, or undefined when it works. */
export function linkProblem(link: BodyLink, index: SiteIndex): string | undefined {
  const name = describeLink(link);
  if (isJavascriptUrl(link.url)) {
    return `${name} kör kod i läsarens webbläsare (javascript:). Länka till en vanlig adress, som https://… eller /artiklar/….`;
  }
  const path = link.url.split(/[?#]/)[0] ?? '';
  const route = ROUTES.find((candidate) => path.startsWith(candidate.prefix));
  if (!route) return undefined;
  const segments = path.slice(route.prefix.length).split('/').filter(Boolean).map(decode);
  const [slug, ...rest] = segments;
  if (slug === undefined) return undefined;
  const isPageNumber = (value: string | undefined) => value !== undefined && /^[1-9]\d*$/.test(value);
  // `/artiklar/sida/2` is a page of the article listing, not an article.
  if (route.kind === 'article' && slug === route.page && rest.length === 1 && isPageNumber(rest[0])) return undefined;
  const slugs = slugsFor(route.kind, route.lang, index);
  // `/amnen/<slug>/sida/2` and `/skribenter/<slug>/sida/2`: later pages of a topic or an author.
  const pageRest = route.kind !== 'article' && rest.length === 2 && rest[0] === route.page && isPageNumber(rest[1]);
  if (rest.length > 0 && !pageRest) return `${name} leder till en sida som inte finns: efter ${route.prefix} ska det bara stå en adress (slug).`;
  if (slugs.has(slug)) return undefined;
  const suggestion = closestName(slug, [...slugs]);
  const hint = suggestion ? ` Menade du "${route.prefix}${suggestion}"?` : '';
  const topicNote = route.kind === 'topic' ? ' Ämnen finns bara om någon artikel har dem i tags.' : '';
  const partialNote = index.partial && route.kind !== 'author' ? ` ${PARTIAL_NOTE}` : '';
  return `${name} leder till ${WHAT[route.kind]} som inte finns.${hint}${topicNote}${partialNote}`;
}
