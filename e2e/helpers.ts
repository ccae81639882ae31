import type { APIRequestContext, Page } from '@playwright/test';

/** The href of the first `<link>` with these attributes in a page's HTML. */
export function linkHref(html: string, rel: string, extra = ''): string | null {
  const tags = html.match(/<link\b[^>]*>/g) ?? [];
  for (const tag of tags) {
    if (!new RegExp(`\\brel="${rel}"`).test(tag)) continue;
    if (extra && !new RegExp(extra, 'i').test(tag)) continue;
    return /\bhref="([^"]+)"/.exec(tag)?.[1]?.replace(/&amp;/g, '&') ?? null;
  }
  return null;
}

/** hreflang alternates declared in a page's head, by language. */
export function hreflangs(html: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const tag of html.match(/<link\b[^>]*hrefLang="[^"]+"[^>]*>/gi) ?? []) {
    const lang = /hrefLang="([^"]+)"/i.exec(tag)?.[1];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (lang && href) result[lang] = href;
  }
  return result;
}

export function metaContent(html: string, attribute: 'name' | 'property', key: string): string | null {
  const tag = (html.match(/<meta\b[^>]*>/g) ?? []).find((candidate) => candidate.includes(`${attribute}="${key}"`));
  return tag ? (/\bcontent="([^"]*)"/.exec(tag)?.[1] ?? null) : null;
}

/** Parses XML in the browser (a real XML parser) and returns it re-serialized as plain data. */
export async function parseFeedOrSitemap(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const pick = (element: Element, name: string) => element.getElementsByTagName(name)[0]?.textContent ?? null;
    const items = [...doc.getElementsByTagName('item')].map((item) => ({
      title: pick(item, 'title'),
      link: pick(item, 'link'),
      guid: pick(item, 'guid'),
      pubDate: pick(item, 'pubDate'),
      content: pick(item, 'content:encoded'),
    }));
    const entries = [...doc.getElementsByTagName('entry')].map((entry) => ({
      title: pick(entry, 'title'),
      id: pick(entry, 'id'),
      link: entry.getElementsByTagName('link')[0]?.getAttribute('href') ?? null,
      published: pick(entry, 'published'),
      updated: pick(entry, 'updated'),
      content: pick(entry, 'content'),
    }));
    const urls = [...doc.getElementsByTagName('url')].map((url) => ({
      loc: pick(url, 'loc'),
      lastmod: pick(url, 'lastmod'),
      alternates: Object.fromEntries([...url.getElementsByTagName('xhtml:link')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
    }));
    return { error, root: doc.documentElement.nodeName, items, entries, urls };
  }, xml);
}

export async function getHtml(request: APIRequestContext, path: string): Promise<string> {
  return (await request.get(path)).text();
}

/**
 * The path of an absolute URL the site printed (canonical, sitemap, feed), to request from the
 * server under test: the build prints the configured SITE_URL, whatever port the tests use.
 */
export function local(url: string): string {
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
}

type ParsedSitemap = Awaited<ReturnType<typeof parseFeedOrSitemap>>;

/**
 * The whole sitemap as a crawler reads it: the index at /sitemap.xml, then every file it names,
 * each parsed by the browser's XML parser. Problems (a status, a parse error, a wrong root, a file
 * over the limit) are returned rather than thrown, so a test can assert on all of them at once.
 */
export async function readSitemap(page: Page, request: APIRequestContext) {
  const problems: string[] = [];
  const response = await request.get('/sitemap.xml');
  if (response.status() !== 200) problems.push(`/sitemap.xml: status ${response.status()}`);
  if (!(response.headers()['content-type'] ?? '').includes('xml')) problems.push(`/sitemap.xml: content type ${response.headers()['content-type']}`);
  const index = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      files: [...doc.getElementsByTagName('sitemap')].map((entry) => ({ loc: entry.getElementsByTagName('loc')[0]?.textContent ?? '', lastmod: entry.getElementsByTagName('lastmod')[0]?.textContent ?? null })),
    };
  }, await response.text());
  if (index.error) problems.push(`/sitemap.xml: ${index.error}`);
  if (index.root !== 'sitemapindex') problems.push(`/sitemap.xml: root ${index.root}`);
  const files: { loc: string; lastmod: string | null; parsed: ParsedSitemap }[] = [];
  for (const file of index.files) {
    const answer = await request.get(local(file.loc), { maxRedirects: 0 });
    if (answer.status() !== 200) problems.push(`${file.loc}: status ${answer.status()}`);
    const parsed = await parseFeedOrSitemap(page, await answer.text());
    if (parsed.error) problems.push(`${file.loc}: ${parsed.error}`);
    if (parsed.root !== 'urlset') problems.push(`${file.loc}: root ${parsed.root}`);
    files.push({ ...file, parsed });
  }
  return { problems, files, urls: files.flatMap((file) => file.parsed.urls) };
}
