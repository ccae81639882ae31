import { expect, test, type Page } from '@playwright/test';
import { local, parseFeedOrSitemap, readSitemap } from '../helpers';

// The editors' content, whatever it holds: run against the build `npm start` serves (content/)
// and against content/ grown by 25 generated articles (scripts/build-grown-content.mjs). Nothing
// here knows an article's title or how many there are: every address the sitemap lists must
// answer, every article page must have its anatomy, every feed must parse.

const ARTICLE_PATH = /^\/(?:artiklar|en\/articles)\/[a-z0-9-]+$/;

type Anatomy = { h1: number; time: boolean; byline: boolean; related: number; lang: string };

/** What a page's HTML shows, parsed by the browser's HTML parser. */
function anatomy(page: Page, html: string): Promise<Anatomy> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const article = doc.querySelector('main article');
    return {
      h1: doc.querySelectorAll('h1').length,
      time: Boolean(article?.querySelector('time[datetime]')?.textContent?.trim()),
      byline: Boolean(article?.querySelector('.byline a[rel="author"]')?.textContent?.trim()),
      related: doc.querySelectorAll('section[aria-labelledby="related-heading"] article').length,
      lang: doc.documentElement.lang,
    };
  }, html);
}

test('every address in the sitemap answers 200, and every article page has its date, title, byline and related posts', async ({ page, request }) => {
  test.setTimeout(300_000);
  await page.goto('/robots.txt');
  const sitemap = await readSitemap(page, request);
  expect(sitemap.problems).toEqual([]);
  expect(sitemap.files.length).toBeGreaterThan(0);
  const paths = sitemap.urls.map((url) => local(url.loc ?? ''));
  expect(paths).toContain('/');
  expect(new Set(paths).size).toBe(paths.length);
  const articles = paths.filter((path) => ARTICLE_PATH.test(path));
  const problems: string[] = [];
  for (const path of paths) {
    const answer = await request.get(path, { maxRedirects: 0 });
    if (answer.status() !== 200) {
      problems.push(`${path}: ${answer.status()}`);
      continue;
    }
    const seen = await anatomy(page, await answer.text());
    if (seen.h1 !== 1) problems.push(`${path}: ${seen.h1} h1`);
    if (!ARTICLE_PATH.test(path)) continue;
    if (!seen.time) problems.push(`${path}: no <time> in the article`);
    if (!seen.byline) problems.push(`${path}: no byline linking to the author`);
    // Related posts exist whenever there is another article to show.
    if (articles.length > 2 && seen.related === 0) problems.push(`${path}: no related posts`);
  }
  expect(problems).toEqual([]);
  // The content holds at least one published Swedish article, and the sitemap lists it.
  expect(articles.filter((path) => path.startsWith('/artiklar/')).length).toBeGreaterThan(0);
});

for (const feed of ['/feed.xml', '/atom.xml', '/en/feed.xml']) {
  test(`${feed} parses as XML, and every entry links to an article that answers`, async ({ page, request }) => {
    await page.goto('/robots.txt');
    const response = await request.get(feed);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const parsed = await parseFeedOrSitemap(page, await response.text());
    expect(parsed.error).toBeNull();
    const atom = feed === '/atom.xml';
    expect(parsed.root).toBe(atom ? 'feed' : 'rss');
    const entries = atom
      ? parsed.entries.map((entry) => ({ title: entry.title, link: entry.link, id: entry.id }))
      : parsed.items.map((item) => ({ title: item.title, link: item.link, id: item.guid }));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.title?.trim(), JSON.stringify(entry)).toBeTruthy();
      expect(entry.id, JSON.stringify(entry)).toMatch(/^https?:\/\/[^/]+\/(?:artiklar|en\/articles)\/[a-z0-9-]+$/);
      expect((await request.get(local(entry.link ?? ''), { maxRedirects: 0 })).status(), entry.link ?? '').toBe(200);
    }
  });
}
