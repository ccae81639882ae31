import { expect, test } from '@playwright/test';
import { readSitemap } from './helpers';

// Pages are rendered once per deploy and then served from the cache however long after the
// build, until a publication or a revalidation call changes what they show. Holds for any
// content: every address comes from the sitemap.
test('a crawl of every address in the sitemap is answered from the cache, never stale', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.goto('/robots.txt');
  const sitemap = await readSitemap(page, request);
  expect(sitemap.problems).toEqual([]);
  const paths = sitemap.urls.map((url) => new URL(url.loc!).pathname);
  expect(paths.length).toBeGreaterThan(5);
  for (const path of paths) {
    // An address rendered on its first request (an old article's English copy) is cached then.
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    expect(first.headers()['x-nextjs-cache'], path).not.toBe('STALE');
    const again = await request.get(path);
    expect(again.headers()['x-nextjs-cache'], path).toBe('HIT');
    // No interval after which the page counts as stale.
    expect(again.headers()['cache-control'] ?? '', path).not.toContain('stale-while-revalidate');
  }
  for (const feed of ['/feed.xml', '/atom.xml', '/en/feed.xml', '/sitemap.xml', ...sitemap.files.map((file) => new URL(file.loc).pathname)]) {
    // Rendered again only if a revalidation call (another test's) has just marked it.
    expect((await request.get(feed)).headers()['x-nextjs-cache'], feed).not.toBe('STALE');
    expect((await request.get(feed)).headers()['x-nextjs-cache'], feed).toBe('HIT');
  }
});
